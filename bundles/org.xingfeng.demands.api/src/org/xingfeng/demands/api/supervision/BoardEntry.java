package org.xingfeng.demands.api.supervision;

import java.time.LocalDate;

import org.xingfeng.demands.api.demands.DemandCategory;
import org.xingfeng.demands.api.demands.DemandState;

/**
 * A line of the supervision board (督办): an open demand that is overdue, needs a reminder or an escalation, or waits
 * for an extension decision, or a replied one whose call-back is overdue ({@code dueDate} is then the call-back's day).
 * {@code workingDaysOverdue} counts the working days after the due day up to today.
 */
public record BoardEntry(long demandId, long unitId, String unitName, DemandCategory category, String topic,
        DemandState state, String leadSectionName, LocalDate dueDate, DeadlineStatus status, int workingDaysOverdue,
        boolean reminded, boolean escalated) {
}
