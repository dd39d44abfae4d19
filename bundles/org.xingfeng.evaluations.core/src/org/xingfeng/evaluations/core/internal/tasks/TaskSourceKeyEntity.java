package org.xingfeng.evaluations.core.internal.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * That a task was made for another module's record, named by a stable key: one task per key, which the primary key
 * enforces (also against two requests at the same moment). A table of its own, so that an existing database gets the
 * key with the table.
 */
@Entity
@Table(name = "EVAL_TASK_SOURCE_KEY")
public class TaskSourceKeyEntity {

    @Id
    @Column(name = "SOURCE_KEY", length = 200)
    public String sourceKey;

    @Column(name = "TASK_ID", nullable = false)
    public long taskId;
}
