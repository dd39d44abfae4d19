package org.xingfeng.training.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.training.api.TrainingRoles;
import org.xingfeng.training.api.attendance.Attendance;
import org.xingfeng.training.api.attendance.AttendanceMark;
import org.xingfeng.training.api.attendance.AttendanceDraft;
import org.xingfeng.training.api.attendance.AttendanceQuery;
import org.xingfeng.training.api.attendance.AttendanceService;
import org.xingfeng.training.api.courses.Course;
import org.xingfeng.training.api.courses.CourseDraft;
import org.xingfeng.training.api.courses.CourseKind;
import org.xingfeng.training.api.courses.CourseService;
import org.xingfeng.training.api.courses.SessionDraft;
import org.xingfeng.training.api.courses.TrainingSession;
import org.xingfeng.training.api.materials.CourseMaterialService;

/**
 * The course list's attendance grid and materials, as a county's training officer: the county's trainees by the
 * course's days, marks typed in place and saved at once (a record's score and certificate kept), a mark not known and
 * a trainee of another county refused, that trainee not listed; a material uploaded, read back, a program refused.
 */
class AttendanceGridIT extends ViewTestSupport {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void marksAreTypedInPlaceAndSavedAtOnceAndOthersAreNotListed() throws Exception {
        CourseService courses = service(CourseService.class);
        AttendanceService attendance = service(AttendanceService.class);
        OrgService org = service(OrgService.class);
        String tag = "AG" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        OrgUnit a = org.createUnit(admin, new OrgUnitDraft(null, tag + "A", tag + "甲县医保局", OrgLevel.COUNTY));
        OrgUnit b = org.createUnit(admin, new OrgUnitDraft(null, tag + "B", tag + "乙县医保局", OrgLevel.COUNTY));
        Staff first = org.createStaff(admin, new StaffDraft(tag + "01", "周敏", a.id(), null, StaffTier.WINDOW_STAFF,
                List.of("综合柜员"), true));
        Staff second = org.createStaff(admin, new StaffDraft(tag + "02", "吴刚", a.id(), null,
                StaffTier.WINDOW_STAFF, List.of("综合柜员"), true));
        Staff outsider = org.createStaff(admin, new StaffDraft(tag + "03", "郑洁", b.id(), null,
                StaffTier.WINDOW_STAFF, List.of("综合柜员"), true));
        Course c = courses.create(admin, new CourseDraft(a.id(), "窗口业务出勤表", CourseKind.PROCESS,
                List.of(StaffTier.WINDOW_STAFF), "市局", "会议室", false, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 6), null, null));
        TrainingSession d1 = courses.addSession(admin, c.id(), new SessionDraft(LocalDate.of(2026, 3, 2),
                LocalTime.of(9, 0), LocalTime.of(12, 0), null, null, null));
        TrainingSession d2 = courses.addSession(admin, c.id(), new SessionDraft(LocalDate.of(2026, 3, 3),
                LocalTime.of(9, 0), LocalTime.of(12, 0), null, null, null));
        attendance.record(admin, d1.id(), new AttendanceDraft(first.id(), true, null, new BigDecimal("88"), true,
                "PX-" + tag, LocalDate.of(2026, 3, 2), null));
        attendance.record(admin, d1.id(), new AttendanceDraft(outsider.id(), true, null, null, null, null, null,
                null)); // recorded by the administrator: not the county officer's to see

        Actor officer = new Actor(admin.userId(), "grid.officer", Set.of(TrainingRoles.OFFICER),
                Reach.of(a.id(), List.of(a.id())));
        CoursesView view = new CoursesView(open(officer, Locale.SIMPLIFIED_CHINESE), site, courses, attendance, org,
                service(CourseMaterialService.class));
        view.selectYear(2026);
        settle(200);
        Course shown = view.table().rows().stream().filter(x -> x.id() == c.id()).findFirst().orElseThrow();
        view.table().select(shown);
        settle(400);
        AttendanceGridPanel grid = view.grid();
        assertEquals(List.of(first.id(), second.id()), grid.rows().stream().map(AttendanceGrid.Row::staffId).toList(),
                "the county's trainees, not the other county's");
        assertEquals(4, grid.table().getColumnCount(), "number, name and the two days");
        assertEquals("出勤", grid.cell(first.id(), d1.id()));
        assertEquals("", grid.cell(second.id(), d1.id()));

        assertNull(grid.set(second.id(), d2.id(), " √ "));
        assertEquals("出勤", grid.cell(second.id(), d2.id()));
        assertTrue(record(attendance, d2, second).present());
        assertNull(grid.set(first.id(), d1.id(), "1"), "marked again: the rest of the record kept");
        assertEquals("PX-" + tag, record(attendance, d1, first).certificateNo());
        assertNull(grid.set(first.id(), d2.id(), "缺席"));
        assertEquals(false, record(attendance, d2, first).present());
        assertEquals(AttendanceMark.ABSENT, record(attendance, d2, first).mark());
        // on leave (请假): shown as such, neither present nor absent, no hours
        assertNull(grid.set(second.id(), d2.id(), "请假"));
        assertEquals("请假", grid.cell(second.id(), d2.id()));
        assertEquals(AttendanceMark.EXCUSED, record(attendance, d2, second).mark());
        assertEquals(0, record(attendance, d2, second).hours().signum(), "leave earns no hours");

        String bad = grid.set(second.id(), d1.id(), "迟到");
        assertTrue(bad.contains("迟到"), bad);
        assertEquals(null, find(attendance, d1, second), "nothing saved");
        String outside = grid.set(outsider.id(), d2.id(), "出勤");
        assertTrue(outside != null, "a trainee not listed is refused");
        assertEquals(null, find(attendance, d2, outsider));
        view.tabs().setSelection(1);
        settle(100);
        screenshot("training-attendance-grid");

        // materials of the course
        MaterialsPanel materials = view.materials();
        materials.attach("教学课件.pdf", PDF);
        settle(300);
        assertEquals(1, materials.table().rows().size());
        assertEquals("application/pdf", materials.table().rows().get(0).mediaType());
        materials.table().select(materials.table().rows().get(0));
        assertArrayEquals(PDF, materials.selectedBytes());
        XingfengException refused = assertThrows(XingfengException.class,
                () -> materials.attach("课件.pdf", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 }));
        assertEquals(415, refused.status());
        settle(200);
        assertEquals(1, materials.table().rows().size(), "nothing stored");
        view.tabs().setSelection(2);
        settle(100);
        screenshot("training-materials");
        assertNoErrors(site);
    }

    private static Attendance find(AttendanceService attendance, TrainingSession s, Staff member) {
        return attendance.list(admin, new AttendanceQuery(null, null, s.id(), member.id(), null, null),
                PageRequest.ALL).items().stream().findFirst().orElse(null);
    }

    private static Attendance record(AttendanceService attendance, TrainingSession s, Staff member) {
        Attendance a = find(attendance, s, member);
        if (a == null) {
            throw new AssertionError("no record of " + member.name() + " on " + s.day());
        }
        return a;
    }
}
