package org.xingfeng.platform.core.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xingfeng.platform.api.calendar.DayKind;
import org.xingfeng.platform.api.calendar.WorkingDayRules;
import org.xingfeng.platform.api.calendar.SpecialDay;

class WorkingDayRulesTest {

    private static WorkingDayRules official() {
        Map<LocalDate, DayKind> map = new HashMap<>();
        for (SpecialDay d : OfficialHolidays.load()) {
            map.put(d.date(), d.kind());
        }
        return new WorkingDayRules(map);
    }

    private final WorkingDayRules rules = official();

    @Test
    void weekendsAreOffAndWeekdaysOnWithoutSpecialDays() {
        WorkingDayRules plain = new WorkingDayRules(Map.of());
        assertFalse(plain.isWorkingDay(LocalDate.of(2027, 3, 6))); // Saturday
        assertFalse(plain.isWorkingDay(LocalDate.of(2027, 3, 7))); // Sunday
        assertTrue(plain.isWorkingDay(LocalDate.of(2027, 3, 8))); // Monday
    }

    @ParameterizedTest(name = "{0} working={1}")
    @CsvSource({
            "2026-10-01, false", // 国庆 Thursday
            "2026-10-07, false", // 国庆 Wednesday
            "2026-10-08, true",
            "2026-10-10, true", // 调休上班 Saturday
            "2026-09-20, true", // 调休上班 Sunday
            "2026-02-14, true", // 春节调休 Saturday
            "2026-02-16, false", // 春节 Monday
            "2026-02-23, false", // 春节 Monday
            "2026-02-24, true",
            "2026-01-04, true", // 元旦调休 Sunday
            "2025-01-26, true", // 2025 春节调休 Sunday
            "2025-10-08, false", // 2025 国庆中秋 Wednesday
            "2025-10-11, true", // 2025 调休 Saturday
            "2025-05-05, false" // 2025 劳动节 Monday
    })
    void officialArrangements(LocalDate date, boolean working) {
        assertEquals(working, rules.isWorkingDay(date));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
            "2026-09-30, 1, 2026-10-08", // over the National Day week
            "2026-09-30, 3, 2026-10-10", // the adjusted Saturday counts
            "2025-12-31, 1, 2026-01-04", // across the year end into an adjusted Sunday
            "2026-02-13, 1, 2026-02-14",
            "2026-02-13, 2, 2026-02-24", // across the Spring Festival
            "2026-11-20, 1, 2026-11-23", // Friday + 1 = Monday
            "2026-11-20, 15, 2026-12-11", // the default rectification deadline
            "2026-10-03, 0, 2026-10-08", // 0 on a holiday is the next working day
            "2026-11-23, 0, 2026-11-23"
    })
    void addingWorkingDays(LocalDate start, int n, LocalDate expected) {
        assertEquals(expected, rules.addWorkingDays(start, n));
    }

    @Test
    void countingIsTheInverseOfAdding() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < 700; i += 3) {
            LocalDate d = start.plusDays(i);
            for (int n = 1; n <= 25; n += 4) {
                assertEquals(n, rules.workingDaysBetween(d, rules.addWorkingDays(d, n)), d + " + " + n);
            }
        }
    }

    @Test
    void countingRangesIsHalfOpen() {
        assertEquals(3, rules.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10)));
        assertEquals(0, rules.workingDaysBetween(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 10)));
        assertEquals(0, rules.workingDaysBetween(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 9, 1)));
    }

    @Test
    void year2025Has248WorkingDaysAsOfficiallyAnnounced() {
        assertEquals(248, rules.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> rules.addWorkingDays(LocalDate.of(2026, 1, 1), -1));
        assertThrows(IllegalArgumentException.class,
                () -> rules.addWorkingDays(LocalDate.of(2026, 1, 1), WorkingDayRules.MAX_DAYS + 1));
    }

    @Test
    void shippedDataIsWellFormed() {
        var days = OfficialHolidays.load();
        assertTrue(days.size() > 50);
        for (SpecialDay d : days) {
            if (d.kind() == DayKind.WORKDAY) {
                int dow = d.date().getDayOfWeek().getValue();
                assertTrue(dow >= 6, "an adjusted working day must fall on a weekend: " + d);
            }
            assertFalse(d.name().isBlank(), "every special day has a name: " + d);
        }
    }
}
