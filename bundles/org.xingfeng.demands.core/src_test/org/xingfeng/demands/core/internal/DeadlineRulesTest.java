package org.xingfeng.demands.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xingfeng.demands.api.supervision.DeadlineStatus;
import org.xingfeng.demands.core.internal.DeadlineRules.Extension;
import org.xingfeng.platform.api.calendar.DayKind;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;
import org.xingfeng.platform.api.calendar.WorkingDayRules;

/**
 * Deadlines worked by hand on the autumn of 2026 as the State Council arranged it (the arrangement the platform ships):
 * 中秋节 25-27 September and 国庆节 1-7 October off, Sunday 20 September and Saturday 10 October worked (调休上班).
 */
class DeadlineRulesTest {

    static final WorkingDayCalendar CAL = new WorkingDayRules(Map.ofEntries(holiday(2026, 9, 25), holiday(2026, 9, 26),
            holiday(2026, 9, 27), holiday(2026, 10, 1), holiday(2026, 10, 2), holiday(2026, 10, 3),
            holiday(2026, 10, 4),
            holiday(2026, 10, 5), holiday(2026, 10, 6), holiday(2026, 10, 7),
            Map.entry(LocalDate.of(2026, 9, 20), DayKind.WORKDAY),
            Map.entry(LocalDate.of(2026, 10, 10), DayKind.WORKDAY)));

