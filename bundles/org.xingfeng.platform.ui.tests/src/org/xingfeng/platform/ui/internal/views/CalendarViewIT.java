package org.xingfeng.platform.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.audit.AuditEntry;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.audit.AuditQuery;
import org.xingfeng.platform.api.calendar.CalendarAdmin;
import org.xingfeng.platform.api.calendar.DayKind;
import org.xingfeng.platform.api.calendar.SpecialDay;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.testing.ViewTestSupport;

/** 工作日历 on the real calendar service: a year's special days, edits through the dialog, working-day counts. */
class CalendarViewIT extends ViewTestSupport {

    static CalendarAdmin calendarAdmin;
    static WorkingDayCalendar calendar;
    static AuditLog audit;

    @BeforeAll
    static void services() throws Exception {
        calendarAdmin = service(CalendarAdmin.class);
        calendar = service(WorkingDayCalendar.class);
        audit = service(AuditLog.class);
    }

    private CalendarView openView() throws Exception {
        Composite parent = open();
        return (CalendarView) contribution("platform.calendar").create(parent, site);
    }

    @Test
    void showsTheYearsHolidaysAndAdjustedWorkingDays() throws Exception {
        CalendarView view = openView();
        view.showYear(2026);
        assertEquals(calendarAdmin.specialDays(2026), view.days().visibleRows());
        int working = calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31));
        assertTrue(view.summary().startsWith("2026 年：工作日 " + working + " 天"), view.summary());
        List<String> nationalDay = shown(view.days()).stream().filter(r -> r.get(0).equals("2026-10-01")).findFirst()
                .orElseThrow();
        assertEquals(List.of("2026-10-01", "星期四", "休息（节假日）", "国庆节"), nationalDay);
        List<String> adjusted = shown(view.days()).stream().filter(r -> r.get(0).equals("2026-09-20")).findFirst()
                .orElseThrow();
        assertEquals(List.of("2026-09-20", "星期日", "上班（调休）", "国庆节调休上班"), adjusted);
        screenshot("calendar");

        view.days().setFilter("国庆");
        assertTrue(view.days().visibleRows().stream().allMatch(d -> d.name().contains("国庆")));
        view.days().sort(0, false);
        List<LocalDate> dates = view.days().visibleRows().stream().map(SpecialDay::date).toList();
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates, "newest first");
        assertExportMatches(view.days());
        assertNoErrors(site);
    }

    @Test
    void countsWorkingDaysBetweenTwoDatesAndRefusesABadDate() throws Exception {
        CalendarView view = openView();
        view.setRange("2026-09-30", "2026-10-12");
        view.countWorkingDays();
        int expected = calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 12));
        assertEquals(4, expected, "8, 9, 10 (adjusted Saturday) and 12 October");
        assertEquals("工作日 " + expected + " 天", view.countResult());
        view.setRange("2026-09-30", "2026-13-01");
        view.countWorkingDays();
        assertTrue(view.countResult().startsWith("日期格式应为 yyyy-MM-dd"), view.countResult());
    }

    @Test
    void aSpecialDayAddedChangedAndRemovedThroughTheViewReachesTheCalendarAndTheAuditLog() throws Exception {
        CalendarView view = openView();
        view.showYear(2031);
        LocalDate day = LocalDate.of(2031, 3, 3);
        assertTrue(calendar.isWorkingDay(day));
        withDialog(FormDialog.class, d -> {
            d.setText("date", "2031-03-03");
            d.select("kind", DayKind.HOLIDAY);
            d.setText("name", "测试放假");
            d.submit();
        }, () -> view.dayDialog(null, null));
        assertEquals(List.of(new SpecialDay(day, DayKind.HOLIDAY, "测试放假")), calendarAdmin.specialDays(2031));
        assertFalse(calendar.isWorkingDay(day));
        assertEquals(calendarAdmin.specialDays(2031), view.days().rows(), "the list shows it");

        SpecialDay shown = view.days().rows().get(0);
        withDialog(FormDialog.class, d -> {
            d.setText("name", "测试放假（改）");
            d.submit();
        }, () -> view.dayDialog(shown, null));
        assertEquals("测试放假（改）", calendarAdmin.specialDays(2031).get(0).name());

        withDialog(MessageDialog.class, m -> press(m, "确定"), () -> view.removeDay(view.days().rows().get(0)));
        assertTrue(calendarAdmin.specialDays(2031).isEmpty());
        assertTrue(calendar.isWorkingDay(day));
        assertTrue(view.days().rows().isEmpty());

        List<String> actions = audit.query(admin, new AuditQuery("calendar.day", "2031-03-03", "admin", null, null),
                PageRequest.ALL).items().stream().map(AuditEntry::action).toList();
        assertEquals(List.of("delete", "update", "create"), actions);
        assertNoErrors(site);
    }

    @Test
    void aBadDateIsShownBesideTheFieldAndNothingIsStored() throws Exception {
        CalendarView view = openView();
        view.showYear(2032);
        String[] error = new String[1];
        withDialog(FormDialog.class, d -> {
            d.setText("date", "2032-02-30");
            d.setText("name", "不存在的日子");
            d.submit();
            error[0] = d.error("date");
            d.close();
        }, () -> view.dayDialog(null, null));
        assertTrue(error[0].startsWith("日期格式应为 yyyy-MM-dd"), error[0]);
        assertTrue(calendarAdmin.specialDays(2032).isEmpty());
        assertNoErrors(site);
    }
}
