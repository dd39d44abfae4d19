package org.xingfeng.training.core.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.training.api.TrainingRoles;
import org.xingfeng.training.api.courses.Course;
import org.xingfeng.training.api.courses.CourseDraft;
import org.xingfeng.training.api.courses.CourseQuery;
import org.xingfeng.training.api.courses.CourseService;
import org.xingfeng.training.api.courses.SessionDraft;
import org.xingfeng.training.api.courses.TrainingSession;
import org.xingfeng.training.api.standing.TrainingPolicy;

/** 培训课程 and sessions in TRN_COURSE and TRN_SESSION; the length rules come from {@link TrainingSettings}. */
@Component
public class CourseServiceImpl implements CourseService {

    static final Messages MESSAGES = Messages.of(CourseServiceImpl.class);

    private final EntityManagerFactory emf;
    private final AuditLog audit;
    private final WorkingDayCalendar calendar;
    private final OrgService org;
    private final BureauTime time;
    private final TrainingPolicy policy;

    @Activate
    public CourseServiceImpl(@Reference TrainingDatabase database, @Reference AuditLog audit,
            @Reference WorkingDayCalendar calendar, @Reference OrgService org, @Reference BureauTime time,
            @Reference TrainingSettings settings) {
        this.emf = database.emf();
        this.audit = audit;
        this.calendar = calendar;
        this.org = org;
        this.time = time;
        this.policy = settings.policy();
    }

    private static void requireCourseReader(Actor actor) {
        if (!actor.hasAnyRole(TrainingRoles.OFFICER, Roles.ADMIN, Roles.AUDITOR, Roles.STAFF)) {
            throw new ForbiddenException(Access.MESSAGES.text("role.courseReader"));
        }
    }

    /** Checks the draft and its unit (400 naming {@code unitId} when unknown or out of reach). */
    private OrgUnit checked(Actor actor, CourseDraft draft) {
        List<FieldError> errors = new ArrayList<>(TrainingRules.check(draft));
        OrgUnit unit = null;
        if (draft != null && draft.unitId() != null) {
            unit = org.unit(actor, draft.unitId()).orElse(null);
            if (unit == null) {
                errors.add(FieldError.of("unitId", MESSAGES.text("unit.unknown", draft.unitId())));
            }
        }
        TrainingRules.throwIfAny(errors);
        return unit;
    }

    private void fill(CourseEntity e, CourseDraft d, OrgUnit unit) {
        e.unitId = unit.id();
        e.title = d.title().strip();
        e.kind = d.kind();
        e.tiers = TrainingRules.tiersText(d.tiers());
        e.organiser = TrainingRules.clean(d.organiser());
        e.online = Boolean.TRUE.equals(d.online());
        e.place = TrainingRules.clean(d.place());
        e.startDate = d.startDate();
        e.endDate = d.endDate();
        e.workingDays = TrainingRules.workingDays(calendar, d.startDate(), d.endDate());
        e.hours = d.hours() == null ? null : d.hours().setScale(2);
        e.syllabus = TrainingRules.clean(d.syllabus());
    }

    @Override
    public Course create(Actor actor, CourseDraft draft) {
        Access.requireOfficer(actor);
        OrgUnit unit = checked(actor, draft);
        CourseEntity e = new CourseEntity();
        fill(e, draft, unit);
        e.createdBy = actor.username();
        e.createdAt = Timestamp.from(time.now());
        Access.Names names = new Access.Names(org);
        return Jpa.inTransaction(emf, em -> {
            em.persist(e);
            em.flush();
            Course created = toRecord(e, 0, names);
            audit.record(actor, "create", AUDIT_TYPE, created.id(), null, created);
            return created;
        });
    }

