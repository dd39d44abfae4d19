package org.xingfeng.training.core.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.training.api.courses.Course;
import org.xingfeng.training.api.courses.CourseQuery;
import org.xingfeng.training.api.courses.CourseService;
import org.xingfeng.training.api.plans.PlanDraft;
import org.xingfeng.training.api.plans.PlanItem;
import org.xingfeng.training.api.plans.PlanItemDraft;
import org.xingfeng.training.api.plans.PlanItemProgress;
import org.xingfeng.training.api.plans.PlanItemState;
import org.xingfeng.training.api.plans.PlanProgress;
import org.xingfeng.training.api.plans.TrainingPlan;
import org.xingfeng.training.api.plans.TrainingPlanService;
import org.xingfeng.training.api.standing.StandingService;
import org.xingfeng.training.api.standing.UnitCoverage;

/** Plans in TRN_PLAN and their planned courses in TRN_PLAN_ITEM; progress from the courses and the unit's coverage. */
@Component
public class PlanServiceImpl implements TrainingPlanService {

    static final Messages MESSAGES = Messages.of(PlanServiceImpl.class);

    private final EntityManagerFactory emf;
    private final AuditLog audit;
    private final OrgService org;
    private final BureauTime time;
    private final CourseService courses;
    private final StandingService standing;

    @Activate
    public PlanServiceImpl(@Reference TrainingDatabase database, @Reference AuditLog audit, @Reference OrgService org,
            @Reference BureauTime time, @Reference CourseService courses, @Reference StandingService standing) {
        this.emf = database.emf();
        this.audit = audit;
        this.org = org;
        this.time = time;
        this.courses = courses;
        this.standing = standing;
    }

    @Override
    public TrainingPlan create(Actor actor, PlanDraft draft) {
        Access.requireOfficer(actor);
        check(PlanRules.check(draft, true));
        long unitId = draft.unitId();
        if (!actor.reach().contains(unitId) || org.unit(actor, unitId).isEmpty()) {
            throw new ValidationException("unitId", MESSAGES.text("unit.unknown", unitId));
        }
        checkCourses(actor, unitId, draft.year(), draft.items());
        TrainingPlan made = Jpa.inTransaction(emf, em -> {
            if (find(em, unitId, draft.year()).isPresent()) {
                throw new ConflictException("plan_exists", MESSAGES.text("plan.exists", draft.year()));
            }
            PlanEntity p = new PlanEntity();
            p.unitId = unitId;
            p.year = draft.year();
            fill(p, draft, actor);
            em.persist(p);
            em.flush();
            writeItems(em, p.id, draft.items());
            TrainingPlan r = toRecord(p, items(em, p.id));
            audit.record(actor, "create", AUDIT_TYPE, r.id(), null, r);
            return r;
        });
        return made;
    }

    @Override
    public TrainingPlan update(Actor actor, long id, PlanDraft draft) {
        Access.requireOfficer(actor);
        check(PlanRules.check(draft, false));
        TrainingPlan[] ba = Jpa.inTransaction(emf, em -> {
            PlanEntity p = inReach(em, actor, id);
            if (draft.unitId() != null && draft.unitId() != p.unitId) {
                throw new ValidationException("unitId", MESSAGES.text("plan.unit_fixed"));
            }
            if (draft.year() != null && draft.year() != p.year) {
                throw new ValidationException("year", MESSAGES.text("plan.year_fixed"));
            }
            checkCourses(actor, p.unitId, p.year, draft.items());
            TrainingPlan before = toRecord(p, items(em, p.id));
            fill(p, draft, actor);
            em.createQuery("delete from PlanItemEntity i where i.planId = :p").setParameter("p", p.id)
                    .executeUpdate();
            writeItems(em, p.id, draft.items());
            em.flush();
            TrainingPlan after = toRecord(p, items(em, p.id));
            audit.record(actor, "update", AUDIT_TYPE, id, before, after);
            return new TrainingPlan[] { before, after };
        });
        return ba[1];
    }

    @Override
    public void delete(Actor actor, long id) {
        Access.requireOfficer(actor);
        TrainingPlan before = Jpa.inTransaction(emf, em -> {
            PlanEntity p = inReach(em, actor, id);
            TrainingPlan r = toRecord(p, items(em, p.id));
            em.createQuery("delete from PlanItemEntity i where i.planId = :p").setParameter("p", p.id)
                    .executeUpdate();
            em.remove(p);
            audit.record(actor, "delete", AUDIT_TYPE, id, r, null);
            return r;
        });
    }

