package org.xingfeng.windows.api.queue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 排队票: a ticket of a hall and day with its number in the hall's series ({@code number} e.g. A012, {@code seq} 12),
 * the matter (code and name), its priority class (null: normal), where it came from, and every time and person that
 * touched it: taken, first called, started, finished; {@code calls} how often it was called; {@code windowId} and
 * {@code staffId} the window and staff member that called or serve it; {@code targetWindowId} the window it was
 * transferred to (it then waits for that window only). {@code placeAt} is what orders it among the waiting: its taking
 * time, kept across transfers and parking. {@code appointmentId} when it came from a checked-in appointment.
 */
public record Ticket(long id, long hallId, long unitId, LocalDate day, String number, int seq, String matterCode,
        String matterName, String priorityClass, TicketSource source, Long appointmentId, TicketState state,
        Instant takenAt, Instant placeAt, Instant calledAt, Instant startedAt, Instant finishedAt, int calls,
        Long windowId, String windowNumber, Long targetWindowId, Long staffId, String staffName, Outcome outcome,
        String note) {
}
