package org.xingfeng.training.core.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.xingfeng.platform.api.calendar.WorkingDayCalendar;

/**
 * A working-day calendar with the State Council's 2025 National Day and Mid-Autumn arrangement (国庆节、中秋节: 1-8
 * October off, Sunday 28 September and Saturday 11 October worked), as the platform's calendar ships it.
 */
final class FakeCalendar implements WorkingDayCalendar {

    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2),
            LocalDate.of(2025, 10, 3), LocalDate.of(2025, 10, 4), LocalDate.of(2025, 10, 5),
            LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 7), LocalDate.of(2025, 10, 8));
    static final Set<LocalDate> WORKDAYS = Set.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));

    @Override
    public boolean isWorkingDay(LocalDate date) {
        if (HOLIDAYS.contains(date)) {
            return false;
        }
        if (WORKDAYS.contains(date)) {
            return true;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int n) {
        LocalDate d = start;
        if (n == 0) {
            while (!isWorkingDay(d)) {
                d = d.plusDays(1);
            }
            return d;
        }
        for (int i = 0; i < n;) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                i++;
            }
        }
        return d;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
