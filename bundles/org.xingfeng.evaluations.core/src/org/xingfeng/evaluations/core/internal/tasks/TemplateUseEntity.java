package org.xingfeng.evaluations.core.internal.tasks;

import java.sql.Timestamp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** That a unit's tasks were made from a self-check table: once per unit and table, which the key enforces. */
@Entity
@Table(name = "EVAL_SELFCHECK_USE", uniqueConstraints = @UniqueConstraint(columnNames = { "UNIT_ID", "TEMPLATE_ID" }))
public class TemplateUseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "EVAL_SELFCHECK_USE_SEQ")
    @SequenceGenerator(name = "EVAL_SELFCHECK_USE_SEQ", sequenceName = "EVAL_SELFCHECK_USE_SEQ", allocationSize = 20)
    public Long id;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "TEMPLATE_ID", length = 64, nullable = false)
    public String templateId;

    @Column(name = "CREATED_BY", length = 100, nullable = false)
    public String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    public Timestamp createdAt;
}
