package org.xingfeng.evaluations.core.internal.tasks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.xingfeng.evaluations.api.tasks.RectificationTask;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Entity rows to records and the JSON of their lists. */
final class TaskMapper {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private TaskMapper() {
    }

    static String json(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> list(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, STRINGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RectificationTask toRecord(TaskEntity e, LocalDate today) {
        RectificationTask.Closure closure = e.closedAt == null ? null
                : new RectificationTask.Closure(e.evidence, list(e.attachmentsJson), e.closedBy,
                        e.closedAt.toInstant());
        RectificationTask.Reopening reopening = e.reopenedAt == null ? null
                : new RectificationTask.Reopening(e.reopenReason, e.reopenedBy, e.reopenedAt.toInstant());
        return new RectificationTask(e.id, e.unitId, e.source, e.visitId, e.templateId, e.itemNumber, e.goalNumber,
                e.goal,
                e.content, e.leadDepartment, list(e.responsibleJson), e.deadlineText, e.deadline, e.status, e.selfCheck,
                e.nextSteps, e.nextStepsDeadline, e.dueDate, TaskRules.overdue(e, today), closure, reopening,
                e.createdBy,
                e.createdAt.toInstant(), e.updatedAt.toInstant());
    }
}
