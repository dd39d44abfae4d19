package org.xingfeng.evaluations.api.tasks;

import java.time.LocalDate;
import java.util.List;

/** A visit as recorded: at least one finding; each finding becomes a task of the visited unit. */
public record VisitDraft(VisitKind kind, long unitId, String place, LocalDate visitDate, String visitor, String notes,
        List<Finding> findings) {

    /**
     * One problem found, and who is to put it right by when (as in {@link TaskDraft}; lead department and
     * deadline are optional).
     */
    public record Finding(String description, String leadDepartment, List<String> responsibleDepartments,
            String deadlineText, LocalDate deadline) {
    }
}
