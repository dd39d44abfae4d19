package org.xingfeng.demands.api.demands;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.xingfeng.demands.api.supervision.DeadlineStatus;

/**
 * A demand (民生诉求) as the caller may see it: the citizen's data masked unless the caller's role needs it.
 * {@code clockStart} is the day the deadline counts from (the received date, or the day it was reopened);
 * {@code dueDate} the deadline in working days for its category, moved by approved extensions and by the working days
 * an extension request was pending (the clock stops meanwhile). {@code deadline} tells where it stands today.
 * {@code round} counts the times it was handled (2 after one reopening). {@code duplicateOf} names the open demand
 * this one repeats (a duplicate is not counted in the figures).
 */
public record Demand(long id, long unitId, String unitName, DemandChannel channel, DemandCategory category,
        String topic, String text, String citizenName, String citizenPhone, String citizenIdNumber, String externalNo,
        String address, LocalDate receivedDate, DemandState state, String instruction, Long leadSectionId,
        String leadSectionName, List<Long> handlingSectionIds, String reply, Boolean satisfied, int round,
        LocalDate clockStart, LocalDate dueDate, LocalDate repliedOn, boolean extensionPending,
        DeadlineStatus deadline, boolean reminded, boolean escalated, Long duplicateOf, String registeredBy,
        Instant registeredAt, Instant updatedAt) {

    public Demand {
        handlingSectionIds = List.copyOf(handlingSectionIds);
    }
}
