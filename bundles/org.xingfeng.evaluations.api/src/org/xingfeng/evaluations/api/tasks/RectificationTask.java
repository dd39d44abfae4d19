package org.xingfeng.evaluations.api.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 整改任务: a piece of rectification work a unit owes. {@code deadlineText} keeps the deadline as it was worded
 * ("2019年10月底", "长期"); {@code deadline} is the date it means, null when it names none. {@code nextSteps} and
 * {@code nextStepsDeadline} are the unit's next-step measures (下一步改进措施) and their own deadline, which
 * replaces the original one in the overdue rule. {@code overdue}: the due date has passed and the task is not
 * closed off. {@code itemNumber} is the self-check item number, or the finding's number for a visit's task.
 */
public record RectificationTask(long id, long unitId, TaskSource source, Long visitId, String templateId,
        Integer itemNumber, Integer goalNumber, String goal, String content, String leadDepartment,
        List<String> responsibleDepartments, String deadlineText, LocalDate deadline, TaskStatus status,
        String selfCheck, String nextSteps, LocalDate nextStepsDeadline, LocalDate dueDate, boolean overdue,
        Closure closure, Reopening lastReopening, String createdBy, Instant createdAt, Instant updatedAt) {

    public RectificationTask {
        responsibleDepartments = List.copyOf(responsibleDepartments);
    }

    /** 销号: the evidence the task is done (text, optional attachment names or links), who closed it and when. */
    public record Closure(String evidence, List<String> attachments, String closedBy, Instant closedAt) {
        public Closure {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }
    }

    /** The last time the task was reopened after closing, by whom and why. */
    public record Reopening(String reason, String reopenedBy, Instant reopenedAt) {
    }
}
