package org.xingfeng.evaluations.core.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.xingfeng.evaluations.api.Appeal;
import org.xingfeng.evaluations.api.AppealReason;
import org.xingfeng.evaluations.api.AppealState;

/** EVAL_APPEAL: an appeal against a bad review; one per evaluation. */
@Entity
@Table(name = "EVAL_APPEAL",
        uniqueConstraints = @UniqueConstraint(name = "EVAL_APPEAL_EVALUATION", columnNames = "EVALUATION_ID"),
        indexes = @Index(name = "EVAL_APPEAL_STATE", columnList = "STATE"))
public class AppealEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "EVAL_APPEAL_SEQ")
    @SequenceGenerator(name = "EVAL_APPEAL_SEQ", sequenceName = "EVAL_APPEAL_SEQ", allocationSize = 20)
    @Column(name = "ID")
    public Long id;

    @Column(name = "EVALUATION_ID", nullable = false)
    public long evaluationId;

    @Column(name = "REASON", length = 16, nullable = false)
    public String reason;

    @Column(name = "STATEMENT", length = 1000, nullable = false)
    public String statement;

    @Column(name = "FILED_BY_ID", nullable = false)
    public long filedById;

    @Column(name = "FILED_BY", length = 64, nullable = false)
    public String filedBy;

    @Column(name = "FILED_AT", nullable = false)
    public Instant filedAt;

    @Column(name = "STATE", length = 16, nullable = false)
    public String state;

    @Column(name = "REVIEWED_BY", length = 64)
    public String reviewedBy;

    @Column(name = "REVIEWED_AT")
    public Instant reviewedAt;

    @Column(name = "DECISION", length = 1000)
    public String decision;

    Appeal toRecord() {
        return new Appeal(id, evaluationId, AppealReason.valueOf(reason), statement, filedBy, filedAt,
                AppealState.valueOf(state), reviewedBy, reviewedAt, decision);
    }
}
