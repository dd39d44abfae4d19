package org.xingfeng.training.core.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.event.OrgEvents;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.training.api.attendance.AttendanceDraft;
import org.xingfeng.training.api.attendance.AttendanceMark;
import org.xingfeng.training.api.attendance.AttendanceService;
import org.xingfeng.training.api.courses.Course;
import org.xingfeng.training.api.courses.CourseDraft;
import org.xingfeng.training.api.courses.CourseKind;
import org.xingfeng.training.api.courses.CourseQuery;
import org.xingfeng.training.api.courses.CourseService;
import org.xingfeng.training.api.courses.SessionDraft;
import org.xingfeng.training.api.plans.PlanDraft;
import org.xingfeng.training.api.plans.PlanItemDraft;
import org.xingfeng.training.api.plans.TrainingPlanService;
import org.xingfeng.training.api.courses.TrainingSession;

/**
 * With {@code xingfeng.demo=true}: two years of courses and attendance for the demo city's three county bureaus, with
 * gaps (a quarter of the staff never attend, some days missed, one course too short for its tier), so coverage, the
 * untrained list and the certificates show something real. Works on Event Admin's thread (no thread of its own): it
 * loads once at activation and again whenever the platform creates a unit, and makes a county's courses only when the
 * county has none and has staff, so a load cut short is finished at the next start.
 */
@Component(immediate = true, configurationPid = TrainingDemo.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = { EventConstants.EVENT_TOPIC + "=" + OrgEvents.TOPIC_PREFIX + "*",
                EventConstants.EVENT_TOPIC + "=" + TrainingDemo.LOAD })
@Designate(ocd = TrainingDemo.Config.class)
public class TrainingDemo implements EventHandler {

    public static final String PID = "org.xingfeng.training.demo";
    private static final Logger LOG = LoggerFactory.getLogger(TrainingDemo.class);

    @ObjectClassDefinition(id = PID, name = "Training demo data", description = "培训 of the demo city")
    public @interface Config {

        @AttributeDefinition(name = "Demo data", description = "give the demo bureaus two years of training")
        boolean demo() default false;
    }

    static final String LOAD = "org/xingfeng/training/demo/LOAD";
    static final List<String> COUNTIES = List.of("510722", "510723", "510725");

    /** A demo course: months before today it starts, its days, kind, title and tiers. */
    record Plan(int monthsAgo, int days, CourseKind kind, String title, List<StaffTier> tiers, boolean certificate) {
    }

    static final List<Plan> PLANS = List.of(
            new Plan(20, 5, CourseKind.POLICY, "医保政策法规集中培训",
                    List.of(StaffTier.UNIT_HEAD, StaffTier.SECTION_MANAGER, StaffTier.WINDOW_STAFF), false),
            new Plan(15, 2, CourseKind.ETIQUETTE, "窗口服务礼仪培训", List.of(StaffTier.WINDOW_STAFF), false),
            new Plan(8, 5, CourseKind.DRILL, "经办流程岗位练兵", List.of(StaffTier.WINDOW_STAFF, StaffTier.SECTION_MANAGER),
                    true),
            new Plan(3, 1, CourseKind.INTEGRITY, "廉政警示教育", List.of(StaffTier.UNIT_HEAD, StaffTier.SECTION_MANAGER),
                    false),
            // after the halls' bad reviews (the evaluations demo): the training needs before it show met, later ones
            // open
            new Plan(1, 2, CourseKind.ETIQUETTE, "窗口服务礼仪提升培训（差评整改）", List.of(StaffTier.WINDOW_STAFF), false));

    private final boolean demo;
    private final CourseService courses;
    private final AttendanceService attendance;
    private final OrgService org;
    private final BureauTime time;
    private final TrainingPlanService plans;
    private final AtomicBoolean running = new AtomicBoolean();

    @Activate
    public TrainingDemo(@Reference CourseService courses, @Reference AttendanceService attendance,
            @Reference OrgService org, @Reference BureauTime time, @Reference EventAdmin events,
            @Reference TrainingPlanService plans, Config config) {
        this.demo = config.demo();
        this.plans = plans;
        this.courses = courses;
        this.attendance = attendance;
        this.org = org;
        this.time = time;
        if (demo) {
            events.postEvent(new Event(LOAD, Map.of()));
        }
    }

    @Override
    public void handleEvent(Event event) {
        if (!demo || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            load();
        } catch (RuntimeException e) {
            LOG.warn("demo training not loaded yet: {}", e.toString());
        } finally {
            running.set(false);
        }
    }

