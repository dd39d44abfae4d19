package org.xingfeng.evaluations.api.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * A single task as an officer enters it. The deadline is given as text ({@code deadlineText}: "2019年12月底前",
 * "长期") or as a date, or both (the date then wins and the text is kept).
 */
public record TaskDraft(long unitId, String goal, String content, String leadDepartment,
        List<String> responsibleDepartments, String deadlineText, LocalDate deadline) {
}
