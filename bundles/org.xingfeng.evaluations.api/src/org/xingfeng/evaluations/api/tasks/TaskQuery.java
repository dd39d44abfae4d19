package org.xingfeng.evaluations.api.tasks;

/**
 * Filters of the task list; null means any. {@code unitId} takes the unit and all units below it;
 * {@code overdue} true lists only overdue tasks, false only those that are not; {@code text} searches goal and
 * content.
 */
public record TaskQuery(Long unitId, TaskStatus status, Boolean overdue, TaskSource source, Long visitId, String text) {

    public static final TaskQuery ALL = new TaskQuery(null, null, null, null, null, null);
}