    @Override
    public Course update(Actor actor, long id, CourseDraft draft) {
        Access.requireOfficer(actor);
        Jpa.read(emf, em -> find(em, actor, id, false)); // a course out of reach is not found, whatever the body
        OrgUnit unit = checked(actor, draft);
        Access.Names names = new Access.Names(org);
        Course[] beforeAfter = Jpa.inTransaction(emf, em -> {
            CourseEntity e = find(em, actor, id, true);
            int sessions = sessionCount(em, id);
            Course before = toRecord(e, sessions, names);
            Long outside = em.createQuery("select count(s) from SessionEntity s where s.courseId = :c and "
                    + "(s.day < :start or s.day > :end)", Long.class).setParameter("c", id)
                    .setParameter("start", draft.startDate()).setParameter("end", draft.endDate()).getSingleResult();
            if (outside > 0) {
                throw new org.xingfeng.platform.api.ValidationException("startDate",
                        MESSAGES.text("course.sessions_outside", outside));
            }
            fill(e, draft, unit);
            Course after = toRecord(e, sessions, names);
            audit.record(actor, "update", AUDIT_TYPE, id, before, after);
            return new Course[] { before, after };
        });
        return beforeAfter[1];
    }

    @Override
    public void delete(Actor actor, long id) {
        Access.requireOfficer(actor);
        Course before = Jpa.inTransaction(emf, em -> {
            CourseEntity e = find(em, actor, id, true);
            Long attendance = em.createQuery("select count(a) from AttendanceEntity a where a.courseId = :c",
                    Long.class).setParameter("c", id).getSingleResult();
            if (attendance > 0) {
                throw new ConflictException("course_has_attendance", MESSAGES.text("course.has_attendance"));
            }
            Course c = toRecord(e, sessionCount(em, id), new Access.Names(org));
            em.createQuery("delete from SessionEntity s where s.courseId = :c").setParameter("c", id)
                    .executeUpdate();
            em.remove(e);
            audit.record(actor, "delete", AUDIT_TYPE, id, c, null);
            return c;
        });
    }

