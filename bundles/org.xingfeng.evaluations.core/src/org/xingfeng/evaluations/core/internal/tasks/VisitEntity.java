package org.xingfeng.evaluations.core.internal.tasks;

import java.sql.Timestamp;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A visit (模拟调查 or 暗访) row; its findings as a JSON list of texts. */
@Entity
@Table(name = "EVAL_VISIT", indexes = @Index(name = "EVAL_VISIT_UNIT", columnList = "UNIT_ID"))
public class VisitEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "EVAL_VISIT_SEQ")
    @SequenceGenerator(name = "EVAL_VISIT_SEQ", sequenceName = "EVAL_VISIT_SEQ", allocationSize = 20)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "VISIT_KIND", length = 20, nullable = false)
    public org.xingfeng.evaluations.api.tasks.VisitKind kind;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "PLACE", length = 200, nullable = false)
    public String place;

    @Column(name = "VISIT_DATE", nullable = false)
    public LocalDate visitDate;

    @Column(name = "VISITOR", length = 100, nullable = false)
    public String visitor;

    @Column(name = "NOTES", length = 4000)
    public String notes;

    @Lob
    @Column(name = "FINDINGS_JSON")
    public String findingsJson;

    @Column(name = "CREATED_BY", length = 100, nullable = false)
    public String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    public Timestamp createdAt;
}
