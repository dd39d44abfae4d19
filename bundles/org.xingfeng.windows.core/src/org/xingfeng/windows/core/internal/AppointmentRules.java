package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.xingfeng.platform.api.FieldError;
import org.xingfeng.windows.api.appointments.AppointmentDraft;
import org.xingfeng.windows.api.appointments.Slot;
import org.xingfeng.windows.api.halls.OpeningPeriod;

/**
 * Appointment slots and bookings, pure. A day has slots only when the platform calendar counts it a working day
 * (weekends off, official holidays off, adjusted working days 调休 on); each opening period is cut into slots of the
 * hall's slot length (a last piece shorter than a slot is not offered). A slot's capacity is the windows handling the
 * matter times the appointments per window and slot. A slot already begun is not bookable (available 0).
 */
final class AppointmentRules {

    /** Appointment settings. */
    record Settings(int expiryMinutes, int checkInEarlyMinutes, int daysAhead, int perWindowPerSlot) {

        static final Settings DEFAULT = new Settings(30, 60, 14, 1);
    }

    private AppointmentRules() {
    }

    /** Slot starts and ends of a day's opening hours. */
    static List<LocalTime[]> times(List<OpeningPeriod> hours, int slotMinutes) {
        List<LocalTime[]> times = new ArrayList<>();
        for (OpeningPeriod p : hours) {
            LocalTime start = p.from();
            while (true) {
                LocalTime end = start.plusMinutes(slotMinutes);
                if (end.isAfter(p.to()) || end.isBefore(start)) {
                    break;
                }
                times.add(new LocalTime[] { start, end });
                if (end.equals(p.to())) {
                    break;
                }
                start = end;
            }
        }
        return times;
    }

    /**
     * The day's slots: none on a day that is not a working day; {@code booked} holds the bookings per slot start.
     */
    static List<Slot> slots(long hallId, String matterCode, LocalDate date, boolean workingDay,
            List<OpeningPeriod> hours, int slotMinutes, int windowsHandling, Settings settings,
            Map<LocalTime, Integer> booked, LocalDateTime now) {
        List<Slot> slots = new ArrayList<>();
        if (!workingDay || windowsHandling <= 0) {
            return slots;
        }
        int capacity = windowsHandling * settings.perWindowPerSlot();
        for (LocalTime[] t : times(hours, slotMinutes)) {
            int held = booked.getOrDefault(t[0], 0);
            boolean begun = !date.atTime(t[0]).isAfter(now);
            slots.add(new Slot(hallId, matterCode, date, t[0], t[1], capacity, held,
                    begun ? 0 : Math.max(0, capacity - held)));
        }
        return slots;
    }

    /** Field checks of a booking (the slot's room is checked against the database). */
    static List<FieldError> check(AppointmentDraft d, LocalDate today, Settings settings,
            Predicate<LocalDate> workingDay) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", MESSAGES.text("field.required")));
            return errors;
        }
        Checks.required(errors, "hallId", d.hallId());
        if (Checks.required(errors, "matterCode", d.matterCode())
                && !d.matterCode().strip().matches(WindowRules.CODE_PATTERN)) {
            errors.add(FieldError.of("matterCode", MESSAGES.text("matter.code")));
        }
        if (Checks.required(errors, "date", d.date())) {
            if (d.date().isBefore(today) || d.date().isAfter(today.plusDays(settings.daysAhead()))) {
                errors.add(FieldError.of("date", MESSAGES.text("appointment.date.range", settings.daysAhead())));
            } else if (!workingDay.test(d.date())) {
                errors.add(FieldError.of("date", MESSAGES.text("appointment.date.closed")));
            }
        }
        Checks.required(errors, "start", d.start());
        if (Checks.required(errors, "citizenName", d.citizenName())) {
            Checks.length(errors, "citizenName", d.citizenName(), 1, 50);
        }
        if (Checks.required(errors, "citizenPhone", d.citizenPhone())
                && !d.citizenPhone().strip().matches("1\\d{10}")) {
            errors.add(FieldError.of("citizenPhone", MESSAGES.text("appointment.phone")));
        }
        return errors;
    }

    /** Whether a booking made at {@code now} may still check in (from the early minutes before its slot to expiry). */
    static boolean checkInOpen(LocalDate date, LocalTime start, LocalDateTime now, Settings settings) {
        LocalDateTime slot = date.atTime(start);
        return !now.isBefore(slot.minusMinutes(settings.checkInEarlyMinutes()))
                && now.isBefore(slot.plusMinutes(settings.expiryMinutes()));
    }

    /** When a booking expires if not checked in. */
    static LocalDateTime expiresAt(LocalDate date, LocalTime start, Settings settings) {
        return date.atTime(start).plusMinutes(settings.expiryMinutes());
    }
}
