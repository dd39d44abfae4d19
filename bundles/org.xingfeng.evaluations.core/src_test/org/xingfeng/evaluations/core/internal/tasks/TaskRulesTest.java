package org.xingfeng.evaluations.core.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.api.tasks.TaskSource;
import org.xingfeng.evaluations.api.tasks.TaskStatus;
import org.xingfeng.evaluations.api.tasks.TaskUpdate;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.ValidationException;

class TaskRulesTest {

    static final Actor OFFICER = new Actor(7, "officer", Set.of("evaluations.officer"), Reach.EVERYWHERE);
    static final Instant NOW = Instant.parse("2020-01-10T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2020, 1, 10);

    static TaskEntity task(String deadlineText) {
        TaskEntity t = TaskRules.newTask(1, TaskSource.MANUAL, "加强窗口建设", "规范窗口文明用语", "办公室",
                List.of("经办科", "经办科", "信息科"), deadlineText, null, OFFICER, NOW);
        t.id = 1L;
        return t;
    }

    static TaskUpdate status(TaskStatus s) {
        return new TaskUpdate(null, null, null, null, null, null, s, null, null, null, null);
    }

    @Test
    void aNewTaskIsNotStartedWithItsDeadlineReadFromTheText() {
        TaskEntity t = task("2019年12月底前");
        assertEquals(TaskStatus.NOT_STARTED, t.status);
        assertEquals(LocalDate.of(2019, 12, 31), t.deadline);
        assertEquals("2019年12月底前", t.deadlineText);
        assertEquals(List.of("经办科", "信息科"), TaskMapper.list(t.responsibleJson), "duplicates are dropped");
        assertTrue(TaskRules.overdue(t, TODAY));
        TaskEntity longTerm = task("长期");
        assertNull(longTerm.deadline);
        assertFalse(TaskRules.overdue(longTerm, TODAY), "a task without a date is never overdue");
        TaskEntity dated = TaskRules.newTask(1, TaskSource.MANUAL, null, "x", null, null, null,
                LocalDate.of(2020, 3, 1), OFFICER, NOW);
        assertEquals("2020年3月1日", dated.deadlineText);
    }

    @Test
    void aNewTaskNeedsContentAndSaneFields() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> TaskRules.newTask(1, TaskSource.MANUAL, "g", " ",
                        "x".repeat(201), List.of(""), "2019年13月底", null, OFFICER, NOW));
        List<String> fields = e.details().stream().map(d -> d.field()).toList();
        assertTrue(fields.containsAll(List.of("content", "leadDepartment", "responsibleDepartments", "deadlineText")),
                fields.toString());
    }

    @Test
    void theNextStepDeadlineReplacesTheDeadlineInTheOverdueRule() {
        TaskEntity t = task("2019年12月底前");
        TaskRules.update(t,
                new TaskUpdate(null, null, null, null, null, null, null, null, "补齐设施", LocalDate.of(2020, 6, 30), null),
                NOW);
        assertEquals(LocalDate.of(2020, 6, 30), t.dueDate);
        assertFalse(TaskRules.overdue(t, TODAY));
        assertTrue(TaskRules.overdue(t, LocalDate.of(2020, 7, 1)));
        TaskRules.update(t, new TaskUpdate(null, null, null, null, null, null, null, null, null, null, true), NOW);
        assertNull(t.nextStepsDeadline);
        assertEquals("补齐设施", t.nextSteps);
        assertTrue(TaskRules.overdue(t, TODAY));
    }

    @Test
    void closingOffNeedsEvidenceAndEndsOverdue() {
        TaskEntity t = task("2019年12月底前");
        assertThrows(ValidationException.class, () -> TaskRules.close(t, " ", List.of(), OFFICER, NOW));
        ValidationException link = assertThrows(ValidationException.class,
                () -> TaskRules.close(t, "已整改", List.of("javascript:alert(1)"), OFFICER, NOW));
        assertEquals("attachments", link.details().get(0).field());
        assertEquals(TaskStatus.NOT_STARTED, t.status, "a rejected change leaves the task as it was");
        TaskRules.close(t, "已整改，见照片", List.of("整改照片.jpg", "https://oa.example.cn/doc/1"), OFFICER, NOW);
        assertEquals(TaskStatus.CLOSED, t.status);
        assertEquals("officer", t.closedBy);
        assertFalse(TaskRules.overdue(t, TODAY));
        assertThrows(ConflictException.class, () -> TaskRules.close(t, "again", null, OFFICER, NOW));
    }

    @Test
    void aClosedTaskChangesOnlyByReopeningWithAReason() {
        TaskEntity t = task("2019年12月底前");
        TaskRules.close(t, "已整改", null, OFFICER, NOW);
        ConflictException closed = assertThrows(ConflictException.class,
                () -> TaskRules.update(t, status(TaskStatus.IN_PROGRESS), NOW));
        assertEquals("task_closed", closed.code());
        assertThrows(ValidationException.class, () -> TaskRules.reopen(t, "", OFFICER, NOW));
        assertEquals(TaskStatus.CLOSED, t.status);
        TaskRules.reopen(t, "群众再次反映，整改不到位", OFFICER, NOW);
        assertEquals(TaskStatus.IN_PROGRESS, t.status);
        assertNull(t.closedAt);
        assertEquals("群众再次反映，整改不到位", t.reopenReason);
        assertThrows(ConflictException.class, () -> TaskRules.reopen(t, "again", OFFICER, NOW));
    }

    @Test
    void anUpdateCannotCloseOffAndChecksEveryField() {
        TaskEntity t = task("2019年12月底前");
        assertThrows(ValidationException.class, () -> TaskRules.update(t, status(TaskStatus.CLOSED), NOW));
        assertThrows(ValidationException.class, () -> TaskRules.update(t,
                new TaskUpdate(null, "", null, null, null, null, TaskStatus.COMPLETED, null, null, null, null), NOW));
        assertEquals(TaskStatus.NOT_STARTED, t.status);
        TaskRules.update(t, new TaskUpdate(null, null, null, List.of("经办科"), "2020年6月底前", null, TaskStatus.COMPLETED,
                "已按要求落实", null, null, null), NOW);
        assertEquals(TaskStatus.COMPLETED, t.status);
        assertEquals(LocalDate.of(2020, 6, 30), t.deadline);
        assertEquals("加强窗口建设", t.goal, "null leaves a field as it is");
    }
}