    @Override
    public Optional<TrainingPlan> plan(Actor actor, long id) {
        Access.requireReader(actor);
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(PlanEntity.class, id))
                .filter(p -> actor.reach().contains(p.unitId)).map(p -> toRecord(p, items(em, p.id))));
    }

    @Override
    public List<TrainingPlan> plans(Actor actor, Long unitId, Integer year) {
        Access.requireReader(actor);
        List<Long> units = Access.unitIds(org, actor, unitId);
        return Jpa.read(emf, em -> {
            StringBuilder q = new StringBuilder("select p from PlanEntity p where 1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            if (units != null) {
                q.append(" and ").append(Jpa.unitIn(em, "p.unitId", units, "units", parameters));
            }
            if (year != null) {
                q.append(" and p.year = :year");
            }
            var query = em.createQuery(q.append(" order by p.year desc, p.unitId").toString(), PlanEntity.class);
            parameters.forEach(query::setParameter);
            if (year != null) {
                query.setParameter("year", year);
            }
            return query.getResultList().stream().map(p -> toRecord(p, items(em, p.id))).toList();
        });
    }

    @Override
    public PlanProgress progress(Actor actor, long id) {
        TrainingPlan plan = plan(actor, id)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.plan"), id));
        LocalDate today = time.today();
        LocalDate asOf = plan.year() < today.getYear() ? LocalDate.of(plan.year(), 12, 31) : today;
        List<Course> held = courses.courses(actor, new CourseQuery(plan.unitId(), plan.year(), null, null, null, null),
                PageRequest.EXPORT).items();
        Map<Long, Course> byId = new HashMap<>();
        held.forEach(c -> byId.put(c.id(), c));
        Set<Long> linked = new HashSet<>();
        Map<Long, Integer> attended = Jpa.read(emf, em -> attended(em, held.stream().map(Course::id).toList()));
        List<PlanItemProgress> items = new ArrayList<>();
        int[] counts = new int[PlanItemState.values().length];
        for (PlanItem it : plan.items()) {
            Course c = it.courseId() == null ? null : byId.get(it.courseId());
            if (c != null) {
                linked.add(c.id());
            }
            PlanItemState state = PlanRules.state(plan.year(), it.month(), c == null ? null : c.startDate(), asOf);
            counts[state.ordinal()]++;
            items.add(new PlanItemProgress(it, state, c == null ? null : c.title(), c == null ? null : c.startDate(),
                    c == null ? null : c.workingDays(), c == null ? 0 : attended.getOrDefault(c.id(), 0)));
        }
        List<Course> unplanned = held.stream().filter(c -> !linked.contains(c.id())).toList();
        UnitCoverage coverage = standing.coverage(actor, plan.unitId(), plan.year());
        var total = coverage.total();
        return new PlanProgress(plan, asOf, plan.items().size(), counts[PlanItemState.HELD.ordinal()],
                counts[PlanItemState.SCHEDULED.ordinal()], counts[PlanItemState.OVERDUE.ordinal()],
                TrainingRules.share(counts[PlanItemState.HELD.ordinal()], plan.items().size()), total.coverage(),
                PlanRules.met(total.coverage(), plan.targetCoverage()), total.hoursPerHead(),
                PlanRules.met(total.hoursPerHead(), plan.targetHoursPerHead()), items, unplanned);
    }

    @Override
    public Table plansTable(List<TrainingPlan> plans) {
        List<List<Object>> rows = new ArrayList<>();
        for (TrainingPlan p : plans) {
            rows.add(Arrays.asList(p.id(), p.year(), p.unitName(), p.items().size(), p.targetCoverage(),
                    p.targetHoursPerHead(), p.note()));
        }
        return new Table("年度培训计划", "计划", CourseServiceImpl.headers("column.id", "column.year", "column.unit",
                "column.plannedCourses", "column.targetCoverage", "column.targetHours", "column.note"), rows);
    }

    @Override
    public Table progressTable(PlanProgress progress) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlanItemProgress p : progress.items()) {
            PlanItem it = p.item();
            rows.add(Arrays.asList(it.position(), it.title(), it.kind().nameZh(), tiersZh(it.tiers()), it.month(),
                    it.days(), it.participants(), MESSAGES.get(Languages.CHINESE, "plan.state." + p.state()),
                    p.courseTitle(), p.courseStart(), p.courseWorkingDays(), p.attended()));
        }
        String outside = MESSAGES.get(Languages.CHINESE, "plan.unplanned");
        Map<Long, Integer> attended = Jpa.read(emf,
                em -> attended(em, progress.unplanned().stream().map(Course::id).toList()));
        for (Course c : progress.unplanned()) {
            rows.add(Arrays.asList(outside, null, c.kind().nameZh(), tiersZh(c.tiers()), c.startDate().getMonthValue(),
                    null, null, outside, c.title(), c.startDate(), c.workingDays(), attended.getOrDefault(c.id(), 0)));
        }
        return new Table("培训计划进度", "进度", CourseServiceImpl.headers("column.position", "column.title", "column.kind",
                "column.tiers", "column.month", "column.plannedDays", "column.participants", "column.state",
                "column.course", "column.startDate", "column.workingDays", "column.attended"), rows);
    }

    private static String tiersZh(List<org.xingfeng.platform.api.org.StaffTier> tiers) {
        return String.join("、", tiers.stream().map(t -> t.nameZh()).toList());
    }

    private static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ValidationException.of(errors);
        }
    }

    /** Each linked course must be one of the plan unit's (or below) starting in the plan's year, linked once. */
    private void checkCourses(Actor actor, long unitId, int year, List<PlanItemDraft> items) {
        if (items == null) {
            return;
        }
        Set<Long> subtree = new HashSet<>(org.subtree(actor, unitId).stream().map(OrgUnit::id).toList());
        Set<Long> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Long courseId = items.get(i).courseId();
            if (courseId == null) {
                continue;
            }
            Optional<Course> c = courses.course(actor, courseId);
            String field = "items[" + i + "].courseId";
            if (c.isEmpty() || !subtree.contains(c.get().unitId())) {
                errors.add(FieldError.of(field, MESSAGES.text("plan.course_unknown", courseId)));
            } else if (c.get().startDate().getYear() != year) {
                errors.add(FieldError.of(field, MESSAGES.text("plan.course_year", courseId, year)));
            } else if (!seen.add(courseId)) {
                errors.add(FieldError.of(field, MESSAGES.text("plan.course_twice", courseId)));
            }
        }
        check(errors);
    }

    private static Optional<PlanEntity> find(EntityManager em, long unitId, int year) {
        return em.createQuery("select p from PlanEntity p where p.unitId = :u and p.year = :y", PlanEntity.class)
                .setParameter("u", unitId).setParameter("y", year).getResultList().stream().findFirst();
    }

    private PlanEntity inReach(EntityManager em, Actor actor, long id) {
        PlanEntity p = em.find(PlanEntity.class, id);
        if (p == null || !actor.reach().contains(p.unitId)) {
            throw new NotFoundException(MESSAGES.text("entity.plan"), id);
        }
        return p;
    }

    private void fill(PlanEntity p, PlanDraft d, Actor actor) {
        p.targetCoverage = d.targetCoverage() == null ? null : d.targetCoverage().setScale(4);
        p.targetHoursPerHead = d.targetHoursPerHead() == null ? null : d.targetHoursPerHead().setScale(2);
        p.note = TrainingRules.clean(d.note());
        p.updatedBy = actor.username();
        p.updatedAt = Timestamp.from(time.now());
    }

    private static void writeItems(EntityManager em, long planId, List<PlanItemDraft> items) {
        if (items == null) {
            return;
        }
        int position = 1;
        for (PlanItemDraft d : items) {
            PlanItemEntity e = new PlanItemEntity();
            e.planId = planId;
            e.position = position++;
            e.title = d.title().strip();
            e.kind = d.kind();
            e.tiers = TrainingRules.tiersText(d.tiers());
            e.month = d.month();
            e.days = d.days();
            e.participants = d.participants();
            e.courseId = d.courseId();
            em.persist(e);
        }
    }

    private static List<PlanItemEntity> items(EntityManager em, long planId) {
        return em.createQuery("select i from PlanItemEntity i where i.planId = :p order by i.position",
                PlanItemEntity.class).setParameter("p", planId).getResultList();
    }

    private static Map<Long, Integer> attended(EntityManager em, List<Long> courseIds) {
        Map<Long, Integer> m = new HashMap<>();
        if (courseIds.isEmpty()) {
            return m;
        }
        for (Object[] row : em.createQuery("select a.courseId, count(distinct a.staffId) from AttendanceEntity a "
                + "where a.present = true and a.courseId in :c group by a.courseId", Object[].class)
                .setParameter("c", courseIds).getResultList()) {
            m.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return m;
    }

    private TrainingPlan toRecord(PlanEntity p, List<PlanItemEntity> items) {
        List<PlanItem> list = items.stream().map(i -> new PlanItem(i.position, i.title, i.kind,
                TrainingRules.tiersOf(i.tiers), i.month, i.days, i.participants, i.courseId)).toList();
        return new TrainingPlan(p.id, p.unitId, org.unit(Actor.SYSTEM, p.unitId).map(OrgUnit::name).orElse(null),
                p.year,
                p.targetCoverage, p.targetHoursPerHead, p.note, list, p.updatedBy,
                p.updatedAt == null ? null : p.updatedAt.toInstant());
    }
}
