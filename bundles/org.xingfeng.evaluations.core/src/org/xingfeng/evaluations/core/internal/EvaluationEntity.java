package org.xingfeng.evaluations.core.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * EVAL_EVALUATION: one row per evaluation, written in batches by {@link EvaluationWriter} over JDBC (so the
 * columns here are the writer's contract) and read through JPA. {@code DAY} is the bureau's date of
 * {@code CREATED_AT}; {@code SCORE} the level 5..1. Ids come from {@link IdBlocks}.
 */
@Entity
@Table(name = "EVAL_EVALUATION", uniqueConstraints = @UniqueConstraint(name = "EVAL_EVALUATION_RECORD", columnNames = {
        "RECORD_NO", "UNIT_ID" }), indexes = { @Index(name = "EVAL_EVALUATION_UNIT_DAY", columnList = "UNIT_ID,DAY"),
                @Index(name = "EVAL_EVALUATION_DAY", columnList = "DAY"),
                @Index(name = "EVAL_EVALUATION_STAFF", columnList = "STAFF_ID,DAY") })
public class EvaluationEntity {

    @Id
    @Column(name = "ID")
    public long id;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "RECORD_NO", length = 64, nullable = false)
    public String recordNo;

    @Column(name = "SCORE", nullable = false)
    public int score;

    @Column(name = "CHANNEL", length = 16, nullable = false)
    public String channel;

    @Column(name = "WINDOW_NO", length = 32)
    public String windowNo;

    @Column(name = "STAFF_NUMBER", length = 32)
    public String staffNumber;

    @Column(name = "STAFF_ID")
    public Long staffId;

    @Column(name = "SECTION_ID")
    public Long sectionId;

    @Column(name = "MATTER_CODE", length = 64)
    public String matterCode;

    @Column(name = "REMARK", length = 500)
    public String remark;

    /** Tags joined with '|' (tags may not contain it). */
    @Column(name = "TAGS", length = 500)
    public String tags;

    @Column(name = "REAL_NAME", nullable = false)
    public boolean realName;

    @Column(name = "CITIZEN_NAME", length = 64)
    public String citizenName;

    @Column(name = "CITIZEN_PHONE", length = 32)
    public String citizenPhone;

    /** Per-indicator scores as {@code id=score,id=score}. */
    @Column(name = "INDICATORS", length = 300)
    public String indicators;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;

    @Column(name = "DAY", nullable = false)
    public LocalDate day;

    @Column(name = "APPEAL", length = 16, nullable = false)
    public String appeal;
}
