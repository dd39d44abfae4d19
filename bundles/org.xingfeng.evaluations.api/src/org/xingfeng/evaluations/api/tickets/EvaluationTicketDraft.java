package org.xingfeng.evaluations.api.tickets;

/**
 * What a handling system asks a ticket for: the unit and the record's number (required), the staff number, window number
 * and matter code when known, and how many days the ticket stays valid (null: the configured default).
 */
public record EvaluationTicketDraft(Long unitId, String recordNo, String staffNumber, String windowNo,
        String matterCode, Integer validDays) {
}
