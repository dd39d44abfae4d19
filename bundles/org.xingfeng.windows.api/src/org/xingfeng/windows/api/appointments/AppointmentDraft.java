package org.xingfeng.windows.api.appointments;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A booking: the hall, the matter code (one the hall handles), a working day from today to the configured days ahead
 * (default 14), a slot start of that day with room left (409 {@code slot_full} otherwise), the citizen's name (1-50)
 * and mobile number (11 digits).
 */
public record AppointmentDraft(Long hallId, String matterCode, LocalDate date, LocalTime start, String citizenName,
        String citizenPhone) {
}
