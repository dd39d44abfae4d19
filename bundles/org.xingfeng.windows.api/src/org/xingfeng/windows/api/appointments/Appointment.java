package org.xingfeng.windows.api.appointments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * 预约: a citizen's booking of a slot. {@code reference} is the booking's code the citizen keeps (to cancel or check in);
 * the citizen's name and phone are masked (张*, 138****1234) for everybody but staff of the hall's reach with a windows
 * role. {@code ticketId} is the ticket taken at check-in.
 */
public record Appointment(long id, long hallId, String matterCode, String matterName, LocalDate date,
        LocalTime start, LocalTime end, String citizenName, String citizenPhone, String reference,
        AppointmentState state, Instant bookedAt, Instant checkedInAt, Long ticketId) {
}