    private void load() {
        int made = 0;
        for (String code : COUNTIES) {
            Optional<OrgUnit> county = org.unitByCode(Actor.SYSTEM, code);
            if (county.isEmpty()) {
                continue; // the city is still being made: the next unit's event tries again
            }
            long unit = county.get().id();
            List<Staff> staff = org.staff(Actor.SYSTEM, new StaffQuery(unit, null, null, true, null),
                    PageRequest.ALL).items();
            if (staff.isEmpty() || courses.courses(Actor.SYSTEM, new CourseQuery(unit, null, null, null, null, null),
                    new PageRequest(0, 1)).total() > 0) {
                continue;
            }
            List<Course> held = new ArrayList<>();
            for (Plan p : PLANS) {
                made += course(unit, county.get().name(), p, staff, held);
            }
            int year = time.today().getYear();
            plan(unit, year - 1, held, List.of());
            plan(unit, year, held, List.of(
                    new PlanItemDraft("窗口服务礼仪复训", CourseKind.ETIQUETTE, List.of(StaffTier.WINDOW_STAFF),
                            Math.max(1, time.today().getMonthValue() - 1), 2, 30, null),
                    new PlanItemDraft("医保政策法规更新培训", CourseKind.POLICY,
                            List.of(StaffTier.SECTION_MANAGER, StaffTier.WINDOW_STAFF), 11, 5, 40, null)));
        }
        if (made > 0) {
            System.out.println("[xingfeng] demo training: " + made + " attendance records");
        }
    }

    /** The year's plan: its courses held (or set), and those still to come (one overdue when the year allows). */
    private void plan(long unit, int year, List<Course> held, List<PlanItemDraft> more) {
        List<PlanItemDraft> items = new ArrayList<>();
        for (Course c : held) {
            if (c.startDate().getYear() == year) {
                items.add(new PlanItemDraft(c.title(), c.kind(), c.tiers(), c.startDate().getMonthValue(),
                        c.workingDays(), null, c.id()));
            }
        }
        items.addAll(more);
        plans.create(Actor.SYSTEM, new PlanDraft(unit, year, new BigDecimal("0.9"), new BigDecimal("40"),
                "按“两至三年全员轮训、每期不少于5个工作日”安排", items));
    }

    private int course(long unit, String unitName, Plan p, List<Staff> staff, List<Course> held) {
        LocalDate start = time.today().minusMonths(p.monthsAgo()).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate end = start.plusDays(p.days() - 1);
        Course c = courses.create(Actor.SYSTEM, new CourseDraft(unit, p.title(), p.kind(), p.tiers(), unitName,
                unitName + "三楼会议室", false, start, end, BigDecimal.valueOf(6L * p.days()), null));
        held.add(c);
        List<TrainingSession> sessions = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            sessions.add(courses.addSession(Actor.SYSTEM, c.id(),
                    new SessionDraft(d, LocalTime.of(9, 0), LocalTime.of(16, 0), null, new BigDecimal("6"), null)));
        }
        int made = 0;
        for (int s = 0; s < sessions.size(); s++) {
            List<AttendanceDraft> drafts = new ArrayList<>();
            for (int i = 0; i < staff.size(); i++) {
                Staff member = staff.get(i);
                if (i % 4 == 3 || !p.tiers().contains(member.tier())) {
                    continue; // a quarter never come; the course is for other tiers
                }
                boolean present = (i + s + p.monthsAgo()) % 7 != 0; // a day missed now and then, half on leave
                AttendanceMark mark = present ? AttendanceMark.PRESENT
                        : (i + s) % 2 == 0 ? AttendanceMark.EXCUSED : AttendanceMark.ABSENT;
                boolean last = s == sessions.size() - 1;
                String certificate = p.certificate() && present && last ? "PX-" + member.staffNumber() + "-"
                        + end.getYear() : null;
                drafts.add(AttendanceDraft.of(member.id(), mark, null, present && last ? new BigDecimal(
                        70 + (i * 7) % 30) : null, present && last ? Boolean.TRUE : null, certificate,
                        certificate == null ? null : end, certificate == null ? null : end.plusMonths(9)));
            }
            if (!drafts.isEmpty()) {
                made += attendance.recordAll(Actor.SYSTEM, sessions.get(s).id(), drafts).size();
            }
        }
        return made;
    }
}
