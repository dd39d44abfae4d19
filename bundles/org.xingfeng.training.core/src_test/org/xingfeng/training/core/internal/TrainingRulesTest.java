package org.xingfeng.training.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.calendar.DayKind;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;
import org.xingfeng.platform.api.calendar.WorkingDayRules;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.training.api.attendance.AttendanceDraft;
import org.xingfeng.training.api.attendance.AttendanceMark;
import org.xingfeng.training.api.courses.CourseDraft;
import org.xingfeng.training.api.courses.CourseKind;
import org.xingfeng.training.api.courses.SessionDraft;
import org.xingfeng.training.api.standing.CertificateAlert;
import org.xingfeng.training.api.standing.RuleState;
import org.xingfeng.training.api.standing.TrainingPolicy;

class TrainingRulesTest {

    /** The State Council's 2025 National Day and Mid-Autumn arrangement: 1-8 October off, 28 September and 11 October worked. */
    static final WorkingDayCalendar CALENDAR = new WorkingDayRules(Map.ofEntries(holiday(2025, 10, 1),
            holiday(2025, 10, 2), holiday(2025, 10, 3), holiday(2025, 10, 4), holiday(2025, 10, 5),
            holiday(2025, 10, 6),
            holiday(2025, 10, 7), holiday(2025, 10, 8), Map.entry(LocalDate.of(2025, 9, 28), DayKind.WORKDAY),
            Map.entry(LocalDate.of(2025, 10, 11), DayKind.WORKDAY)));

    private static Map.Entry<LocalDate, DayKind> holiday(int year, int month, int day) {
        return Map.entry(LocalDate.of(year, month, day), DayKind.HOLIDAY);
    }

    static final TrainingPolicy POLICY = TrainingPolicy.DEFAULTS;
    static final LocalDate MID_2026 = LocalDate.of(2026, 7, 1);

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    // ---- working days

    @Test
    void anOrdinaryWeekIsFiveWorkingDays() {
        assertEquals(5, TrainingRules.workingDays(CALENDAR, d(2025, 9, 15), d(2025, 9, 19)));
        assertEquals(5, TrainingRules.workingDays(CALENDAR, d(2025, 9, 15), d(2025, 9, 21)), "the weekend adds none");
        assertEquals(1, TrainingRules.workingDays(CALENDAR, d(2025, 9, 15), d(2025, 9, 15)));
        assertEquals(0, TrainingRules.workingDays(CALENDAR, d(2025, 9, 20), d(2025, 9, 21)));
    }

    @Test
    void aCourseOverNationalDayIsNotFiveWorkingDays() {
        // Monday 29 September to Friday 3 October 2025: five weekdays, but 1-3 October are holidays
        assertEquals(2, TrainingRules.workingDays(CALENDAR, d(2025, 9, 29), d(2025, 10, 3)));
        assertEquals(List.of(StaffTier.WINDOW_STAFF),
                TrainingRules.shortForTiers(List.of(StaffTier.WINDOW_STAFF), 2, POLICY));
    }

    @Test
    void adjustedWorkingDaysCount() {
        // Sunday 28 September and Saturday 11 October 2025 are worked (调休): 28, 29, 30 Sep, 9, 10, 11 Oct
        assertEquals(6, TrainingRules.workingDays(CALENDAR, d(2025, 9, 28), d(2025, 10, 11)));
        assertEquals(1, TrainingRules.workingDays(CALENDAR, d(2025, 10, 11), d(2025, 10, 12)));
        assertEquals(List.of(), TrainingRules.shortForTiers(List.of(StaffTier.WINDOW_STAFF), 6, POLICY));
    }

    @Test
    void shortForTiersFollowsEachTiersMinimum() {
        TrainingPolicy p = new TrainingPolicy(10, 5, 3, 5, 3, 12, n("90"), 36);
        List<StaffTier> all = List.of(StaffTier.WINDOW_STAFF, StaffTier.UNIT_HEAD, StaffTier.SECTION_MANAGER);
        assertEquals(List.of(StaffTier.UNIT_HEAD, StaffTier.SECTION_MANAGER), TrainingRules.shortForTiers(all, 4, p));
        assertEquals(List.of(StaffTier.UNIT_HEAD), TrainingRules.shortForTiers(all, 5, p));
        assertEquals(List.of(), TrainingRules.shortForTiers(all, 10, p));
        assertEquals(List.of(), TrainingRules.shortForTiers(List.of(), 1, p), "a course for nobody's tier");
        assertTrue(TrainingRules.countsFor(StaffTier.WINDOW_STAFF, all, 3, p));
        assertFalse(TrainingRules.countsFor(StaffTier.UNIT_HEAD, all, 9, p));
        assertFalse(TrainingRules.countsFor(StaffTier.OTHER, all, 30, p), "a tier the course is not for");
    }