    private CourseEntity find(EntityManager em, Actor actor, long id, boolean lock) {
        CourseEntity e = lock ? em.find(CourseEntity.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(CourseEntity.class, id);
        if (e == null || !actor.reach().contains(e.unitId)) {
            throw new NotFoundException(MESSAGES.text("entity.course"), id);
        }
        return e;
    }

    private static int sessionCount(EntityManager em, long courseId) {
        return em.createQuery("select count(s) from SessionEntity s where s.courseId = :c", Long.class)
                .setParameter("c", courseId).getSingleResult().intValue();
    }

    @Override
    public Optional<Course> course(Actor actor, long id) {
        requireCourseReader(actor);
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(CourseEntity.class, id))
                .filter(e -> actor.reach().contains(e.unitId))
                .map(e -> toRecord(e, sessionCount(em, id), new Access.Names(org))));
    }

    @Override
    public Page<Course> courses(Actor actor, CourseQuery query, PageRequest page) {
        requireCourseReader(actor);
        CourseQuery q = query == null ? CourseQuery.ALL : query;
        List<Long> units = Access.unitIds(org, actor, q.unitId());
        Access.Names names = new Access.Names(org);
        if (q.flagged() != null) {
            // the flag depends on the configured minimums: filtered after reading, then paged here
            List<Course> all = Jpa.read(emf, em -> withCounts(em, Jpa.page(em, CourseEntity.class, "unitId", units,
                    (cb, c) -> where(cb, c, q), (cb, c) -> cb.desc(c.get("startDate")), PageRequest.EXPORT)
                    .items(), names));
            List<Course> kept = all.stream().filter(c -> c.flagged() == q.flagged()).toList();
            int from = Math.min(page.offset(), kept.size());
            int to = Math.min(from + page.size(), kept.size());
            return new Page<>(kept.subList(from, to), page.page(), page.size(), kept.size());
        }
        return Jpa.read(emf, em -> {
            Page<CourseEntity> p = Jpa.page(em, CourseEntity.class, "unitId", units, (cb, c) -> where(cb, c, q),
                    (cb, c) -> cb.desc(c.get("startDate")), page);
            return new Page<>(withCounts(em, p.items(), names), p.page(), p.size(), p.total());
        });
    }

    private static List<Predicate> where(jakarta.persistence.criteria.CriteriaBuilder cb,
            jakarta.persistence.criteria.Root<CourseEntity> c, CourseQuery q) {
        List<Predicate> where = new ArrayList<>();
        if (q.year() != null) {
            where.add(cb.between(c.get("startDate"), LocalDate.of(q.year(), 1, 1), LocalDate.of(q.year(), 12, 31)));
        }
        if (q.kind() != null) {
            where.add(cb.equal(c.get("kind"), q.kind()));
        }
        if (q.tier() != null) {
            where.add(cb.like(c.get("tiers"), "%" + q.tier().name() + "%"));
        }
        if (q.text() != null && !q.text().isBlank()) {
            String like = Jpa.contains(q.text());
            where.add(cb.or(cb.like(c.get("title"), like), cb.like(c.get("organiser"), like)));
        }
        return where;
    }

    private List<Course> withCounts(EntityManager em, List<CourseEntity> entities, Access.Names names) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!entities.isEmpty()) {
            List<Long> ids = entities.stream().map(e -> e.id).toList();
            for (Object[] r : em
                    .createQuery("select s.courseId, count(s) from SessionEntity s where s.courseId in :ids "
                            + "group by s.courseId", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
            }
        }
        return entities.stream().map(e -> toRecord(e, counts.getOrDefault(e.id, 0), names)).toList();
    }

    @Override
    public Table export(Actor actor, CourseQuery query) {
        List<Course> rows = courses(actor, query, PageRequest.EXPORT).items();
        List<List<Object>> cells = new ArrayList<>();
        for (Course c : rows) {
            cells.add(Arrays.asList(c.id(), c.unitName(), c.title(), c.kind().nameZh(), tiersZh(c.tiers()),
                    c.organiser(), c.online() ? "线上" : c.place(), c.startDate(), c.endDate(), c.workingDays(),
                    c.hours(), c.sessions(), c.flagged() ? tiersZh(c.shortForTiers()) : null));
        }
        return new Table("培训课程", "课程", headers("column.id", "column.unit", "column.title", "column.kind",
                "column.tiers", "column.organiser", "column.place", "column.startDate", "column.endDate",
                "column.workingDays", "column.hours", "column.sessions", "column.shortFor"), cells);
    }

    static String tiersZh(List<StaffTier> tiers) {
        return tiers.stream().map(StaffTier::nameZh).collect(Collectors.joining("、"));
    }

    static List<String> headers(String... keys) {
        return Arrays.stream(keys).map(k -> MESSAGES.get(Languages.CHINESE, k)).toList();
    }

    // ---- sessions

    @Override
    public TrainingSession addSession(Actor actor, long courseId, SessionDraft draft) {
        Access.requireOfficer(actor);
        TrainingSession created = Jpa.inTransaction(emf, em -> {
            CourseEntity c = find(em, actor, courseId, true);
            TrainingRules.throwIfAny(TrainingRules.check(draft, c.startDate, c.endDate));
            SessionEntity s = new SessionEntity();
            s.courseId = courseId;
            fill(s, draft);
            em.persist(s);
            em.flush();
            TrainingSession made = toRecord(s);
            audit.record(actor, "create", SESSION_AUDIT_TYPE, made.id(), null, made);
            return made;
        });
        return created;
    }

    private static void fill(SessionEntity s, SessionDraft d) {
        s.day = d.day();
        s.startsAt = d.startsAt();
        s.endsAt = d.endsAt();
        s.place = TrainingRules.clean(d.place());
        s.hours = TrainingRules.sessionHours(d.hours(), d.startsAt(), d.endsAt());
        s.topic = TrainingRules.clean(d.topic());
    }

    /** The session and its course, checked against the reach (404 otherwise). */
    private SessionEntity session(EntityManager em, Actor actor, long sessionId, boolean lock) {
        SessionEntity s = lock ? em.find(SessionEntity.class, sessionId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(SessionEntity.class, sessionId);
        CourseEntity c = s == null ? null : em.find(CourseEntity.class, s.courseId);
        if (c == null || !actor.reach().contains(c.unitId)) {
            throw new NotFoundException(MESSAGES.text("entity.session"), sessionId);
        }
        return s;
    }

    @Override
    public TrainingSession updateSession(Actor actor, long sessionId, SessionDraft draft) {
        Access.requireOfficer(actor);
        TrainingSession[] beforeAfter = Jpa.inTransaction(emf, em -> {
            SessionEntity s = session(em, actor, sessionId, true);
            CourseEntity c = em.find(CourseEntity.class, s.courseId);
            TrainingRules.throwIfAny(TrainingRules.check(draft, c.startDate, c.endDate));
            TrainingSession before = toRecord(s);
            fill(s, draft);
            // attendance follows the session's day
            em.createQuery("update AttendanceEntity a set a.day = :day where a.sessionId = :s")
                    .setParameter("day", draft.day()).setParameter("s", sessionId).executeUpdate();
            TrainingSession after = toRecord(s);
            audit.record(actor, "update", SESSION_AUDIT_TYPE, sessionId, before, after);
            return new TrainingSession[] { before, after };
        });
        return beforeAfter[1];
    }

    @Override
    public void deleteSession(Actor actor, long sessionId) {
        Access.requireOfficer(actor);
        TrainingSession before = Jpa.inTransaction(emf, em -> {
            SessionEntity s = session(em, actor, sessionId, true);
            Long attendance = em.createQuery("select count(a) from AttendanceEntity a where a.sessionId = :s",
                    Long.class).setParameter("s", sessionId).getSingleResult();
            if (attendance > 0) {
                throw new ConflictException("session_has_attendance", MESSAGES.text("session.has_attendance"));
            }
            TrainingSession t = toRecord(s);
            em.remove(s);
            audit.record(actor, "delete", SESSION_AUDIT_TYPE, sessionId, t, null);
            return t;
        });
    }

    @Override
    public List<TrainingSession> sessions(Actor actor, long courseId) {
        requireCourseReader(actor);
        return Jpa.read(emf, em -> {
            find(em, actor, courseId, false);
            return em.createQuery("select s from SessionEntity s where s.courseId = :c order by s.day, s.startsAt",
                    SessionEntity.class).setParameter("c", courseId).getResultList().stream()
                    .map(CourseServiceImpl::toRecord).toList();
        });
    }

    @Override
    public Table sessionsTable(Actor actor, long courseId) {
        List<List<Object>> rows = new ArrayList<>();
        for (TrainingSession s : sessions(actor, courseId)) {
            rows.add(Arrays.asList(s.id(), s.day(), s.startsAt().toString(), s.endsAt().toString(), s.place(),
                    s.hours(), s.topic()));
        }
        return new Table("培训课次", "课次", headers("column.id", "column.day", "column.startsAt", "column.endsAt",
                "column.place", "column.hours", "column.topic"), rows);
    }

    static TrainingSession toRecord(SessionEntity s) {
        return new TrainingSession(s.id, s.courseId, s.day, s.startsAt, s.endsAt, s.place, s.hours, s.topic);
    }

    Course toRecord(CourseEntity e, int sessions, Access.Names names) {
        List<StaffTier> tiers = TrainingRules.tiersOf(e.tiers);
        return new Course(e.id, e.unitId, names.unitName(e.unitId), e.title, e.kind, tiers, e.organiser, e.place,
                e.online, e.startDate, e.endDate, e.workingDays, e.hours, e.syllabus,
                TrainingRules.shortForTiers(tiers, e.workingDays, policy), sessions, e.createdBy,
                e.createdAt == null ? null : e.createdAt.toInstant());
    }
}
