package org.xingfeng.training.ui.internal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.training.api.attendance.AttendanceDraft;
import org.xingfeng.training.api.attendance.AttendanceMark;
import org.xingfeng.training.api.attendance.AttendanceService;
import org.xingfeng.training.api.courses.Course;
import org.xingfeng.training.api.courses.CourseDraft;
import org.xingfeng.training.api.courses.CourseKind;
import org.xingfeng.training.api.courses.CourseQuery;
import org.xingfeng.training.api.courses.CourseService;
import org.xingfeng.training.api.courses.SessionDraft;
import org.xingfeng.training.api.courses.TrainingSession;
import org.xingfeng.training.api.materials.CourseMaterialService;

/**
 * 培训课程: the courses of the reach for a year (their length in working days, the tiers they are too short for), the
 * selected course's sessions, and the course editor for training officers.
 */
public class CoursesView implements ContributedView {

    private final ViewSite site;
    private final CourseService courses;
    private final AttendanceService attendance;
    private final OrgService org;
    private final Texts t;
    private final SashForm root;
    private final ChoiceBox<Integer> year;
    private final DataTable<Course> table;
    private final DataTable<TrainingSession> sessions;
    private final AttendanceGridPanel grid;
    private final MaterialsPanel materials;
    private final TabFolder tabs;

    public CoursesView(Composite parent, ViewSite site, CourseService courses, AttendanceService attendance,
            OrgService org) {
        this(parent, site, courses, attendance, org, null);
    }

