package org.xingfeng.demands.core.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.xingfeng.platform.api.calendar.WorkingDayCalendar;

/**
 * The autumn of 2026 as the State Council arranged it (the arrangement the platform ships): 中秋节 25-27 September and
 * 国庆节 1-7 October off, Sunday 20 September and Saturday 10 October worked (调休上班); other weekends off.
 */
final class TestCalendar implements WorkingDayCalendar {

    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 26),
            LocalDate.of(2026, 9, 27), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 3),
            LocalDate.of(2026, 10, 4), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6),
            LocalDate.of(2026, 10, 7));
    static final Set<LocalDate> WORKDAYS = Set.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));

    @Override
    public boolean isWorkingDay(LocalDate date) {
        if (WORKDAYS.contains(date)) {
            return true;
        }
        if (HOLIDAYS.contains(date)) {
            return false;
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
        for (int left = n; left > 0;) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
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
