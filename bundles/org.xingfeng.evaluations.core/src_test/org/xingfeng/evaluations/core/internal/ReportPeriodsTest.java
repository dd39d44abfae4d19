package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void aYearUpToYesterdayIsTwelveClosedMonthsAndTheCurrentMonthsDays() {
        ReportPeriods p = ReportPeriods.split(d("2025-12-06"), d("2026-12-05"), TODAY);
        assertEquals(12, p.months().size());
        assertEquals(d("2025-12-01"), p.months().get(0));
        assertEquals(d("2026-11-01"), p.months().get(11));
        assertEquals(new DayRange(d("2026-12-01"), d("2026-12-05")), p.days());
    }

    @Test
    void aPeriodBeforeTheCurrentMonthReadsNoDays() {
        ReportPeriods day = ReportPeriods.split(d("2026-03-05"), d("2026-03-05"), TODAY);
        assertEquals(List.of(d("2026-03-01")), day.months());
        assertNull(day.days());
        ReportPeriods across = ReportPeriods.split(d("2026-03-05"), d("2026-04-20"), TODAY);
        assertEquals(List.of(d("2026-03-01"), d("2026-04-01")), across.months());
        assertNull(across.days());
        // the month that ended yesterday is closed
        ReportPeriods november = ReportPeriods.split(d("2026-11-01"), d("2026-11-30"), d("2026-12-01"));
        assertEquals(List.of(d("2026-11-01")), november.months());
        assertNull(november.days());
    }

    @Test
    void theCurrentMonthIsReadFromItsDays() {
        ReportPeriods p = ReportPeriods.split(d("2026-12-01"), d("2026-12-31"), TODAY);
        assertEquals(List.of(), p.months());
        assertEquals(new DayRange(d("2026-12-01"), d("2026-12-31")), p.days());
        ReportPeriods onItsLastDay = ReportPeriods.split(d("2026-11-01"), d("2026-11-30"), d("2026-11-30"));
        assertEquals(List.of(), onItsLastDay.months());
        assertEquals(new DayRange(d("2026-11-01"), d("2026-11-30")), onItsLastDay.days());
        ReportPeriods future = ReportPeriods.split(d("2027-01-03"), d("2027-02-01"), TODAY);
        assertEquals(List.of(), future.months());
        assertEquals(new DayRange(d("2027-01-03"), d("2027-02-01")), future.days());
    }

    @Test
    void theMonthsAndDaysCoverEveryPeriodOfTwoYearsOnce() {
        LocalDate start = d("2025-11-20");
        for (int a = 0; a < 420; a += 7) {
            for (int b = a; b < a + 420; b += 5) {
                LocalDate from = start.plusDays(a);
                LocalDate to = start.plusDays(b);
                ReportPeriods p = ReportPeriods.split(from, to, TODAY);
                int[] seen = new int[(int) (to.toEpochDay() - from.toEpochDay() + 1)];
                for (LocalDate m : p.months()) {
                    assertTrue(m.plusMonths(1).minusDays(1).isBefore(TODAY), "closed month " + m);
                    for (LocalDate x = m; x.getMonth() == m.getMonth(); x = x.plusDays(1)) {
                        if (!x.isBefore(from) && !x.isAfter(to)) {
                            seen[(int) (x.toEpochDay() - from.toEpochDay())]++;
                        }
                    }
                }
                if (p.days() != null) {
                    assertTrue(!p.days().from().isBefore(TODAY.withDayOfMonth(1)), "days of the current month on");
                    for (LocalDate x = p.days().from(); !x.isAfter(p.days().to()); x = x.plusDays(1)) {
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
