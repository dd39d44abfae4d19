package org.xingfeng.windows.api.appointments;

import java.time.LocalDate;

/** A hall's appointments of a day (null: today), optionally of one state. */
public record AppointmentQuery(long hallId, LocalDate date, AppointmentState state) {
}
