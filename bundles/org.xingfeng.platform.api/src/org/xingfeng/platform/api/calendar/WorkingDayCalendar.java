package org.xingfeng.platform.api.calendar;

import java.time.LocalDate;

import org.xingfeng.platform.api.remote.Remote;

/**
 * 工作日历: weekends, official holidays and adjusted working days (调休). Every deadline in the suite
 * that the rules give in working days is computed here, never by counting calendar days.
 */
@Remote
public interface WorkingDayCalendar {

    boolean isWorkingDay(LocalDate date);

    /**
     * The date that lies {@code n} working days after {@code start} ({@code n >= 0}). Day 1 is the first
     * working day after {@code start}; with {@code n == 0} the result is {@code start} itself if it is a
     * working day, otherwise the next working day.
     */
    LocalDate addWorkingDays(LocalDate start, int n);

    /**
     * The number of working days in the half-open range ({@code from}, {@code to}]: 0 when
     * {@code to <= from}. So {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for {@code n >= 1}.
     */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
