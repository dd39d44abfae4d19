package org.xingfeng.training.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.training.api.attendance.Attendance;
import org.xingfeng.training.api.attendance.AttendanceDraft;
import org.xingfeng.training.api.attendance.AttendanceMark;
import org.xingfeng.training.api.attendance.AttendanceService;
import org.xingfeng.training.api.courses.Course;
import org.xingfeng.training.api.courses.CourseDraft;
import org.xingfeng.training.api.courses.CourseKind;
import org.xingfeng.training.api.courses.CourseService;
import org.xingfeng.training.api.courses.SessionDraft;
import org.xingfeng.training.api.courses.TrainingSession;
import org.xingfeng.training.api.standing.StandingService;
import org.xingfeng.training.api.standing.UntrainedStaff;

/** The course list and editor and the coverage dashboard, in SWT on the real training and platform services. */
class TrainingViewsIT extends ViewTestSupport {

    static CourseService courses;
    static StandingService standing;
    static OrgUnit county;
    static Staff trained;
    static Staff untrained;
    static Course course;

    @BeforeAll
    static void data() throws Exception {
        courses = service(CourseService.class);
        standing = service(StandingService.class);
        OrgService org = service(OrgService.class);
        String tag = "TV" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        county = org.createUnit(admin, new OrgUnitDraft(null, tag, tag + "县医保局", OrgLevel.COUNTY));
        trained = org.createStaff(admin, new StaffDraft(tag + "01", "王芳", county.id(), null, StaffTier.WINDOW_STAFF,
                List.of("综合柜员"), true));
        untrained = org.createStaff(admin, new StaffDraft(tag + "02", "李强", county.id(), null,
                StaffTier.WINDOW_STAFF, List.of("综合柜员"), true));
        course = courses.create(admin, new CourseDraft(county.id(), "国庆前政策培训", CourseKind.POLICY,
                List.of(StaffTier.WINDOW_STAFF), "市局", "会议室", false, LocalDate.of(2025, 9, 29),
                LocalDate.of(2025, 10, 3), null, null));
        Course full = courses.create(admin, new CourseDraft(county.id(), "服务礼仪培训", CourseKind.ETIQUETTE,
                List.of(StaffTier.WINDOW_STAFF), "市局", "会议室", false, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 6), null, null));
        TrainingSession s = courses.addSession(admin, full.id(), new SessionDraft(LocalDate.of(2026, 3, 2),
                LocalTime.of(9, 0), LocalTime.of(12, 0), null, null, null));
        service(AttendanceService.class).record(admin, s.id(),
                new AttendanceDraft(trained.id(), true, null, null, null, null, null, null));
        // the next day on leave (请假)
        TrainingSession next = courses.addSession(admin, full.id(), new SessionDraft(LocalDate.of(2026, 3, 3),
                LocalTime.of(9, 0), LocalTime.of(12, 0), null, null, null));
        service(AttendanceService.class).record(admin, next.id(), AttendanceDraft.of(trained.id(),
                AttendanceMark.EXCUSED, null, null, null, null, null, null));
    }

    @Test
    void theCourseListShowsWorkingDaysAndTheShortFlagAndTheEditorAddsACourse() throws Exception {
        CoursesView view = new CoursesView(open(), site, courses, service(AttendanceService.class),
                service(OrgService.class));
        view.selectYear(2025);
        Course shown = view.table().rows().stream().filter(c -> c.id() == course.id()).findFirst().orElseThrow();
        assertEquals(2, shown.workingDays(), "1-3 October are holidays");
        List<List<String>> cells = shown(view.table());
        assertTrue(cells.stream().anyMatch(r -> r.contains("国庆前政策培训") && r.contains("窗口人员") && r.contains("2")),
                cells.toString());
        int before = view.table().rows().size();
        withDialog(FormDialog.class, d -> {
            d.select("unitId", county.id());
            d.setText("title", "岗位练兵");
            d.setText("startDate", "10月13日");
            d.setText("endDate", "2025-10-17");
            d.submit();
            assertTrue(d.error("startDate").startsWith("日期格式"), d.error("startDate"));
            d.setText("startDate", "2025-10-13");
            d.setText("place", "");
            d.submit();
            assertNotNull(d.error("place"), "a course not online needs a place");
            d.setText("place", "二楼");
            d.submit();
        }, () -> view.courseDialog(null));
        assertEquals(before + 1, view.table().rows().size());
        screenshot("training-courses");
        assertExportMatches(view.table());
        assertNoErrors(site);
    }

    @Test
    void theCoverageDashboardChartsTheTiersAndListsWhoIsUntrained() throws Exception {
        CoverageView view = new CoverageView(open(), site, standing);
        settle(200);
        assertNotNull(view.coverage());
        assertFalse(view.chart().bars().isEmpty());
        List<Long> ids = view.untrained().rows().stream().map(UntrainedStaff::staffId).toList();
        assertTrue(ids.contains(untrained.id()), ids.toString());
        assertFalse(ids.contains(trained.id()), ids.toString());
        assertEquals(5, view.tiers().rows().size(), "four tiers and the total");
        assertTrue(view.coverage().total().hours().compareTo(new BigDecimal("3")) >= 0);
        screenshot("training-coverage");
        assertExportMatches(view.untrained());
        assertNoErrors(site);
    }

    @Test
    void sessionsAndAttendanceAreEnteredInTheCourseList() throws Exception {
        AttendanceService attendance = service(AttendanceService.class);
        Staff third = service(OrgService.class).createStaff(admin, new StaffDraft(trained.staffNumber() + "X", "赵敏",
                county.id(), null, StaffTier.OTHER, List.of("综合柜员"), true));
        Course c = courses.create(admin, new CourseDraft(county.id(), "经办流程岗位练兵", CourseKind.DRILL,
                List.of(StaffTier.WINDOW_STAFF), "市局", "会议室", false, LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 4, 10), null, null));
        CoursesView view = new CoursesView(open(), site, courses, attendance, service(OrgService.class));
        withDialog(FormDialog.class, d -> {
            d.setText("day", "2026-04-20");
            d.submit();
            assertNotNull(d.error("day"), "a day outside the course");
            d.setText("day", "2026-04-07");
            d.setText("endsAt", "9点");
            d.submit();
            assertTrue(d.error("endsAt").startsWith("时间格式"), d.error("endsAt"));
            d.setText("endsAt", "11:30");
            d.submit();
        }, () -> view.sessionDialog(c));
        settle(200);
        assertEquals(1, view.sessions().rows().size());
        TrainingSession s = view.sessions().rows().get(0);
        assertEquals(0, new BigDecimal("2.50").compareTo(s.hours()), "09:00 to 11:30");
        withDialog(FormDialog.class, d -> {
            d.setText("staffNumber", "NOPE");
            d.submit();
            assertTrue(d.error("staffNumber").startsWith("工号不存在"), d.error("staffNumber"));
            d.setText("staffNumber", third.staffNumber());
            d.setText("score", "120");
            d.submit();
            assertNotNull(d.error("score"), "a score over 100");
            d.setText("score", "85");
            d.submit();
        }, () -> view.attendanceDialog(s));
        assertEquals(1, attendance.list(admin, new org.xingfeng.training.api.attendance.AttendanceQuery(null, null,
                s.id(), null, null, null), org.xingfeng.platform.api.PageRequest.ALL).total());
        // the same trainee on leave instead: the record replaced, no hours
        withDialog(FormDialog.class, d -> {
            d.setText("staffNumber", third.staffNumber());
            d.setChecked("excused", true);
            d.submit();
        }, () -> view.attendanceDialog(s));
        List<Attendance> records = attendance.list(admin, new org.xingfeng.training.api.attendance.AttendanceQuery(
                null, null, s.id(), null, null, null), org.xingfeng.platform.api.PageRequest.ALL).items();
        assertEquals(1, records.size());
        assertEquals(AttendanceMark.EXCUSED, records.get(0).mark());
        assertEquals(0, records.get(0).hours().signum());
        assertNoErrors(site);
    }

    @Test
    void aPersonsRecordShowsTheHistoryAndTheStanding() throws Exception {
        PersonView view = new PersonView(open(), site, service(AttendanceService.class), standing,
                service(OrgService.class));
        view.show(trained.staffNumber());
        settle(300);
        assertNotNull(view.standing());
        assertEquals("DONE", view.standing().tierTraining().name());
        assertEquals(2, view.history().rows().size(), "the session attended and the one on leave");
        assertTrue(view.summary().getText().contains("王芳"), view.summary().getText());
        assertTrue(view.summary().getText().contains("（请假不计缺勤），缺勤率 "), view.summary().getText());
        view.show("NOPE");
        assertTrue(view.summary().getText().startsWith("工号不存在"), view.summary().getText());
        screenshot("training-person");
        assertNoErrors(site);
    }

    @Test
    void aPersonsHistoryPrintsOnA4Pages() throws Exception {
        PersonView view = new PersonView(open(), site, service(AttendanceService.class), standing,
                service(OrgService.class));
        assertEquals(null, view.print(), "nothing shown, nothing to print");
        view.show(trained.staffNumber());
        settle(300);
        HistoryPrinter printer = view.print();
        assertNotNull(printer);
        settle(200);
        assertEquals(1, printer.pageCount());
        assertEquals(3, printer.rows().size(), "the column heads and the two sessions");
        assertEquals("考勤", printer.rows().get(0).get(2));
        assertEquals(List.of("2026-03-03", "服务礼仪培训", "请假"), printer.rows().get(1).subList(0, 3), "newest first");
        assertEquals(List.of("2026-03-02", "服务礼仪培训", "出勤"), printer.rows().get(2).subList(0, 3));
        assertTrue(printer.shell().getText().contains("王芳"), printer.shell().getText());
        org.eclipse.swt.graphics.Image page = printer.snapshot();
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(
                    java.nio.file.Path.of(System.getProperty("xingfeng.screenshots", "target/screenshots")));
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { page.getImageData() };
            loader.save(dir.resolve("training-history-page.png").toString(), org.eclipse.swt.SWT.IMAGE_PNG);
            assertTrue(dark(page.getImageData()) > 300, "the page has text on it");
        } finally {
            page.dispose();
        }
        printer.shell().close();
        assertNoErrors(site);
    }

    private static int dark(org.eclipse.swt.graphics.ImageData data) {
        int n = 0;
        for (int y = 0; y < data.height; y += 2) {
            for (int x = 0; x < data.width; x += 2) {
                var rgb = data.palette.getRGB(data.getPixel(x, y));
                if (rgb.red + rgb.green + rgb.blue < 300) {
                    n++;
                }
            }
        }
        return n;
    }
}
