package org.xingfeng.training.api.plans;

/** Where a planned course stands. */
public enum PlanItemState {
    /** Its course has begun. */
    HELD,
    /** Its course is set but has not begun. */
    SCHEDULED,
    /** No course yet, its month not over. */
    PLANNED,
    /** No course and its month is over. */
    OVERDUE
}