    /** With {@code materials} (null: no materials tab). */
    public CoursesView(Composite parent, ViewSite site, CourseService courses, AttendanceService attendance,
            OrgService org, CourseMaterialService materials) {
        this.site = site;
        this.courses = courses;
        this.attendance = attendance;
        this.org = org;
        this.t = Texts.of(site, CoursesView.class);
        root = new SashForm(parent, SWT.VERTICAL);
        Composite top = new Composite(root, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(top, SWT.NONE);
        bar.setLayout(new GridLayout(2, false));
        new Label(bar, SWT.NONE).setText(t.get("year"));
        year = new ChoiceBox<>(bar, TrainingUi.years(site.time().today().getYear()), 100);
        table = new DataTable<>(top, site, t.get("view.courses"), List.of(
                TrainingUi.<Course>column(t, "course.start", Course::startDate).width(90),
                TrainingUi.<Course>column(t, "course.end", Course::endDate).width(90),
                TrainingUi.<Course>column(t, "course.title", Course::title).width(200),
                TrainingUi.<Course>column(t, "course.kind", c -> TrainingUi.label(t, c.kind())).width(80),
                TrainingUi.<Course>column(t, "course.tiers", c -> TrainingUi.labels(t, c.tiers())).width(160),
                TrainingUi.<Course>column(t, "course.unit", Course::unitName).width(140),
                TrainingUi.<Course>column(t, "course.workingDays", Course::workingDays).width(70),
                TrainingUi.<Course>column(t, "course.hours", Course::hours).width(60),
                TrainingUi.<Course>column(t, "course.sessions", Course::sessions).width(50),
                TrainingUi.<Course>column(t, "course.short", c -> TrainingUi.labels(t, c.shortForTiers()))
                        .width(140)));
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Button add = table.addButton(t.get("courses.add"), () -> courseDialog(null));
        Button edit = table.addButton(t.get("courses.edit"), () -> courseDialog(table.selected()));
        add.setEnabled(TrainingUi.officer(site));
        edit.setEnabled(TrainingUi.officer(site));
        tabs = new TabFolder(root, SWT.TOP);
        Composite bottom = new Composite(tabs, SWT.NONE);
        bottom.setLayout(new GridLayout(1, false));
        TabItem sessionsTab = new TabItem(tabs, SWT.NONE);
        sessionsTab.setText(t.get("sessions.title"));
        sessionsTab.setControl(bottom);
        sessions = new DataTable<>(bottom, site, t.get("sessions.title"), List.of(
                TrainingUi.<TrainingSession>column(t, "session.day", TrainingSession::day).width(90),
                TrainingUi.<TrainingSession>column(t, "session.starts", TrainingSession::startsAt).width(60),
                TrainingUi.<TrainingSession>column(t, "session.ends", TrainingSession::endsAt).width(60),
                TrainingUi.<TrainingSession>column(t, "session.hours", TrainingSession::hours).width(60),
                TrainingUi.<TrainingSession>column(t, "course.place", TrainingSession::place).width(140),
                TrainingUi.<TrainingSession>column(t, "session.topic", TrainingSession::topic).width(200)));
        sessions.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Button addSession = sessions.addButton(t.get("sessions.add"), () -> sessionDialog(table.selected()));
        Button record = sessions.addButton(t.get("attendance.record"), () -> attendanceDialog(sessions.selected()));
        addSession.setEnabled(TrainingUi.officer(site));
        record.setEnabled(TrainingUi.officer(site));
        grid = new AttendanceGridPanel(tabs, site, attendance, org, t);
        TabItem gridTab = new TabItem(tabs, SWT.NONE);
        gridTab.setText(t.get("grid.title"));
        gridTab.setControl(grid.control());
        if (materials != null) {
            Composite files = new Composite(tabs, SWT.NONE);
            files.setLayout(new GridLayout(1, false));
            this.materials = new MaterialsPanel(files, site, materials, t);
            this.materials.table().control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            TabItem filesTab = new TabItem(tabs, SWT.NONE);
            filesTab.setText(t.get("materials.title"));
            filesTab.setControl(files);
        } else {
            this.materials = null;
        }
        root.setWeights(3, 2);
        table.onSelection(this::showSessions);
        year.onChange(this::reload);
        reload();
    }

    private Actor actor() {
        return site.session().actor();
    }

    public void reload() {
        Integer y = year.value();
        table.load(t.get("courses.reading"), monitor -> courses
                .courses(actor(), new CourseQuery(null, y, null, null, null, null), PageRequest.EXPORT).items());
        sessions.setRows(List.of());
    }

    public void selectYear(int y) {
        year.select(y);
        reload();
    }

    private void showSessions(Course c) {
        if (materials != null) {
            materials.show(c);
        }
        if (c == null) {
            sessions.setRows(List.of());
            grid.show(null, List.of());
            return;
        }
        site.run(t.get("courses.reading"), monitor -> courses.sessions(actor(), c.id()), list -> {
            if (!sessions.control().isDisposed()) {
                sessions.setRows(list);
                grid.show(c, list);
            }
        });
    }

    /** The attendance grid of the selected course. */
    AttendanceGridPanel grid() {
        return grid;
    }

    /** The materials of the selected course (null without the service). */
    MaterialsPanel materials() {
        return materials;
    }

    public TabFolder tabs() {
        return tabs;
    }

    public DataTable<Course> table() {
        return table;
    }

    public DataTable<TrainingSession> sessions() {
        return sessions;
    }

    /** The course editor: new (null) or the given course; the list is read again once it is saved. */
    public void courseDialog(Course c) {
        if (!TrainingUi.officer(site)) {
            return;
        }
        List<Choice<Long>> units = org.units(actor()).stream().map(u -> new Choice<>(u.id(), u.name())).toList();
        Long unit = c != null ? c.unitId()
                : actor().reach().homeUnitId() != null ? actor().reach().homeUnitId()
                        : units.isEmpty() ? null : units.get(0).value();
        Set<String> tiers = c == null ? Set.of(StaffTier.WINDOW_STAFF.name())
                : c.tiers().stream().map(Enum::name).collect(Collectors.toSet());
        List<Choice<String>> tierChoices = TrainingUi.choices(t, StaffTier.class).stream()
                .map(ch -> new Choice<>(ch.value().name(), ch.label())).toList();
        FormDialog d = new FormDialog(site, t.get(c == null ? "courses.add" : "courses.edit"), t.get("courses.message"))
                .choice("unitId", t.get("course.unit"), units, unit)
                .text("title", t.get("course.title"), c == null ? "" : c.title())
                .choice("kind", t.get("course.kind"), TrainingUi.choices(t, CourseKind.class),
                        c == null ? CourseKind.POLICY : c.kind())
                .checks("tiers", t.get("course.tiers"), tierChoices, tiers)
                .text("organiser", t.get("course.organiser"), c == null ? "" : Strings.orElse(c.organiser(), ""))
                .text("place", t.get("course.place"), c == null ? "" : Strings.orElse(c.place(), ""))
                .check("online", t.get("course.online"), c != null && c.online())
                .text("startDate", t.get("course.start"), c == null ? "" : c.startDate().toString())
                .text("endDate", t.get("course.end"), c == null ? "" : c.endDate().toString())
                .text("hours", t.get("course.hours"), c == null || c.hours() == null ? "" : c.hours().toString());
        d.onSave(f -> {
            EnumSet<StaffTier> chosen = EnumSet.noneOf(StaffTier.class);
            for (String name : f.checkedValues("tiers")) {
                chosen.add(StaffTier.valueOf(name));
            }
            CourseDraft draft = new CourseDraft(f.<Long>choice("unitId"), f.text("title"), f.<CourseKind>choice("kind"),
                    List.copyOf(chosen), f.text("organiser"), f.text("place"), f.checked("online"),
                    TrainingUi.date("startDate", f.text("startDate")), TrainingUi.date("endDate", f.text("endDate")),
                    TrainingUi.number("hours", f.text("hours")), c == null ? null : c.syllabus());
            if (c == null) {
                courses.create(actor(), draft);
            } else {
                courses.update(actor(), c.id(), draft);
            }
        });
        if (d.open() == FormDialog.OK) {
            reload();
        }
    }

    /** 新增课次: a day within the course, its times and topic. */
    public void sessionDialog(Course c) {
        if (c == null || !TrainingUi.officer(site)) {
            return;
        }
        FormDialog d = new FormDialog(site, t.get("sessions.add"), c.title())
                .text("day", t.get("session.day"), c.startDate().toString())
                .text("startsAt", t.get("session.starts"), "09:00")
                .text("endsAt", t.get("session.ends"), "12:00")
                .text("topic", t.get("session.topic"), "");
        d.onSave(f -> courses.addSession(actor(), c.id(), new SessionDraft(TrainingUi.date("day", f.text("day")),
                TrainingUi.time("startsAt", f.text("startsAt")), TrainingUi.time("endsAt", f.text("endsAt")), null,
                null, Strings.blankToNull(f.text("topic")))));
        if (d.open() == FormDialog.OK) {
            showSessions(c);
        }
    }

    /** 签到登记: one member of staff at the session, by staff number. */
    public void attendanceDialog(TrainingSession s) {
        if (s == null || !TrainingUi.officer(site)) {
            return;
        }
        FormDialog d = new FormDialog(site, t.get("attendance.record"), t.get("attendance.message", s.day()))
                .text("staffNumber", t.get("staff.number"), "")
                .check("present", t.get("attendance.present"), true)
                .check("excused", t.get("attendance.excused"), false)
                .text("hours", t.get("session.hours"), "")
                .text("score", t.get("attendance.score"), "")
                .check("passed", t.get("attendance.passed"), true)
                .text("certificateNo", t.get("attendance.certificateNo"), "")
                .text("certificateIssued", t.get("attendance.certificateIssued"), "");
        d.onSave(f -> {
            String number = f.text("staffNumber").strip();
            Staff staff = org.staffByNumber(actor(), number).orElseThrow(
                    () -> new ValidationException("staffNumber", TrainingUi.MESSAGES.text("error.staff", number)));
            BigDecimal score = TrainingUi.number("score", f.text("score"));
            // on leave (请假) wins over the present box: neither present nor absent
            AttendanceMark mark = f.checked("excused") ? AttendanceMark.EXCUSED
                    : AttendanceMark.of(f.checked("present"));
            attendance.record(actor(), s.id(), AttendanceDraft.of(staff.id(), mark,
                    TrainingUi.number("hours", f.text("hours")), score, score == null ? null : f.checked("passed"),
                    Strings.blankToNull(f.text("certificateNo")),
                    TrainingUi.date("certificateIssued", f.text("certificateIssued")), null));
        });
        d.open();
    }

    @Override
    public void setFocus() {
        table.filterBox().setFocus();
    }
}
