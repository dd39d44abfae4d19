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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.xingfeng.evaluations.api.tasks.TaskSource;
import org.xingfeng.evaluations.api.tasks.TaskStatus;

/**
 * A rectification task row. {@code dueDate} is the date the overdue rule looks at (the next-step deadline when
 * there is one, else the deadline), kept in a column so that lists can filter on it. Lists of departments and
 * attachments are JSON.
 */
@Entity
@Table(name = "EVAL_TASK", indexes = { @Index(name = "EVAL_TASK_UNIT", columnList = "UNIT_ID"),
        @Index(name = "EVAL_TASK_VISIT", columnList = "VISIT_ID") })
public class TaskEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "EVAL_TASK_SEQ")
    @SequenceGenerator(name = "EVAL_TASK_SEQ", sequenceName = "EVAL_TASK_SEQ", allocationSize = 50)
    public Long id;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "TASK_SOURCE", length = 16, nullable = false)
    public TaskSource source;

    @Column(name = "VISIT_ID")
    public Long visitId;

    @Column(name = "TEMPLATE_ID", length = 64)
    public String templateId;

    @Column(name = "ITEM_NO")
    public Integer itemNumber;

    @Column(name = "GOAL_NO")
    public Integer goalNumber;

    @Column(name = "GOAL", length = 200)
    public String goal;

    @Column(name = "CONTENT", length = 2000, nullable = false)
    public String content;

    @Column(name = "LEAD_DEPT", length = 200)
    public String leadDepartment;

    @Column(name = "RESP_DEPTS_JSON", length = 4000)
    public String responsibleJson;

    @Column(name = "DEADLINE_TEXT", length = 100)
    public String deadlineText;

    @Column(name = "DEADLINE_DATE")
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "TASK_STATUS", length = 16, nullable = false)
    public TaskStatus status;

    @Column(name = "SELF_CHECK", length = 4000)
    public String selfCheck;

    @Column(name = "NEXT_STEPS", length = 4000)
    public String nextSteps;

    @Column(name = "NEXT_STEPS_DATE")
    public LocalDate nextStepsDeadline;

    @Column(name = "DUE_DATE")
    public LocalDate dueDate;

    @Column(name = "EVIDENCE", length = 4000)
    public String evidence;

    @Column(name = "ATTACHMENTS_JSON", length = 12000)
    public String attachmentsJson;

    @Column(name = "CLOSED_BY", length = 100)
    public String closedBy;

    @Column(name = "CLOSED_AT")
    public Timestamp closedAt;

    @Column(name = "REOPEN_REASON", length = 500)
    public String reopenReason;

    @Column(name = "REOPENED_BY", length = 100)
    public String reopenedBy;

    @Column(name = "REOPENED_AT")
    public Timestamp reopenedAt;

    @Column(name = "CREATED_BY", length = 100, nullable = false)
    public String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    public Timestamp createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    public Timestamp updatedAt;
}