    private static Map.Entry<LocalDate, DayKind> holiday(int year, int month, int day) {
        return Map.entry(LocalDate.of(year, month, day), DayKind.HOLIDAY);
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    static LocalDate due(LocalDate start, int days, List<Extension> ext, LocalDate asOf) {
        return DeadlineRules.due(CAL, start, days, ext, asOf);
    }

    @Test
    void aConsultationCountsTheAdjustedSundayAsAWorkingDay() {
        // received Fri 18 Sep: Sat 19 off, Sun 20 worked (1), Mon 21 (2), Tue 22 (3)
        assertEquals(day(9, 22), due(day(9, 18), 3, List.of(), day(9, 18)));
    }

    @Test
    void aComplaintRunsOverBothHolidaysAndTheAdjustedSaturday() {
        // received Thu 24 Sep: 25-27 off, 28 (1), 29 (2), 30 (3), 1-7 Oct off, 8 (4), 9 (5), Sat 10 worked (6),
        // 12 (7) .. 16 (11), 19 (12), 20 (13)
        LocalDate due = due(day(9, 24), 13, List.of(), day(9, 24));
        assertEquals(day(10, 20), due);
        assertEquals(day(10, 21), DeadlineRules.reminderDay(CAL, due));
        // 22 (1), 23 (2), 26 (3), 27 (4), 28 (5)
        assertEquals(day(10, 28), DeadlineRules.escalationDay(CAL, due));
        assertEquals(DeadlineStatus.IN_TIME, DeadlineRules.status(CAL, due, false, null, day(10, 20)));
        assertEquals(DeadlineStatus.REMIND, DeadlineRules.status(CAL, due, false, null, day(10, 21)));
        assertEquals(DeadlineStatus.REMIND, DeadlineRules.status(CAL, due, false, null, day(10, 27)));
        assertEquals(DeadlineStatus.ESCALATE, DeadlineRules.status(CAL, due, false, null, day(10, 28)));
    }

    @Test
    void overdueOnADayOffAndTheReminderOnTheAdjustedSunday() {
        // received Tue 15 Sep: 16 (1), 17 (2), 18 (3)
        LocalDate due = due(day(9, 15), 3, List.of(), day(9, 15));
        assertEquals(day(9, 18), due);
        assertEquals(DeadlineStatus.IN_TIME, DeadlineRules.status(CAL, due, false, null, day(9, 18)));
        assertEquals(DeadlineStatus.OVERDUE, DeadlineRules.status(CAL, due, false, null, day(9, 19)), "Saturday off");
        assertEquals(DeadlineStatus.REMIND, DeadlineRules.status(CAL, due, false, null, day(9, 20)), "Sunday worked");
        // 21 (1), 22 (2), 23 (3), 24 (4), 25-27 off, 28 (5)
        assertEquals(day(9, 28), DeadlineRules.escalationDay(CAL, due));
        assertEquals(DeadlineStatus.REMIND, DeadlineRules.status(CAL, due, false, null, day(9, 27)));
        assertEquals(DeadlineStatus.ESCALATE, DeadlineRules.status(CAL, due, false, null, day(9, 28)));
    }

    @Test
    void aPendingExtensionStopsTheClockAndAnApprovedOneAddsItsDays() {
        // consultation received Mon 2 Nov: due Thu 5 Nov
        assertEquals(day(11, 5), due(day(11, 2), 3, List.of(), day(11, 2)));
        // asked on Tue 3 Nov, still waiting on Wed 4: one working day stood still, due Fri 6
        Extension waiting = new Extension(day(11, 3), null, null, 3);
        assertEquals(day(11, 6), due(day(11, 2), 3, List.of(waiting), day(11, 4)));
        // still waiting on Mon 9: 4 working days stood still (4, 5, 6, 9), due 3 + 4 = 7 working days after 2 Nov
        assertEquals(day(11, 11), due(day(11, 2), 3, List.of(waiting), day(11, 9)));
        assertEquals(DeadlineStatus.PAUSED,
                DeadlineRules.status(CAL, due(day(11, 2), 3, List.of(waiting), day(11, 9)), true, null, day(11, 9)));
        // approved on Thu 5: 2 days stood still (4, 5) and 3 added: 8 working days after 2 Nov = Thu 12
        Extension approved = new Extension(day(11, 3), day(11, 5), true, 3);
        assertEquals(day(11, 12), due(day(11, 2), 3, List.of(approved), day(11, 30)));
        // refused on Thu 5: only the 2 days that stood still: Mon 9
        Extension refused = new Extension(day(11, 3), day(11, 5), false, 3);
        assertEquals(day(11, 9), due(day(11, 2), 3, List.of(refused), day(11, 30)));
    }

    @Test
    void anExtensionWaitingOverTheNationalHolidayStopsOnlyWorkingDays() {
        // consultation received Mon 28 Sep: 29 (1), 30 (2), 8 Oct (3)
        assertEquals(day(10, 8), due(day(9, 28), 3, List.of(), day(9, 28)));
        // asked Tue 29 Sep, approved Fri 9 Oct for 2 days: stood still 30 Sep, 8 and 9 Oct (3 working days)
        // 3 + 3 + 2 = 8: 29, 30, 8, 9, Sat 10 (worked), 12, 13, 14
        Extension e = new Extension(day(9, 29), day(10, 9), true, 2);
        assertEquals(day(10, 14), due(day(9, 28), 3, List.of(e), day(10, 20)));
    }

    @Test
    void aReplyOnTheDueDayIsOnTimeAndTheDayAfterLate() {
        assertEquals(DeadlineStatus.REPLIED_ON_TIME, DeadlineRules.status(CAL, day(10, 20), false, day(10, 20),
                day(12, 1)));
        assertEquals(DeadlineStatus.REPLIED_LATE, DeadlineRules.status(CAL, day(10, 20), false, day(10, 21),
                day(12, 1)));
        assertTrue(DeadlineRules.counted(DeadlineStatus.REPLIED_LATE));
        assertTrue(DeadlineRules.counted(DeadlineStatus.OVERDUE));
        assertFalse(DeadlineRules.counted(DeadlineStatus.IN_TIME));
        assertFalse(DeadlineRules.counted(DeadlineStatus.PAUSED));
        assertTrue(DeadlineRules.onBoard(DeadlineStatus.PAUSED));
        assertFalse(DeadlineRules.onBoard(DeadlineStatus.REPLIED_LATE));
    }

    @Test
    void theCallBackIsDueTheNextWorkingDayAfterTheReply() {
        // replied Wed 30 Sep: 1-7 Oct off, so the call-back is due Thu 8 Oct and late from Fri 9 Oct
        assertEquals(day(10, 8), DeadlineRules.callBackDay(CAL, day(9, 30), 1));
        assertFalse(DeadlineRules.callBackOverdue(CAL, day(9, 30), 1, day(10, 7)));
        assertFalse(DeadlineRules.callBackOverdue(CAL, day(9, 30), 1, day(10, 8)));
        assertTrue(DeadlineRules.callBackOverdue(CAL, day(9, 30), 1, day(10, 9)));
        // replied Fri 9 Oct: the adjusted Saturday 10 Oct is a working day
        assertEquals(day(10, 10), DeadlineRules.callBackDay(CAL, day(10, 9), 1));
        assertEquals(day(10, 12), DeadlineRules.callBackDay(CAL, day(10, 9), 2));
        assertFalse(DeadlineRules.callBackOverdue(CAL, null, 1, day(12, 31)), "not replied: no call-back due");
    }
}
