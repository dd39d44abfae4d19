package org.xingfeng.windows.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.xingfeng.windows.api.records.HandlingChannel;
import org.xingfeng.windows.api.records.HandlingRecordDraft;
import org.xingfeng.windows.api.records.OnTimeRate;
import org.xingfeng.windows.api.records.RecordState;
import org.xingfeng.windows.api.records.StepDraft;
import org.xingfeng.windows.api.records.StepKind;

/** 办件 rules against hand-worked cases: deadlines over weekends, holidays and adjusted working days, steps, checks. */
class HandlingRecordRulesTest {

    /**
     * The 2026 arrangement around National Day (国庆): 1-7 October off, Saturday 10 October worked (调休); and New Year:
     * 1-3 January off, Sunday 4 January worked.
     */
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2),
            LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 4), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6),
            LocalDate.of(2026, 10, 7), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3));
    static final Set<LocalDate> WORKED = Set.of(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 1, 4));
    static final Predicate<LocalDate> CALENDAR = d -> WORKED.contains(d)
            || !(HOLIDAYS.contains(d) || d.getDayOfWeek() == DayOfWeek.SATURDAY
                    || d.getDayOfWeek() == DayOfWeek.SUNDAY);

    @Test
    void dueDatesCountWorkingDaysOverWeekends() {
        // accepted on Thursday 3 December 2026, 5 working days: Fri, Mon, Tue, Wed, Thu -> 10 December
        assertEquals(LocalDate.of(2026, 12, 10), HandlingRecordRules.dueDate(LocalDate.of(2026, 12, 3), 5, CALENDAR));
        // accepted on a Friday, 1 working day: the Monday
        assertEquals(LocalDate.of(2026, 12, 7), HandlingRecordRules.dueDate(LocalDate.of(2026, 12, 4), 1, CALENDAR));
        // 10 working days (seed 002's 限时办结 at most) from Monday 7 December: Monday 21 December
        assertEquals(LocalDate.of(2026, 12, 21), HandlingRecordRules.dueDate(LocalDate.of(2026, 12, 7), 10, CALENDAR));
    }

    @Test
    void dueDatesSkipHolidaysAndTakeAdjustedWorkingDays() {
        // accepted on Wednesday 30 September, 3 working days: 1-7 October off, Thursday 8, Friday 9, Saturday 10 (调休)
        assertEquals(LocalDate.of(2026, 10, 10), HandlingRecordRules.dueDate(LocalDate.of(2026, 9, 30), 3, CALENDAR));
        // 4 working days: then Monday 12 October (Sunday 11 off)
        assertEquals(LocalDate.of(2026, 10, 12), HandlingRecordRules.dueDate(LocalDate.of(2026, 9, 30), 4, CALENDAR));
        // New Year: accepted Wednesday 31 December 2025, 1 working day: Sunday 4 January 2026 (调休)
        assertEquals(LocalDate.of(2026, 1, 4), HandlingRecordRules.dueDate(LocalDate.of(2025, 12, 31), 1, CALENDAR));
    }

    @Test
    void onTheSpotIsDueTheSameWorkingDayAndUnknownLimitsHaveNoDueDate() {
        assertEquals(LocalDate.of(2026, 12, 3), HandlingRecordRules.dueDate(LocalDate.of(2026, 12, 3), 0, CALENDAR));
        // accepted on a holiday (an online record): the next working day
        assertEquals(LocalDate.of(2026, 10, 8), HandlingRecordRules.dueDate(LocalDate.of(2026, 10, 3), 0, CALENDAR));
        assertNull(HandlingRecordRules.dueDate(LocalDate.of(2026, 12, 3), null, CALENDAR));
    }

    @Test
    void overdueAndDueSoonFlags() {
        LocalDate due = LocalDate.of(2026, 12, 10); // Thursday
        assertFalse(HandlingRecordRules.overdue(RecordState.ACCEPTED, due, due));
        assertTrue(HandlingRecordRules.overdue(RecordState.ACCEPTED, due, due.plusDays(1)));
        assertTrue(HandlingRecordRules.overdue(RecordState.REVIEWED, due, due.plusDays(1)));
        assertFalse(HandlingRecordRules.overdue(RecordState.COMPLETED, due, due.plusDays(1)));
        assertFalse(HandlingRecordRules.overdue(RecordState.ACCEPTED, null, due.plusDays(1)));
        // due soon within 2 working days: Tuesday 8 (Wed, Thu) yes, Monday 7 (Tue, Wed, Thu) no
        assertTrue(HandlingRecordRules.dueSoon(RecordState.ACCEPTED, due, LocalDate.of(2026, 12, 8), 2, CALENDAR));
        assertFalse(HandlingRecordRules.dueSoon(RecordState.ACCEPTED, due, LocalDate.of(2026, 12, 7), 2, CALENDAR));
        assertTrue(HandlingRecordRules.dueSoon(RecordState.ACCEPTED, due, due, 2, CALENDAR));
        assertFalse(HandlingRecordRules.dueSoon(RecordState.ACCEPTED, due, due.plusDays(1), 2, CALENDAR));
        assertFalse(HandlingRecordRules.dueSoon(RecordState.COMPLETED, due, due, 2, CALENDAR));
        // over a weekend: due Monday 14 December, on Friday 11 only one working day is left
        assertTrue(HandlingRecordRules.dueSoon(RecordState.ACCEPTED, LocalDate.of(2026, 12, 14),
                LocalDate.of(2026, 12, 11), 1, CALENDAR));
        // the query's bound: due <= addWorkingDays(today, n) exactly when between(today, due) <= n
        LocalDate today = LocalDate.of(2026, 9, 29);
        LocalDate bound = HandlingRecordRules.addWorkingDays(today, 2, CALENDAR);
        assertEquals(LocalDate.of(2026, 10, 8), bound);
        assertEquals(2, HandlingRecordRules.workingDaysBetween(today, bound, CALENDAR));
    }

    @Test
    void onTimeOnlyForCompletedRecordsWithADueDate() {
        LocalDate due = LocalDate.of(2026, 12, 10);
        assertEquals(Boolean.TRUE, HandlingRecordRules.onTime(RecordState.COMPLETED, due, due));
        assertEquals(Boolean.TRUE, HandlingRecordRules.onTime(RecordState.DELIVERED, due, due.minusDays(3)));
        assertEquals(Boolean.FALSE, HandlingRecordRules.onTime(RecordState.COMPLETED, due, due.plusDays(1)));
        assertNull(HandlingRecordRules.onTime(RecordState.REJECTED, due, due));
        assertNull(HandlingRecordRules.onTime(RecordState.COMPLETED, null, due));
        assertNull(HandlingRecordRules.onTime(RecordState.ACCEPTED, due, null));
    }

    @Test
    void stepsEachStateAllows() {
        assertEquals(RecordState.ACCEPTED, HandlingRecordRules.next(RecordState.RECEIVED, StepKind.ACCEPT));
        assertEquals(RecordState.REJECTED, HandlingRecordRules.next(RecordState.RECEIVED, StepKind.REJECT));
        assertEquals(RecordState.NOTIFIED, HandlingRecordRules.next(RecordState.RECEIVED, StepKind.NOTIFY));
        assertNull(HandlingRecordRules.next(RecordState.RECEIVED, StepKind.COMPLETE));
        assertEquals(RecordState.REVIEWED, HandlingRecordRules.next(RecordState.ACCEPTED, StepKind.REVIEW));
        assertEquals(RecordState.COMPLETED, HandlingRecordRules.next(RecordState.ACCEPTED, StepKind.COMPLETE));
        assertEquals(RecordState.RETURNED, HandlingRecordRules.next(RecordState.REVIEWED, StepKind.RETURN));
        assertEquals(RecordState.COMPLETED, HandlingRecordRules.next(RecordState.REVIEWED, StepKind.COMPLETE));
        assertNull(HandlingRecordRules.next(RecordState.REVIEWED, StepKind.ACCEPT));
        assertEquals(RecordState.DELIVERED, HandlingRecordRules.next(RecordState.COMPLETED, StepKind.DELIVER));
        assertNull(HandlingRecordRules.next(RecordState.COMPLETED, StepKind.COMPLETE));
        for (StepKind k : StepKind.values()) {
            assertNull(HandlingRecordRules.next(RecordState.DELIVERED, k));
            assertNull(HandlingRecordRules.next(RecordState.REJECTED, k));
            assertNull(HandlingRecordRules.next(RecordState.RETURNED, k));
            assertNull(HandlingRecordRules.next(RecordState.NOTIFIED, k));
        }
        assertTrue(HandlingRecordRules.closes(StepKind.COMPLETE));
        assertTrue(HandlingRecordRules.closes(StepKind.NOTIFY));
        assertFalse(HandlingRecordRules.closes(StepKind.DELIVER));
        assertFalse(HandlingRecordRules.closes(StepKind.ACCEPT));
    }

    @Test
    void draftsAndStepsNameTheirFields() {
        assertEquals(List.of(), HandlingRecordRules.check(new HandlingRecordDraft(null, 3L, null, "YB01-001", "张三",
                "11010519491231002X", null, null, HandlingChannel.WINDOW, null), false));
        assertEquals(Set.of("windowId", "matterCode", "citizenIdNumber"),
                WindowsRulesTest.fields(HandlingRecordRules.check(new HandlingRecordDraft(null, null, null, " ",
                        "张三", "110105194912310021", null, null, null, null), false)));
        // from a ticket, the matter may be left out
        assertEquals(List.of(), HandlingRecordRules.check(new HandlingRecordDraft(9L, null, null, null, null, null,
                null, null, null, null), true));
        assertEquals(Set.of("citizenName", "note"), WindowsRulesTest.fields(HandlingRecordRules.check(
                new HandlingRecordDraft(9L, null, null, null, "名".repeat(51), null, null, null, null, "x".repeat(501)),
                true)));
        assertTrue(HandlingRecordRules.idNumber("11010519491231002X"));
        assertTrue(HandlingRecordRules.idNumber("11010519491231002x"));
        assertFalse(HandlingRecordRules.idNumber("110105194912310021"));
        assertFalse(HandlingRecordRules.idNumber("1101051949123100"));

        assertEquals(Set.of("note"), WindowsRulesTest.fields(HandlingRecordRules.check(StepDraft.of(StepKind.REJECT))));
        assertEquals(Set.of("note"), WindowsRulesTest.fields(HandlingRecordRules.check(StepDraft.of(StepKind.RETURN))));
        assertEquals(Set.of("materials"),
                WindowsRulesTest.fields(HandlingRecordRules.check(StepDraft.of(StepKind.NOTIFY))));
        assertEquals(Set.of("materials[1]"), WindowsRulesTest.fields(HandlingRecordRules
                .check(new StepDraft(StepKind.NOTIFY, null, java.util.Arrays.asList("身份证", " ")))));
        assertEquals(Set.of("materials"), WindowsRulesTest.fields(HandlingRecordRules
                .check(new StepDraft(StepKind.ACCEPT, null, List.of("身份证")))));
        assertEquals(Set.of("kind"),
                WindowsRulesTest.fields(HandlingRecordRules.check(new StepDraft(null, null, null))));
        assertEquals(List.of(), HandlingRecordRules.check(new StepDraft(StepKind.REJECT, "不符合参保条件", null)));
    }

    @Test
    void numbersAreReadable() {
        assertEquals("2026-000001", HandlingRecordRules.number(2026, 1));
        assertEquals("2026-012345", HandlingRecordRules.number(2026, 12345));
    }

    @Test
    void onTimeRatesTotalFirstThenParts() {
        List<HandlingRecordRules.Fact> facts = List.of(
                new HandlingRecordRules.Fact("M1", "1", "张", "A县", "2026-11", true),
                new HandlingRecordRules.Fact("M1", "1", "张", "A县", "2026-12", false),
                new HandlingRecordRules.Fact("M2", "2", "李", "A县", "2026-12", true),
                new HandlingRecordRules.Fact("M2", "2", "李", "B县", "2026-12", true));
        List<OnTimeRate> byMatter = HandlingRecordRules.rates(facts, HandlingRecordRules.Fact::matter, "合计");
        assertEquals(3, byMatter.size());
        assertEquals(new OnTimeRate(null, "合计", 4, 3, 0.75), byMatter.get(0));
        assertEquals(new OnTimeRate("M1", "M1", 2, 1, 0.5), byMatter.get(1));
        assertEquals(new OnTimeRate("M2", "M2", 2, 2, 1.0), byMatter.get(2));
        List<OnTimeRate> byMonth = HandlingRecordRules.rates(facts, HandlingRecordRules.Fact::month, "合计");
        assertEquals(new OnTimeRate("2026-12", "2026-12", 3, 2, 2.0 / 3), byMonth.get(2));
        assertEquals(List.of(new OnTimeRate(null, "合计", 0, 0, null)), HandlingRecordRules.rates(List.of(), null,
                "合计"));
    }
}
