package org.xingfeng.evaluations.core.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** EVAL_CASE: the case of one bad review. Opened by {@link EvaluationWriter} in the evaluation's transaction. */
@Entity
@Table(name = "EVAL_CASE",
        uniqueConstraints = @UniqueConstraint(name = "EVAL_CASE_EVALUATION", columnNames = "EVALUATION_ID"),
        indexes = { @Index(name = "EVAL_CASE_UNIT", columnList = "UNIT_ID,OPENED_ON"),
                @Index(name = "EVAL_CASE_STATE", columnList = "STATE"),
                // the open cases of a scope (the dashboard's overdue ones) without reading its closed ones
                @Index(name = "EVAL_CASE_OPEN", columnList = "CLOSED_ON,UNIT_ID") })
public class CaseEntity {

    @Id
    @Column(name = "ID")
    public long id;

    @Column(name = "EVALUATION_ID", nullable = false)
    public long evaluationId;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "SCORE", nullable = false)
    public int score;

    @Column(name = "REAL_NAME", nullable = false)
    public boolean realName;

    @Column(name = "STATE", length = 16, nullable = false)
    public String state;

    @Column(name = "OPENED_ON", nullable = false)
    public LocalDate openedOn;

    @Column(name = "CALLBACK_DUE", nullable = false)
    public LocalDate callbackDue;

    @Column(name = "RECTIFY_DUE", nullable = false)
    public LocalDate rectifyDue;

    @Column(name = "CALLED_BACK_ON")
    public LocalDate calledBackOn;

    @Column(name = "RECTIFIED_ON")
    public LocalDate rectifiedOn;

    @Column(name = "CLOSED_ON")
    public LocalDate closedOn;

    /** Closed because an appeal against the review was upheld: it leaves the callback rate too. */
    @Column(name = "APPEAL_UPHELD", nullable = false)
    public boolean appealUpheld;
}
