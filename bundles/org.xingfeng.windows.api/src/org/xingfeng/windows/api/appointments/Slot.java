package org.xingfeng.windows.api.appointments;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A bookable slot of a matter in a hall on a working day: start and end within the hall's opening hours, the capacity
 * (the hall's windows that handle the matter, times the configured appointments per window and slot), the bookings
 * held (booked or checked in) and what is still free.
 */
public record Slot(long hallId, String matterCode, LocalDate date, LocalTime start, LocalTime end, int capacity,
        int booked, int available) {
}
