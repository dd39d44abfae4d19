package org.xingfeng.evaluations.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A case (差评处理) opened automatically on a bad review. Deadlines are working days from the day of the review
 * (platform calendar): call back within {@code callbackDue}, rectify within {@code rectifyDue}. An anonymous
 * review cannot be called back: its case skips that step. A case overdue on either deadline is flagged.
 */
public record EvaluationCase(long id, long evaluationId, long unitId, Level level, boolean realName, CaseState state,
        LocalDate openedOn, LocalDate callbackDue, LocalDate rectifyDue, LocalDate closedOn, boolean callbackOverdue,
        boolean rectifyOverdue, List<CaseEntry> history) {

    public EvaluationCase {
        history = List.copyOf(history);
    }

    public boolean overdue() {
        return callbackOverdue || rectifyOverdue;
    }
}