    @Test
    void tiersRoundTripThroughText() {
        String text = TrainingRules.tiersText(List.of(StaffTier.WINDOW_STAFF, StaffTier.UNIT_HEAD,
                StaffTier.WINDOW_STAFF));
        assertEquals("UNIT_HEAD,WINDOW_STAFF", text);
        assertEquals(List.of(StaffTier.UNIT_HEAD, StaffTier.WINDOW_STAFF), TrainingRules.tiersOf(text));
        assertEquals(List.of(), TrainingRules.tiersOf(""));
    }

    // ---- form

    static CourseDraft course(String title, Boolean online, String place, LocalDate start, LocalDate end,
            String hours) {
        return new CourseDraft(1L, title, CourseKind.POLICY, List.of(StaffTier.WINDOW_STAFF), "市局", place, online,
                start, end, hours == null ? null : n(hours), null);
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aCourseDraftNamesEveryBadField() {
        assertEquals(List.of(), fields(TrainingRules.check(course("医保政策", false, "三楼会议室", d(2026, 3, 2),
                d(2026, 3, 6), "40"))));
        assertEquals(List.of(), fields(TrainingRules.check(course("医保政策", true, null, d(2026, 3, 2),
                d(2026, 3, 6), null))), "online needs no place");
        assertEquals(List.of("title", "place", "endDate", "hours"),
                fields(TrainingRules.check(course(" ", false, "", d(2026, 3, 6), d(2026, 3, 2), "-1"))));
        assertEquals(List.of("endDate", "hours"), fields(TrainingRules.check(course("x", true, null, d(2026, 1, 1),
                d(2027, 1, 2), "1.005"))));
        assertEquals(List.of("unitId", "title", "kind", "place", "startDate", "endDate"), fields(TrainingRules
                .check(new CourseDraft(null, null, null, null, null, null, null, null, null, null, null))));
        assertEquals(List.of("tiers"), fields(TrainingRules.check(new CourseDraft(1L, "x", CourseKind.DRILL,
                java.util.Arrays.asList(StaffTier.OTHER, null), null, null, true, d(2026, 1, 5), d(2026, 1, 5),
                null, null))));
        assertEquals(List.of("body"), fields(TrainingRules.check((CourseDraft) null)));
    }

    @Test
    void aSessionLiesWithinItsCourse() {
        LocalDate start = d(2026, 3, 2);
        LocalDate end = d(2026, 3, 6);
        SessionDraft good = new SessionDraft(d(2026, 3, 3), LocalTime.of(9, 0), LocalTime.of(12, 0), null, null,
                null);
        assertEquals(List.of(), fields(TrainingRules.check(good, start, end)));
        assertEquals(List.of("day", "endsAt"), fields(TrainingRules.check(
                new SessionDraft(d(2026, 3, 7), LocalTime.of(9, 0), LocalTime.of(9, 0), null, null, null), start,
                end)));
        assertEquals(new BigDecimal("3.00"), TrainingRules.sessionHours(null, LocalTime.of(9, 0),
                LocalTime.of(12, 0)));
        assertEquals(new BigDecimal("1.50"), TrainingRules.sessionHours(null, LocalTime.of(14, 0),
                LocalTime.of(15, 30)));
        assertEquals(new BigDecimal("2.00"), TrainingRules.sessionHours(n("2"), LocalTime.of(14, 0),
                LocalTime.of(15, 30)));
    }

    @Test
    void attendanceIsCheckedAgainstItsSession() {
        BigDecimal session = n("3.00");
        AttendanceDraft good = new AttendanceDraft(7L, true, null, n("88"), true, "PX-2026-001", d(2026, 3, 6),
                null);
        assertEquals(List.of(), fields(TrainingRules.check(good, session, 1)));
        assertEquals(n("3.00"), TrainingRules.attendedHours(good, session));
        AttendanceDraft absent = new AttendanceDraft(7L, false, null, null, null, null, null, null);
        assertEquals(n("0.00"), TrainingRules.attendedHours(absent, session));
        List<FieldError> bad = TrainingRules.check(new AttendanceDraft(null, null, n("4"), n("101"), null, null,
                d(2026, 3, 6), null), session, 3);
        assertEquals(List.of("staffId", "mark", "hours", "score", "certificateNo"), fields(bad));
        assertTrue(bad.stream().allMatch(e -> e.row() == 3), "every error names its row");
        assertEquals(List.of("hours", "certificateNo"), fields(TrainingRules.check(new AttendanceDraft(7L, false,
                n("1"), null, null, "PX-1", d(2026, 3, 6), null), session, 1)));
        assertEquals(List.of("certificateIssued"), fields(TrainingRules.check(new AttendanceDraft(7L, true, null,
                null, null, "PX-1", null, null), session, 1)));
        assertEquals(List.of("certificateValidUntil"), fields(TrainingRules.check(new AttendanceDraft(7L, true,
                null, null, null, "PX-1", d(2026, 3, 6), d(2026, 3, 6)), session, 1)));
    }

    @Test
    void anExcusedAbsenceEarnsNothingAndMustAgreeWithPresent() {
        BigDecimal session = n("3.00");
        AttendanceDraft excused = AttendanceDraft.of(7L, AttendanceMark.EXCUSED, null, null, null, null, null, null);
        assertEquals(List.of(), fields(TrainingRules.check(excused, session, 0)));
        assertEquals(AttendanceMark.EXCUSED, TrainingRules.mark(excused));
        assertEquals(n("0.00"), TrainingRules.attendedHours(excused, session), "leave earns no hours");
        // hours or a certificate for someone on leave are refused, as for the absent
        assertEquals(List.of("hours", "certificateNo"), fields(TrainingRules.check(AttendanceDraft.of(7L,
                AttendanceMark.EXCUSED, n("1"), null, null, "PX-1", d(2026, 3, 6), null), session, 1)));
        // present alone still works; present and mark must agree
        assertEquals(AttendanceMark.ABSENT, TrainingRules.mark(new AttendanceDraft(7L, false, null, null, null, null,
                null, null)));
        assertEquals(AttendanceMark.PRESENT, TrainingRules.mark(new AttendanceDraft(7L, true, null, null, null, null,
                null, null, AttendanceMark.PRESENT)));
        assertEquals(AttendanceMark.EXCUSED, TrainingRules.mark(new AttendanceDraft(7L, false, null, null, null, null,
                null, null, AttendanceMark.EXCUSED)));
        assertEquals(List.of("mark"), fields(TrainingRules.check(new AttendanceDraft(7L, true, null, null, null,
                null, null, null, AttendanceMark.EXCUSED), session, 1)));
        assertEquals(List.of("mark"), fields(TrainingRules.check(new AttendanceDraft(7L, false, null, null, null,
                null, null, null, AttendanceMark.PRESENT), session, 1)));
    }

    @Test
    void excusedSessionsAreNeitherAttendedNorAbsences() {
        LocalDate end = d(2026, 6, 30);
        List<TrainingRules.Taken> year = List.of(
                // four sessions present (7 hours each), one absent, two excused, in 2026 up to 1 July
                taken(d(2026, 3, 2), end, 5, true, null, "7"), taken(d(2026, 3, 3), end, 5, true, null, "7"),
                taken(d(2026, 4, 7), end, 5, true, null, "7"), taken(d(2026, 5, 11), end, 5, true, null, "7"),
                taken(d(2026, 5, 12), end, 5, false, null, "0"),
                excused(d(2026, 6, 1), end), excused(d(2026, 6, 2), end),
                // after the day asked about, and another year: left out
                taken(d(2026, 7, 6), end, 5, false, null, "0"), excused(d(2025, 12, 1), end));
        TrainingRules.Marks marks = TrainingRules.marksIn(2026, year, MID_2026);
        assertEquals(new TrainingRules.Marks(4, 1, 2), marks);
        // one absence in five sessions attended or missed: 1/5 = 0.2000, not 1/7
        assertEquals(n("0.2000"), marks.absenceRate());
        assertEquals(4, TrainingRules.daysIn(2026, year, MID_2026), "excused days are not attended");
        assertEquals(n("28.00"), TrainingRules.hoursIn(2026, year, MID_2026));
        // only leave in a year: no rate (nothing attended or missed)
        assertNull(TrainingRules.marksIn(2025, year, MID_2026).absenceRate());
        assertEquals(new TrainingRules.Marks(0, 0, 1), TrainingRules.marksIn(2025, year, MID_2026));
        // leave at a long enough course is no tier training
        assertNull(TrainingRules.lastTrained(StaffTier.WINDOW_STAFF, List.of(excused(d(2026, 6, 1), end)), POLICY,
                d(2026, 7, 1)));
    }

    static TrainingRules.Taken excused(LocalDate day, LocalDate end) {
        return new TrainingRules.Taken(day, end, List.of(StaffTier.WINDOW_STAFF), 5, false, null, n("0"),
                AttendanceMark.EXCUSED);
    }

    @Test
    void aCertificateIsValidForTheConfiguredMonths() {
        assertEquals(d(2028, 6, 30), TrainingRules.validUntil(d(2025, 7, 1), null, 36));
        assertEquals(d(2027, 1, 1), TrainingRules.validUntil(d(2025, 7, 1), d(2027, 1, 1), 36));
        assertNull(TrainingRules.validUntil(null, null, 36));
    }

    @Test
    void noErrorsThrowsNothingAndErrorsThrowAll() {
        TrainingRules.throwIfAny(List.of());
        ValidationException e = assertThrows(ValidationException.class,
                () -> TrainingRules.throwIfAny(TrainingRules.check(course("", true, null, null, null, null))));
        assertEquals(3, e.details().size());
    }

    // ---- standing, worked by hand

    @Test
    void tierTrainingIsDoneDueOrOverdue() {
        // three-year window; on 1 July 2026
        assertEquals(RuleState.OVERDUE, TrainingRules.tierState(null, 3, MID_2026), "never trained");
        assertEquals(RuleState.OVERDUE, TrainingRules.tierState(d(2023, 6, 30), 3, MID_2026),
                "ran out on 30 June 2026");
        assertEquals(RuleState.DUE, TrainingRules.tierState(d(2023, 7, 1), 3, MID_2026), "runs out today");
        assertEquals(RuleState.DUE, TrainingRules.tierState(d(2023, 12, 31), 3, MID_2026),
                "runs out on the year's last day");
        assertEquals(RuleState.DONE, TrainingRules.tierState(d(2024, 1, 5), 3, MID_2026));
        assertEquals(d(2027, 1, 5), TrainingRules.trainedUntil(d(2024, 1, 5), 3));
        assertTrue(TrainingRules.trainedWithin(d(2023, 7, 1), 3, MID_2026));
        assertFalse(TrainingRules.trainedWithin(d(2023, 6, 30), 3, MID_2026));
        assertFalse(TrainingRules.trainedWithin(null, 3, MID_2026));
        assertFalse(TrainingRules.trainedWithin(d(2026, 7, 2), 3, MID_2026), "a course not yet ended");
    }

    @Test
    void theYearlyMinimumIsDaysOrHours() {
        assertEquals(RuleState.DONE, TrainingRules.yearlyState(12, n("0"), POLICY, 2026, MID_2026));
        assertEquals(RuleState.DONE, TrainingRules.yearlyState(2, n("90"), POLICY, 2026, MID_2026));
        assertEquals(RuleState.DUE, TrainingRules.yearlyState(11, n("89.5"), POLICY, 2026, MID_2026));
        assertEquals(RuleState.OVERDUE, TrainingRules.yearlyState(11, n("89.5"), POLICY, 2025, d(2025, 12, 31)));
    }

    @Test
    void theProjectionKeepsTheYearsPace() {
        // 1 July 2026 is day 182 of 365 (31+28+31+30+31+30 = 181 days before it)
        // 30 hours so far: 30 x 365 / 182 = 60.1648 -> 60.16 by the year's end, 90 - 60.16 = 29.84 short
        BigDecimal hours = TrainingRules.projected(n("30"), 2026, MID_2026);
        assertEquals(n("60.16"), hours);
        assertEquals(n("29.84"), TrainingRules.shortfall(n("90"), hours));
        // 4 days so far: 4 x 365 / 182 = 8.0220 -> 8.02, 12 - 8.02 = 3.98 short
        BigDecimal days = TrainingRules.projected(n("4"), 2026, MID_2026);
        assertEquals(n("8.02"), days);
        assertEquals(n("3.98"), TrainingRules.shortfall(n("12"), days));
        // 50 hours by 1 July: 100.27 projected, nothing short
        assertEquals(n("100.27"), TrainingRules.projected(n("50"), 2026, MID_2026));
        assertEquals(n("0.00"), TrainingRules.shortfall(n("90"), n("100.27")));
        // a leap year's last day: the hours themselves
        assertEquals(n("45.00"), TrainingRules.projected(n("45"), 2028, d(2028, 12, 31)));
        assertEquals(n("45.00"), TrainingRules.projected(n("45"), 2025, d(2026, 3, 1)), "a past year");
        assertEquals(n("0.00"), TrainingRules.projected(n("45"), 2027, MID_2026), "a year not begun");
        // 1 January: the day's hours times 365
        assertEquals(n("1095.00"), TrainingRules.projected(n("3"), 2026, d(2026, 1, 1)));
    }

    @Test
    void certificatesFallIntoBands() {
        assertEquals(30, TrainingRules.band(d(2026, 7, 31), MID_2026), "30 days left");
        assertEquals(30, TrainingRules.band(MID_2026, MID_2026), "last valid day");
        assertEquals(60, TrainingRules.band(d(2026, 8, 1), MID_2026), "31 days left");
        assertEquals(60, TrainingRules.band(d(2026, 8, 30), MID_2026), "60 days left");
        assertEquals(90, TrainingRules.band(d(2026, 8, 31), MID_2026), "61 days left");
        assertEquals(90, TrainingRules.band(d(2026, 9, 29), MID_2026), "90 days left");
        assertEquals(-1, TrainingRules.band(d(2026, 9, 30), MID_2026), "91 days left");
        assertEquals(0, TrainingRules.band(d(2026, 6, 30), MID_2026), "expired yesterday");
        CertificateAlert a = TrainingRules.alert(9, 7, "张三", "服务礼仪", "PX-1", d(2026, 6, 30), MID_2026);
        assertEquals(-1, a.daysLeft());
        assertEquals(0, a.band());
        assertNull(TrainingRules.alert(9, 7, "张三", "服务礼仪", "PX-1", d(2026, 12, 30), MID_2026));
        assertNull(TrainingRules.alert(9, 7, "张三", "服务礼仪", null, null, MID_2026));
    }

    @Test
    void coverageAndHoursPerHead() {
        // 7 of 9 window staff trained within the window: 77.78 %
        assertEquals(n("0.7778"), TrainingRules.share(7, 9));
        assertEquals(n("1.0000"), TrainingRules.share(3, 3));
        assertNull(TrainingRules.share(0, 0));
        // 100 hours over 3 heads
        assertEquals(n("33.33"), TrainingRules.perHead(n("100"), 3));
        assertEquals(n("0.00"), TrainingRules.perHead(n("100"), 0));
    }

    static TrainingRules.Taken taken(LocalDate day, LocalDate end, int workingDays, boolean present, Boolean passed,
            String hours, StaffTier... tiers) {
        return new TrainingRules.Taken(day, end, List.of(tiers), workingDays, present, passed, n(hours));
    }

    @Test
    void aPersonsLastTrainingIsTheLastLongEnoughCourseForTheirTier() {
        List<TrainingRules.Taken> history = List.of(
                // 2023: a five-day course for window staff, attended
                taken(d(2023, 9, 4), d(2023, 9, 8), 5, true, null, "7", StaffTier.WINDOW_STAFF),
                // 2024: over National Day, two working days only: not tier training
                taken(d(2024, 9, 30), d(2024, 10, 4), 2, true, true, "6", StaffTier.WINDOW_STAFF),
                // 2025: long enough but failed
                taken(d(2025, 5, 12), d(2025, 5, 16), 5, true, false, "7", StaffTier.WINDOW_STAFF),
                // 2025: long enough, for unit heads only
                taken(d(2025, 6, 9), d(2025, 6, 13), 5, true, true, "7", StaffTier.UNIT_HEAD),
                // 2026: absent
                taken(d(2026, 3, 2), d(2026, 3, 6), 5, false, null, "0", StaffTier.WINDOW_STAFF),
                // 2026: present, ends after the day asked about
                taken(d(2026, 6, 29), d(2026, 7, 3), 5, true, null, "7", StaffTier.WINDOW_STAFF));
        assertEquals(d(2023, 9, 8), TrainingRules.lastTrained(StaffTier.WINDOW_STAFF, history, POLICY, MID_2026));
        assertEquals(RuleState.DUE, TrainingRules.tierState(d(2023, 9, 8), 3, MID_2026), "runs out 8 Sep 2026");
        assertEquals(d(2026, 7, 3),
                TrainingRules.lastTrained(StaffTier.WINDOW_STAFF, history, POLICY, d(2026, 7, 3)));
        assertEquals(d(2025, 6, 13), TrainingRules.lastTrained(StaffTier.UNIT_HEAD, history, POLICY, MID_2026));
        assertNull(TrainingRules.lastTrained(StaffTier.OTHER, history, POLICY, MID_2026));
        // 2026 up to 1 July: one day present (29 June), 7 hours; the absent day gives neither
        assertEquals(1, TrainingRules.daysIn(2026, history, MID_2026));
        assertEquals(n("7.00"), TrainingRules.hoursIn(2026, history, MID_2026));
        assertEquals(2, TrainingRules.daysIn(2025, history, MID_2026));
        assertEquals(n("14.00"), TrainingRules.hoursIn(2025, history, MID_2026));
    }
}
