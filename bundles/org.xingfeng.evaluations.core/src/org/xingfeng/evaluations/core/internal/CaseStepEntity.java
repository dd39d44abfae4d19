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

import org.xingfeng.evaluations.api.CaseEntry;
import org.xingfeng.evaluations.api.CaseStep;

/** EVAL_CASE_STEP: one step done on a case, in the order done. */
@Entity
@Table(name = "EVAL_CASE_STEP", indexes = @Index(name = "EVAL_CASE_STEP_CASE", columnList = "CASE_ID"))
public class CaseStepEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "EVAL_CASE_STEP_SEQ")
    @SequenceGenerator(name = "EVAL_CASE_STEP_SEQ", sequenceName = "EVAL_CASE_STEP_SEQ", allocationSize = 50)
    @Column(name = "ID")
    public Long id;

    @Column(name = "CASE_ID", nullable = false)
    public long caseId;

    @Column(name = "STEP", length = 16, nullable = false)
    public String step;

    @Column(name = "USER_ID", nullable = false)
    public long userId;

    @Column(name = "USERNAME", length = 64, nullable = false)
    public String username;

    @Column(name = "DONE_AT", nullable = false)
    public Instant doneAt;

    @Column(name = "NOTE", length = 1000, nullable = false)
    public String note;

    @Column(name = "REACHED")
    public Boolean reached;

    CaseEntry toRecord() {
        return new CaseEntry(CaseStep.valueOf(step), userId, username, doneAt, note, reached);
    }
}
