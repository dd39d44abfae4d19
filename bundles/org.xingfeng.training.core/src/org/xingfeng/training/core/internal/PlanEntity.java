package org.xingfeng.training.core.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A unit's training plan for a year (one per unit and year). */
@Entity
@Table(name = "TRN_PLAN",
        uniqueConstraints = @UniqueConstraint(name = "TRN_PLAN_ONE", columnNames = { "UNIT_ID", "PLAN_YEAR" }))
public class PlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TRN_PLAN_SEQ")
    @SequenceGenerator(name = "TRN_PLAN_SEQ", sequenceName = "TRN_PLAN_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "PLAN_YEAR", nullable = false)
    public int year;

    @Column(name = "TARGET_COVERAGE", precision = 5, scale = 4)
    public BigDecimal targetCoverage;

    @Column(name = "TARGET_HOURS", precision = 7, scale = 2)
    public BigDecimal targetHoursPerHead;

    @Column(name = "NOTE", length = 1000)
    public String note;

    @Column(name = "UPDATED_BY", length = 64, nullable = false)
    public String updatedBy;

    @Column(name = "UPDATED_AT", nullable = false)
    public Timestamp updatedAt;
}
