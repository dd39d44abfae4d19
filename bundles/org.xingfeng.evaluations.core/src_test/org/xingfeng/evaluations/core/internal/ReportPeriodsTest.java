package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.core.internal.ReportPeriods.DayRange;

class ReportPeriodsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aYearUpToYesterdayIsItsClosedMonthsAndTheDaysAroundThem() {
        ReportPeriods p = ReportPeriods.split(d("2025-12-06"), d("2026-12-05"), TODAY);
        assertEquals(d("2026-01-01"), p.firstMonth());
        assertEquals(d("2026-11-01"), p.lastMonth());
        assertEquals(11, p.months().size());
        assertEquals(List.of(new DayRange(d("2025-12-06"), d("2025-12-31")),
                new DayRange(d("2026-12-01"), d("2026-12-05"))), p.days());
    }

    @Test
    void aWholeClosedMonthOrQuarterReadsNoDays() {
        ReportPeriods month = ReportPeriods.split(d("2026-02-01"), d("2026-02-28"), TODAY);
        assertEquals(List.of(d("2026-02-01")), month.months());
        assertEquals(List.of(), month.days());
        ReportPeriods quarter = ReportPeriods.split(d("2026-07-01"), d("2026-09-30"), TODAY);
        assertEquals(List.of(d("2026-07-01"), d("2026-08-01"), d("2026-09-01")), quarter.months());
        assertEquals(List.of(), quarter.days());
    }

    @Test
    void theCurrentMonthIsReadFromItsDaysEvenWhenTheWholeMonthIsAsked() {
        ReportPeriods p = ReportPeriods.split(d("2026-12-01"), d("2026-12-31"), TODAY);
        assertEquals(List.of(), p.months());
        assertEquals(List.of(new DayRange(d("2026-12-01"), d("2026-12-31"))), p.days());
        // the month that ended yesterday is closed
        ReportPeriods november = ReportPeriods.split(d("2026-11-01"), d("2026-11-30"), d("2026-12-01"));
        assertEquals(List.of(d("2026-11-01")), november.months());
        // and not on its own last day
        ReportPeriods open = ReportPeriods.split(d("2026-11-01"), d("2026-11-30"), d("2026-11-30"));
        assertEquals(List.of(), open.months());
    }

    @Test
    void aPeriodWithinAMonthOrADayIsItsDays() {
        assertEquals(List.of(new DayRange(d("2026-03-05"), d("2026-03-05"))),
                ReportPeriods.split(d("2026-03-05"), d("2026-03-05"), TODAY).days());
        ReportPeriods across = ReportPeriods.split(d("2026-03-05"), d("2026-04-20"), TODAY);
        assertEquals(List.of(), across.months());
        assertEquals(List.of(new DayRange(d("2026-03-05"), d("2026-04-20"))), across.days());
    }

    @Test
    void theDaysAndMonthsCoverThePeriodOnceForEveryPeriodOfTwoYears() {
        LocalDate start = d("2025-11-20");
        for (int a = 0; a < 420; a += 7) {
            for (int b = a; b < a + 420; b += 5) {
                LocalDate from = start.plusDays(a);
                LocalDate to = start.plusDays(b);
                ReportPeriods p = ReportPeriods.split(from, to, TODAY);
                int[] seen = new int[(int) (to.toEpochDay() - from.toEpochDay() + 1)];
                for (LocalDate m : p.months()) {
                    assertEquals(true, m.plusMonths(1).minusDays(1).isBefore(TODAY), "closed month " + m);
                    for (LocalDate x = m; x.getMonth() == m.getMonth(); x = x.plusDays(1)) {
                        seen[(int) (x.toEpochDay() - from.toEpochDay())]++;
                    }
                }
                for (DayRange r : p.days()) {
                    for (LocalDate x = r.from(); !x.isAfter(r.to()); x = x.plusDays(1)) {
                        seen[(int) (x.toEpochDay() - from.toEpochDay())]++;
                    }
                }
                for (int i = 0; i < seen.length; i++) {
                    assertEquals(1, seen[i], from + ".." + to + ": day " + from.plusDays(i));
                }
            }
        }
    }
}
