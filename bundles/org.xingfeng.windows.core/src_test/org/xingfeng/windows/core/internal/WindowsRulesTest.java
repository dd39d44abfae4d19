package org.xingfeng.windows.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.windows.api.appointments.AppointmentDraft;
import org.xingfeng.windows.api.appointments.Slot;
import org.xingfeng.windows.api.figures.Coverage;
import org.xingfeng.windows.api.figures.Dimension;
import org.xingfeng.windows.api.figures.ServiceLevel;
import org.xingfeng.windows.api.halls.HallDraft;
import org.xingfeng.windows.api.halls.OpeningPeriod;
import org.xingfeng.windows.api.halls.WindowDraft;
import org.xingfeng.windows.api.halls.WindowState;
import org.xingfeng.windows.api.halls.WindowType;
import org.xingfeng.windows.api.queue.TicketState;
import org.xingfeng.windows.core.internal.CallRules.Candidate;
import org.xingfeng.windows.core.internal.CallRules.Mix;
import org.xingfeng.windows.core.internal.FiguresRules.Booking;
import org.xingfeng.windows.core.internal.FiguresRules.Fact;
import org.xingfeng.windows.core.internal.FiguresRules.WindowFact;
import org.xingfeng.windows.core.internal.TicketRules.NoShow;
import org.xingfeng.windows.core.internal.TicketRules.Step;

/** The module's pure rules against hand-worked cases. */
class WindowsRulesTest {

    static final Instant NINE = Instant.parse("2026-12-02T01:00:00Z"); // 09:00 in Asia/Shanghai
    static final long WINDOW = 7;
    static final Set<String> CODES = Set.of("M1", "M2");

    static Candidate normal(long id, int minute, String code) {
        return new Candidate(id, code, false, NINE.plusSeconds(minute * 60L), null, null);
    }

    static Candidate priority(long id, int minute) {
        return new Candidate(id, "M1", true, NINE.plusSeconds(minute * 60L), null, null);
    }

    static Candidate appointment(long id, int taken, int due) {
        return new Candidate(id, "M1", false, NINE.plusSeconds(taken * 60L), NINE.plusSeconds(due * 60L), null);
    }

    static List<Long> ids(List<Candidate> order) {
        return order.stream().map(Candidate::id).toList();
    }

    @Test
    void appointmentsDueComeFirstThenPriorityThenFirstComeFirstServed() {
        Instant now = NINE.plusSeconds(30 * 60);
        List<Candidate> waiting = List.of(normal(1, 0, "M1"), normal(2, 1, "M2"), priority(3, 5),
                appointment(4, 2, 30), appointment(5, 3, 60), priority(6, 4), appointment(7, 1, 20));
        // due: 7 (slot 09:20), 4 (09:30); priority by place: 6 (09:04), 3 (09:05); normal by place: 1, 2, then 5
        // (its slot at 10:00 has not begun, so it waits by its place, 09:03)
        assertEquals(List.of(7L, 4L, 6L, 3L, 1L, 2L, 5L),
                ids(CallRules.order(waiting, WINDOW, CODES, 0, Mix.DEFAULT, now)));
    }

    @Test
    void aWindowGetsOnlyTheMattersItHandlesAndTicketsTransferredToIt() {
        Instant now = NINE.plusSeconds(600);
        List<Candidate> waiting = List.of(normal(1, 0, "M9"), normal(2, 1, "M2"),
                new Candidate(3, "M9", false, NINE.minusSeconds(60), null, WINDOW), // transferred here: any matter
                new Candidate(4, "M1", false, NINE.minusSeconds(120), null, 99L)); // transferred to another window
        assertEquals(List.of(3L, 2L), ids(CallRules.order(waiting, WINDOW, CODES, 0, Mix.DEFAULT, now)));
        assertEquals(List.of(), ids(CallRules.order(List.of(normal(1, 0, "M9")), WINDOW, CODES, 0, Mix.DEFAULT, now)));
    }

