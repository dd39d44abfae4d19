package org.xingfeng.platform.api.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * The arithmetic of working days over an immutable set of exceptional dates: Saturday and Sunday are off
 * unless marked {@link DayKind#WORKDAY} (调休上班), weekdays are on unless marked {@link DayKind#HOLIDAY}. The
 * platform's calendar service computes with it; modules' unit tests make one of the days their cases need.
 */
public final class WorkingDayRules implements WorkingDayCalendar {

    /** Guards against a runaway loop on absurd input (about 40 years of working days). */
    public static final int MAX_DAYS = 10_000;

    private final Map<LocalDate, DayKind> special;

    public WorkingDayRules(Map<LocalDate, DayKind> special) {
        this.special = Map.copyOf(special);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        DayKind kind = special.get(date);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0 || n > MAX_DAYS) {
            throw new IllegalArgumentException("working days must be between 0 and " + MAX_DAYS + ", was " + n);
        }
        LocalDate d = start;
        if (n == 0) {
            while (!isWorkingDay(d)) {
                d = d.plusDays(1);
            }
            return d;
        }
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        if (from.plusDays(MAX_DAYS * 2L).isBefore(to)) {
            throw new IllegalArgumentException("range too long: " + from + " .. " + to);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
