package org.xingfeng.evaluations.api.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * A change to an open task. A null field leaves the value as it is; an empty text clears it. The deadline
 * changes when {@code deadlineText} or {@code deadline} is given, as in {@link TaskDraft}. {@code status} may be
 * 未开始, 进行中 or 已完成: closing off (已销号) has its own operation. {@code clearNextStepsDeadline} removes the
 * next-step deadline.
 */
public record TaskUpdate(String goal, String content, String leadDepartment, List<String> responsibleDepartments,
        String deadlineText, LocalDate deadline, TaskStatus status, String selfCheck, String nextSteps,
        LocalDate nextStepsDeadline, Boolean clearNextStepsDeadline) {
}
