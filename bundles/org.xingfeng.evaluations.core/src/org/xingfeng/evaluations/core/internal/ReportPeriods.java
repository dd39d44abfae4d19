package org.xingfeng.evaluations.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a report's period is read: its days in months that ended before today from the day sums kept in memory per
 * month (each valid while its month's stamp in EVAL_ROLLUP_MONTH has not moved), its days from the first of the current
 * month on from the day rows. The current month changes with every evaluation, so it is never kept.
 *
 * @param months the first days of the closed months the period touches, in order; empty when none
 * @param days the period's days from the current month on, or {@code null} when it ends before
 */
record ReportPeriods(List<LocalDate> months, DayRange days) {

    /** A run of days, both ends included. */
    record DayRange(LocalDate from, LocalDate to) {
    }

    static ReportPeriods split(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate open = today.withDayOfMonth(1);
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate m = from.withDayOfMonth(1); m.isBefore(open) && !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        DayRange days = to.isBefore(open) ? null : new DayRange(from.isBefore(open) ? open : from, to);
        return new ReportPeriods(List.copyOf(months), days);
    }
}
