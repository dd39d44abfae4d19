package org.xingfeng.evaluations.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a report's period is read: the whole months in it that ended before today from sums kept in memory (each valid
 * while its month's stamp in EVAL_ROLLUP_MONTH has not moved), the days before and after them from the day rows. A year
 * then reads two short runs of days instead of 365 rows per key; the current month is always read from its days.
 *
 * @param firstMonth the first day of the first whole closed month, or {@code null} when there is none
 * @param lastMonth the first day of the last one, or {@code null}
 * @param days the days outside those months: none, one or two runs, in order
 */
record ReportPeriods(LocalDate firstMonth, LocalDate lastMonth, List<DayRange> days) {

    /** A run of days, both ends included. */
    record DayRange(LocalDate from, LocalDate to) {
    }

    static ReportPeriods split(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate end = to.isBefore(today) ? to : today.minusDays(1); // the last day a closed month may end on
        LocalDate last = end.getDayOfMonth() == end.lengthOfMonth() ? end.withDayOfMonth(1)
                : end.withDayOfMonth(1).minusMonths(1);
        if (first.isAfter(last)) {
            return new ReportPeriods(null, null, List.of(new DayRange(from, to)));
        }
        List<DayRange> days = new ArrayList<>(2);
        if (from.isBefore(first)) {
            days.add(new DayRange(from, first.minusDays(1)));
        }
        LocalDate lastDay = last.withDayOfMonth(last.lengthOfMonth());
        if (to.isAfter(lastDay)) {
            days.add(new DayRange(lastDay.plusDays(1), to));
        }
        return new ReportPeriods(first, last, List.copyOf(days));
    }

    /** The first days of the whole closed months, in order; empty when there are none. */
    List<LocalDate> months() {
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate m = firstMonth; m != null && !m.isAfter(lastMonth); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