    @Test
    void afterTwoPriorityCallsInARowANormalTicketWaitingLongerThanTheLimitGoesFirst() {
        List<Candidate> waiting = List.of(normal(1, 0, "M1"), priority(2, 5), priority(3, 6));
        Instant early = NINE.plusSeconds(9 * 60); // the normal ticket waited 9 minutes: within the 10-minute limit
        assertEquals(List.of(2L, 3L, 1L), ids(CallRules.order(waiting, WINDOW, CODES, 2, Mix.DEFAULT, early)));
        Instant late = NINE.plusSeconds(11 * 60); // 11 minutes: the mix applies after two priority calls
        assertEquals(List.of(1L, 2L, 3L), ids(CallRules.order(waiting, WINDOW, CODES, 2, Mix.DEFAULT, late)));
        assertEquals(List.of(2L, 3L, 1L), ids(CallRules.order(waiting, WINDOW, CODES, 1, Mix.DEFAULT, late)));
        // the mix off: priority always first
        assertEquals(List.of(2L, 3L, 1L),
                ids(CallRules.order(waiting, WINDOW, CODES, 5, new Mix(0, Duration.ZERO), late)));
        // a whole morning at one window, priority tickets arriving all the time: P P N P P N ...
        List<Candidate> queue = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            queue.add(normal(100 + i, i, "M1"));
            queue.add(priority(200 + i, 20 + i));
        }
        int streak = 0;
        StringBuilder calls = new StringBuilder();
        Instant now = NINE.plusSeconds(60 * 60);
        for (int i = 0; i < 9; i++) {
            Candidate next = CallRules.order(queue, WINDOW, CODES, streak, Mix.DEFAULT, now).get(0);
            calls.append(next.priority() ? 'P' : 'N');
            streak = CallRules.streakAfter(streak, next, now);
            queue.remove(next);
        }
        assertEquals("PPNPPNPPN", calls.toString());
    }

    @Test
    void stepsAllowedFromEachState() {
        TicketRules.check(TicketState.WAITING, Step.CALL);
        TicketRules.check(TicketState.CALLED, Step.START);
        TicketRules.check(TicketState.SERVING, Step.FINISH);
        TicketRules.check(TicketState.PARKED, Step.CALL_BACK);
        TicketRules.check(TicketState.PARKED, Step.TRANSFER);
        ConflictException e = assertThrows(ConflictException.class,
                () -> TicketRules.check(TicketState.FINISHED, Step.CALL));
        assertEquals("ticket_state", e.code());
        assertTrue(e.message(Languages.CHINESE).contains("办结"), e.message(Languages.CHINESE));
        assertTrue(e.message(Locale("en")).contains("FINISHED"), e.message(Locale("en")));
        for (TicketState final1 : List.of(TicketState.FINISHED, TicketState.NO_SHOW)) {
            for (Step s : Step.values()) {
                assertFalse(s.allowedFrom(final1), final1 + " " + s);
            }
        }
        assertThrows(ConflictException.class, () -> TicketRules.check(TicketState.WAITING, Step.FINISH));
        assertThrows(ConflictException.class, () -> TicketRules.check(TicketState.CALLED, Step.FINISH));
    }

    private static java.util.Locale Locale(String tag) {
        return java.util.Locale.forLanguageTag(tag);
    }

    @Test
    void noShowAfterThreeCallsOrFiveMinutes() {
        NoShow rule = NoShow.DEFAULT;
        assertFalse(TicketRules.noShowDue(1, NINE, NINE.plusSeconds(299), rule));
        assertTrue(TicketRules.noShowDue(1, NINE, NINE.plusSeconds(300), rule));
        assertTrue(TicketRules.noShowDue(3, NINE, NINE.plusSeconds(10), rule));
        assertFalse(TicketRules.recallEndsInNoShow(2, rule));
        assertTrue(TicketRules.recallEndsInNoShow(3, rule));
        assertEquals("A001", TicketRules.number("A", 1));
        assertEquals("B120", TicketRules.number("B", 120));
        assertEquals("A1234", TicketRules.number("A", 1234));
    }

    @Test
    void staffAreHeldToTheWindowTheRosterGivesThemAndRosteredWindowsToTheirStaff() {
        List<Long[]> roster = List.<Long[]>of(new Long[] { 1L, 10L }, new Long[] { 2L, 20L });
        assertEquals(null, TicketRules.refusesAtWindow(roster, 10L, 1), "at the window the roster gives");
        assertEquals("window.not.rostered", TicketRules.refusesAtWindow(roster, 10L, 2), "another's window");
        assertEquals("window.rostered.elsewhere", TicketRules.refusesAtWindow(roster, 10L, 3),
                "a window nobody is rostered at, while rostered elsewhere");
        assertEquals(null, TicketRules.refusesAtWindow(roster, 30L, 3), "not on the roster, at a free window");
        assertEquals("window.not.rostered", TicketRules.refusesAtWindow(roster, 30L, 1));
        assertEquals("window.not.rostered", TicketRules.refusesAtWindow(roster, null, 1), "an account without staff");
        assertEquals(null, TicketRules.refusesAtWindow(roster, null, 3));
        assertEquals(null, TicketRules.refusesAtWindow(List.of(), 10L, 2), "a hall without a roster");
        // two staff at one window (shifts): either works there
        List<Long[]> shared = List.<Long[]>of(new Long[] { 1L, 10L }, new Long[] { 1L, 11L });
        assertEquals(null, TicketRules.refusesAtWindow(shared, 11L, 1));
    }

    static final List<OpeningPeriod> HOURS = List.of(new OpeningPeriod(LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new OpeningPeriod(LocalTime.of(13, 30), LocalTime.of(17, 0)));

    @Test
    void slotsFollowOpeningHoursWindowsAndWorkingDays() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        LocalDateTime before = day.minusDays(1).atTime(18, 0);
        List<Slot> slots = AppointmentRules.slots(1, "M1", day, true, HOURS, 30, 3,
                AppointmentRules.Settings.DEFAULT, Map.of(LocalTime.of(9, 30), 2, LocalTime.of(10, 0), 3), before);
        assertEquals(6 + 7, slots.size()); // 09:00-12:00 and 13:30-17:00 in half hours
        assertEquals(LocalTime.of(9, 0), slots.get(0).start());
        assertEquals(LocalTime.of(16, 30), slots.get(slots.size() - 1).start());
        assertEquals(3, slots.get(0).capacity());
        assertEquals(1, slots.get(1).available());
        assertEquals(0, slots.get(2).available());
        assertEquals(List.of(), AppointmentRules.slots(1, "M1", day, false, HOURS, 30, 3,
                AppointmentRules.Settings.DEFAULT, Map.of(), before)); // not a working day
        assertEquals(List.of(), AppointmentRules.slots(1, "M1", day, true, HOURS, 30, 0,
                AppointmentRules.Settings.DEFAULT, Map.of(), before)); // no window handles the matter
        // 45-minute slots leave the last, shorter piece of a period out (16:30-17:00)
        assertEquals(List.of(LocalTime.of(9, 0), LocalTime.of(9, 45), LocalTime.of(10, 30), LocalTime.of(11, 15),
                LocalTime.of(13, 30),
                LocalTime.of(14, 15), LocalTime.of(15, 0), LocalTime.of(15, 45)),
                AppointmentRules.times(HOURS, 45).stream().map(t -> t[0]).toList());
        // slots already begun are not bookable
        List<Slot> during = AppointmentRules.slots(1, "M1", day, true, HOURS, 30, 3, AppointmentRules.Settings.DEFAULT,
                Map.of(), day.atTime(10, 0));
        assertEquals(0, during.get(2).available());
        assertEquals(3, during.get(3).available());
    }

    @Test
    void bookingsAreCheckedAgainstTheCalendar() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        // weekends and a holiday off; 2026-01-04, a Sunday, is an adjusted working day (调休)
        java.util.function.Predicate<LocalDate> calendar = d -> d.equals(LocalDate.of(2026, 1, 4))
                || !(d.getDayOfWeek().getValue() >= 6 || d.equals(LocalDate.of(2026, 12, 8)));
        AppointmentDraft ok = new AppointmentDraft(1L, "M1", LocalDate.of(2026, 12, 7), LocalTime.of(9, 0), "张三",
                "13800001234");
        assertEquals(List.of(), AppointmentRules.check(ok, today, AppointmentRules.Settings.DEFAULT, calendar));
        assertEquals("date", AppointmentRules.check(new AppointmentDraft(1L, "M1", LocalDate.of(2026, 12, 5),
                LocalTime.of(9, 0), "张三", "13800001234"), today, AppointmentRules.Settings.DEFAULT, calendar).get(0)
                .field());
        assertEquals("date", AppointmentRules.check(new AppointmentDraft(1L, "M1", LocalDate.of(2026, 12, 8),
                LocalTime.of(9, 0), "张三", "13800001234"), today, AppointmentRules.Settings.DEFAULT, calendar).get(0)
                .field());
        assertEquals("date", AppointmentRules.check(new AppointmentDraft(1L, "M1", today.plusDays(15),
                LocalTime.of(9, 0), "张三", "13800001234"), today, AppointmentRules.Settings.DEFAULT, calendar).get(0)
                .field());
        assertEquals(List.of(), AppointmentRules.check(new AppointmentDraft(1L, "M1", LocalDate.of(2026, 1, 4),
                LocalTime.of(9, 0), "张三", "13800001234"), LocalDate.of(2026, 1, 2), AppointmentRules.Settings.DEFAULT,
                calendar));
        assertEquals(Set.of("hallId", "matterCode", "date", "start", "citizenName", "citizenPhone"),
                fields(AppointmentRules.check(new AppointmentDraft(null, " ", null, null, "", "12"), today,
                        AppointmentRules.Settings.DEFAULT, calendar)));
        LocalDate d = LocalDate.of(2026, 12, 7);
        assertFalse(AppointmentRules.checkInOpen(d, LocalTime.of(10, 0), d.atTime(8, 59),
                AppointmentRules.Settings.DEFAULT));
        assertTrue(AppointmentRules.checkInOpen(d, LocalTime.of(10, 0), d.atTime(9, 0),
                AppointmentRules.Settings.DEFAULT));
        assertTrue(AppointmentRules.checkInOpen(d, LocalTime.of(10, 0), d.atTime(10, 29),
                AppointmentRules.Settings.DEFAULT));
        assertFalse(AppointmentRules.checkInOpen(d, LocalTime.of(10, 0), d.atTime(10, 30),
                AppointmentRules.Settings.DEFAULT));
        assertEquals(d.atTime(10, 30),
                AppointmentRules.expiresAt(d, LocalTime.of(10, 0), AppointmentRules.Settings.DEFAULT));
    }

    static Set<String> fields(List<org.xingfeng.platform.api.FieldError> errors) {
        Set<String> set = new TreeSet<>();
        errors.forEach(e -> set.add(e.field()));
        return set;
    }

    @Test
    void serviceLevelsByMatterAndHour() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate day = LocalDate.of(2026, 12, 2);
        List<Fact> facts = List.of(
                new Fact(day, NINE, NINE.plusSeconds(600), NINE.plusSeconds(660), NINE.plusSeconds(1260), false, "1",
                        5L, "王五", "M1", "参保登记"),
                new Fact(day, NINE, NINE.plusSeconds(1200), NINE.plusSeconds(1200), NINE.plusSeconds(1500), false, "2",
                        6L, "赵六", "M1", "参保登记"),
                new Fact(day, NINE.plusSeconds(3600), NINE.plusSeconds(3700), null, NINE.plusSeconds(4000), true, "1",
                        5L, "王五", "M2", "报销"),
                new Fact(day, NINE.plusSeconds(3600), null, null, null, false, null, null, null, "M2", "报销"));
        List<ServiceLevel> byMatter = FiguresRules.breakdown(facts, Dimension.MATTER, zone, Duration.ofMinutes(15));
        ServiceLevel m1 = byMatter.get(0);
        assertEquals("M1", m1.key());
        assertEquals(2, m1.taken());
        assertEquals(2, m1.served());
        assertEquals(900, m1.averageWaitSeconds()); // 600 and 1200
        assertEquals(1200, m1.maxWaitSeconds());
        assertEquals(0.5, m1.withinTarget()); // 10 minutes within 15, 20 not
        assertEquals(450, m1.averageServiceSeconds()); // 600 and 300
        ServiceLevel m2 = byMatter.get(1);
        assertEquals(2, m2.taken());
        assertEquals(1, m2.noShows());
        assertEquals(1.0, m2.noShowShare());
        List<ServiceLevel> byHour = FiguresRules.breakdown(facts, Dimension.HOUR, zone, Duration.ofMinutes(15));
        assertEquals(List.of("09", "10"), byHour.stream().map(ServiceLevel::key).toList());
        assertEquals(List.of("1", "2"), FiguresRules.breakdown(facts, Dimension.WINDOW, zone, Duration.ofMinutes(15))
                .stream().map(ServiceLevel::key).toList());
        assertEquals("王五", FiguresRules.breakdown(facts, Dimension.STAFF, zone, Duration.ofMinutes(15)).get(0).label());
    }

    @Test
    void appointmentNoShowsAreCountedBesideTheTickets() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate day = LocalDate.of(2026, 12, 2);
        List<Fact> facts = List.of(new Fact(day, NINE, NINE.plusSeconds(60), NINE.plusSeconds(60),
                NINE.plusSeconds(600), false, "1", 5L, "王五", "M1", "参保登记"));
        List<Booking> bookings = List.of(new Booking(day, NINE, "M1", "参保登记", true, false),
                new Booking(day, NINE, "M1", "参保登记", false, true),
                new Booking(day, NINE.plusSeconds(3600), "M2", "报销", false, true),
                new Booking(day, NINE.plusSeconds(3600), "M2", "报销", false, false)); // may still come
        List<ServiceLevel> byMatter = FiguresRules.breakdown(facts, bookings, Dimension.MATTER, zone,
                Duration.ofMinutes(15));
        assertEquals(List.of("M1", "M2"), byMatter.stream().map(ServiceLevel::key).toList());
        ServiceLevel m1 = byMatter.get(0);
        assertEquals(1, m1.taken());
        assertEquals(0, m1.noShows());
        assertEquals(2, m1.appointments());
        assertEquals(1, m1.appointmentNoShows());
        assertEquals(0.5, m1.appointmentNoShowShare());
        ServiceLevel m2 = byMatter.get(1);
        assertEquals("报销", m2.label());
        assertEquals(0, m2.taken());
        assertEquals(2, m2.appointments());
        assertEquals(1, m2.appointmentNoShows());
        assertEquals(1.0, m2.appointmentNoShowShare(), "the one that may still come is not counted yet");
        assertEquals(List.of("09", "10"), FiguresRules.breakdown(facts, bookings, Dimension.HOUR, zone,
                Duration.ofMinutes(15)).stream().map(ServiceLevel::key).toList());
        List<ServiceLevel> byWindow = FiguresRules.breakdown(facts, bookings, Dimension.WINDOW, zone,
                Duration.ofMinutes(15));
        assertEquals(1, byWindow.size());
        assertEquals(0, byWindow.get(0).appointments(), "a booking has no window");
        ServiceLevel total = FiguresRules.level("total", "合计", facts, bookings, Duration.ofMinutes(15));
        assertEquals(4, total.appointments());
        assertEquals(2, total.appointmentNoShows());
        assertEquals(2.0 / 3, total.appointmentNoShowShare(), 1e-9);
        assertEquals(null, FiguresRules.level("x", "x", facts, Duration.ofMinutes(15)).appointmentNoShowShare());
    }

    @Test
    void coverageCountsComprehensiveWindowsAndMattersEveryOpenWindowHandles() {
        Coverage c = FiguresRules.coverage(1L, 2, "大厅", List.of(
                new WindowFact(WindowType.COMPREHENSIVE, WindowState.OPEN, List.of("M1", "M2", "M3")),
                new WindowFact(WindowType.COMPREHENSIVE, WindowState.OPEN, List.of("M1", "M2")),
                new WindowFact(WindowType.SINGLE, WindowState.CLOSED, List.of("M4"))));
        assertEquals(3, c.windows());
        assertEquals(2, c.comprehensiveWindows());
        assertEquals(4, c.matters());
        assertEquals(2, c.mattersOnEveryOpenWindow());
        assertEquals(0.5, c.everyWindowShare());
        Coverage total = FiguresRules.total(2, "县", List.of(c, c));
        assertEquals(6, total.windows());
        assertEquals(8, total.matters());
    }

    @Test
    void draftsNameTheirFields() {
        assertEquals(Set.of("unitId", "code", "name"), fields(HallRules.check(new HallDraft(null, "", null, null, null,
                null, null, null))));
        assertEquals(Set.of("slotMinutes", "series", "openingHours[1]"), fields(HallRules.check(new HallDraft(1L, "H",
                "大厅", null, null, List.of(new OpeningPeriod(LocalTime.of(13, 0), LocalTime.of(17, 0)),
                        new OpeningPeriod(LocalTime.of(9, 0), LocalTime.of(12, 0))),
                2, "ab"))));
        assertEquals(Set.of("number", "type", "matterCodes[1]"),
                fields(WindowRules.check(new WindowDraft(1L, "3 号", null,
                        null, List.of("M1", "bad code")))));
        assertEquals(Set.of("matterCodes"), fields(WindowRules.check(new WindowDraft(1L, "3", null, WindowType.SINGLE,
                List.of("M1", "M2")))));
        assertEquals(List.of("A", "B"), WindowRules.split(WindowRules.join(List.of(" B", "A", "B"))));
        assertEquals(HOURS, HallRules.hours(HallRules.hours(HOURS)));
    }

    @Test
    void theDefaultStandardIsSeed001sList() {
        assertEquals(18, StandardRules.DEFAULT.size());
        assertEquals(List.of(), StandardRules.DEFAULT.stream().flatMap(d -> StandardRules.check(d).stream()).toList());
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties zh = load("/OSGI-INF/l10n/messages.properties");
        Properties en = load("/OSGI-INF/l10n/messages_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WindowsText.class.getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
