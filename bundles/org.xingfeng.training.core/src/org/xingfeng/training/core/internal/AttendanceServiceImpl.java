package org.xingfeng.training.core.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.RowError;
import org.xingfeng.platform.api.spreadsheet.SheetData;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.training.api.attendance.Attendance;
import org.xingfeng.training.api.attendance.AttendanceDraft;
import org.xingfeng.training.api.attendance.AttendanceMark;
import org.xingfeng.training.api.attendance.AttendanceQuery;
import org.xingfeng.training.api.attendance.AttendanceService;
import org.xingfeng.training.api.standing.TrainingPolicy;

/** Attendance in TRN_ATTENDANCE, one row per staff member and session. */
@Component
public class AttendanceServiceImpl implements AttendanceService {

    static final Messages MESSAGES = Messages.of(AttendanceServiceImpl.class);

    private final EntityManagerFactory emf;
    private final AuditLog audit;
    private final OrgService org;
    private final UserService users;
    private final BureauTime time;
    private final TrainingPolicy policy;
    private final SpreadsheetService spreadsheets;

    @Activate
    public AttendanceServiceImpl(@Reference TrainingDatabase database, @Reference AuditLog audit,
            @Reference OrgService org, @Reference UserService users, @Reference BureauTime time,
            @Reference TrainingSettings settings, @Reference SpreadsheetService spreadsheets) {
        this.spreadsheets = spreadsheets;
        this.emf = database.emf();
        this.audit = audit;
        this.org = org;
        this.users = users;
        this.time = time;
        this.policy = settings.policy();
    }

    @Override
    public Attendance record(Actor actor, long sessionId, AttendanceDraft draft) {
        return recordAll(actor, sessionId, java.util.Collections.singletonList(draft)).get(0);
    }

    @Override
    public List<Attendance> recordAll(Actor actor, long sessionId, List<AttendanceDraft> drafts) {
        Access.requireOfficer(actor);
        if (drafts == null || drafts.isEmpty()) {
            throw new org.xingfeng.platform.api.ValidationException("body", MESSAGES.text("attendance.none"));
        }
        Access.Names names = new Access.Names(org);
        List<Attendance[]> changes = Jpa.inTransaction(emf, em -> {
            SessionEntity s = session(em, actor, sessionId);
            CourseEntity c = em.find(CourseEntity.class, s.courseId);
            List<FieldError> errors = new ArrayList<>();
            Map<Long, Staff> staff = new HashMap<>();
            for (int i = 0; i < drafts.size(); i++) {
                AttendanceDraft d = drafts.get(i);
                int row = drafts.size() == 1 ? 0 : i + 1;
                errors.addAll(TrainingRules.check(d, s.hours, row));
                if (d != null && d.staffId() != null) {
                    Optional<Staff> member = org.staffMember(actor, d.staffId()); // out of reach: as if none
                    if (member.isEmpty()) {
                        errors.add(FieldError.at("staffId", row, MESSAGES.text("staff.unknown", d.staffId())));
                    } else if (staff.put(d.staffId(), member.get()) != null) {
                        errors.add(FieldError.at("staffId", row, MESSAGES.text("staff.twice", d.staffId())));
                    }
                }
            }
            TrainingRules.throwIfAny(errors);
            List<Attendance[]> done = new ArrayList<>();
            for (AttendanceDraft d : drafts) {
                List<AttendanceEntity> existing = em.createQuery(
                        "select a from AttendanceEntity a where a.sessionId = :s and a.staffId = :p",
                        AttendanceEntity.class).setParameter("s", sessionId).setParameter("p", d.staffId())
                        .getResultList();
                AttendanceEntity a = existing.isEmpty() ? new AttendanceEntity() : existing.get(0);
                Attendance before = a.id == null ? null : toRecord(a, c, names);
                Staff member = staff.get(d.staffId());
                a.sessionId = sessionId;
                a.courseId = c.id;
                a.day = s.day;
                a.staffId = member.id();
                a.unitId = member.unitId();
                a.mark = TrainingRules.mark(d);
                a.present = a.mark == AttendanceMark.PRESENT;
                a.hours = TrainingRules.attendedHours(d, s.hours);
                a.score = d.score() == null ? null : d.score().setScale(2);
                a.passed = d.passed();
                a.certificateNo = TrainingRules.clean(d.certificateNo());
                a.certificateIssued = a.certificateNo == null ? null : d.certificateIssued();
                a.certificateValidUntil = a.certificateNo == null ? null
                        : TrainingRules.validUntil(d.certificateIssued(), d.certificateValidUntil(),
                                policy.certificateValidityMonths());
                a.recordedBy = actor.username();
                a.recordedAt = Timestamp.from(time.now());
                if (a.id == null) {
                    em.persist(a);
                }
                em.flush();
                done.add(new Attendance[] { before, toRecord(a, c, names) });
            }
            for (Attendance[] ba : done) { // the entries last: they serialise on the chain's head
                audit.record(actor, ba[0] == null ? "create" : "update", AUDIT_TYPE, ba[1].id(), ba[0], ba[1]);
            }
            return done;
        });
        List<Attendance> result = new ArrayList<>();
        for (Attendance[] ba : changes) {
            result.add(ba[1]);
        }
        return result;
    }

    @Override
    public ImportReport importSheet(Actor actor, long sessionId, InputStream xlsx, boolean dryRun) {
        Access.requireOfficer(actor);
        SessionEntity session = Jpa.read(emf, em -> session(em, actor, sessionId));
        List<SheetData> sheets = spreadsheets.read(xlsx);
        if (sheets.isEmpty()) {
            return new ImportReport(dryRun, 0, 0, 0, List.of(new RowError(1, "工号", "文件没有工作表")));
        }
        SignSheetRules.Read read = SignSheetRules.read(sheets.get(0));
        List<RowError> errors = new ArrayList<>(read.errors());
        List<AttendanceDraft> drafts = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (SignSheetRules.SheetRow r : read.rows()) {
            Staff member = staffOf(actor, r, errors);
            if (member == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(member.id(), r.row());
            if (first != null) {
                errors.add(new RowError(r.row(), "工号", "与第 " + first + " 行是同一人：" + member.name()));
                continue;
            }
            AttendanceDraft d = AttendanceDraft.of(member.id(), r.mark(), r.hours(), r.score(), r.passed(),
                    r.certificateNo(), r.certificateIssued(), r.certificateValidUntil());
            for (FieldError e : TrainingRules.check(d, session.hours, r.row())) {
                errors.add(new RowError(r.row(), SHEET_COLUMNS.getOrDefault(e.field(), e.field()),
                        e.message(Languages.CHINESE)));
            }
            drafts.add(d);
        }
        int rowsRead = read.rows().size() + (int) read.errors().stream().map(RowError::row).distinct().count();
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RowError::row));
            return new ImportReport(dryRun, rowsRead, 0, 0, errors);
        }
        List<Long> ids = drafts.stream().map(AttendanceDraft::staffId).toList();
        long existing = Jpa.read(emf, em -> em.createQuery("select count(a) from AttendanceEntity a where "
                + "a.sessionId = :s and a.staffId in :ids", Long.class).setParameter("s", sessionId)
                .setParameter("ids", ids).getSingleResult());
        if (!dryRun) {
            try {
                recordAll(actor, sessionId, drafts);
            } catch (XingfengException e) {
                List<RowError> late = new ArrayList<>();
                for (FieldError f : e.details()) {
                    late.add(new RowError(f.row(), f.field(),
                            f.message(Languages.CHINESE)));
                }
                return new ImportReport(false, rowsRead, 0, 0, late.isEmpty()
                        ? List.of(new RowError(1, "", e.message(Languages.CHINESE)))
                        : late);
            }
        }
        return new ImportReport(dryRun, rowsRead, drafts.size() - (int) existing, (int) existing, List.of());
    }

    static final Map<String, String> SHEET_COLUMNS = Map.of("staffId", "工号", "mark", "出勤", "hours", "学时",
            "score", "成绩", "passed", "考核", "certificateNo", "证书编号", "certificateIssued", "发证日期",
            "certificateValidUntil", "有效期至");

    /** The staff member a row names, within the actor's reach: by number, else by a name only one of them has. */
    private Staff staffOf(Actor actor, SignSheetRules.SheetRow r, List<RowError> errors) {
        if (r.staffNumber() != null) {
            Optional<Staff> s = org.staffByNumber(actor, r.staffNumber());
            if (s.isEmpty()) {
                errors.add(new RowError(r.row(), "工号", "工号不存在：" + r.staffNumber()));
                return null;
            }
            if (r.name() != null && !r.name().equals(s.get().name())) {
                errors.add(new RowError(r.row(), "姓名", "工号 " + r.staffNumber() + " 是" + s.get().name() + "，不是"
                        + r.name()));
                return null;
            }
            return s.get();
        }
        List<Staff> named = org.staff(actor, new StaffQuery(null, null, null, null, r.name()), PageRequest.ALL)
                .items().stream().filter(s -> s.name().equals(r.name())).toList();
        if (named.isEmpty()) {
            errors.add(new RowError(r.row(), "姓名", "没有名为" + r.name() + "的工作人员"));
            return null;
        }
        if (named.size() > 1) {
            errors.add(new RowError(r.row(), "姓名", "有 " + named.size() + " 位工作人员名为" + r.name() + "，请填工号"));
            return null;
        }
        return named.get(0);
    }

    private SessionEntity session(EntityManager em, Actor actor, long sessionId) {
        SessionEntity s = em.find(SessionEntity.class, sessionId);
        CourseEntity c = s == null ? null : em.find(CourseEntity.class, s.courseId);
        if (c == null || !actor.reach().contains(c.unitId)) {
            throw new NotFoundException(MESSAGES.text("entity.session"), sessionId);
        }
        return s;
    }

    @Override
    public void delete(Actor actor, long id) {
        Access.requireOfficer(actor);
        Access.Names names = new Access.Names(org);
        Attendance before = Jpa.inTransaction(emf, em -> {
            AttendanceEntity a = em.find(AttendanceEntity.class, id);
            if (a == null || !actor.reach().contains(a.unitId)) {
                throw new NotFoundException(MESSAGES.text("entity.attendance"), id);
            }
            Attendance r = toRecord(a, em.find(CourseEntity.class, a.courseId), names);
            em.remove(a);
            audit.record(actor, "delete", AUDIT_TYPE, id, r, null);
            return r;
        });
    }

    @Override
    public Optional<Attendance> attendance(Actor actor, long id) {
        Optional<Long> own = Access.reader(actor) ? Optional.empty() : Access.ownStaffId(users, actor);
        if (!Access.reader(actor) && own.isEmpty()) {
            Access.requireReader(actor);
        }
        Access.Names names = new Access.Names(org);
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(AttendanceEntity.class, id))
                .filter(a -> Access.reader(actor) ? actor.reach().contains(a.unitId) : own.get() == a.staffId)
                .map(a -> toRecord(a, em.find(CourseEntity.class, a.courseId), names)));
    }

    @Override
    public Page<Attendance> list(Actor actor, AttendanceQuery query, PageRequest page) {
        Access.requireReader(actor);
        AttendanceQuery q = query == null ? AttendanceQuery.ALL : query;
        List<Long> units = Access.unitIds(org, actor, q.unitId());
        return page(units, q, page);
    }

    private Page<Attendance> page(List<Long> units, AttendanceQuery q, PageRequest page) {
        Access.Names names = new Access.Names(org);
        return Jpa.read(emf, em -> {
            Page<AttendanceEntity> p = Jpa.page(em, AttendanceEntity.class, "unitId", units, (cb, a) -> {
                List<Predicate> where = new ArrayList<>();
                if (q.courseId() != null) {
                    where.add(cb.equal(a.get("courseId"), q.courseId()));
                }
                if (q.sessionId() != null) {
                    where.add(cb.equal(a.get("sessionId"), q.sessionId()));
                }
                if (q.staffId() != null) {
                    where.add(cb.equal(a.get("staffId"), q.staffId()));
                }
                if (q.present() != null) {
                    where.add(cb.equal(a.get("present"), q.present()));
                }
                if (q.mark() == AttendanceMark.PRESENT) {
                    where.add(cb.isTrue(a.get("present")));
                } else if (q.mark() == AttendanceMark.ABSENT) { // rows from before marks have none
                    where.add(cb.isFalse(a.get("present")));
                    where.add(cb.or(cb.isNull(a.get("mark")), cb.equal(a.get("mark"), AttendanceMark.ABSENT)));
                } else if (q.mark() == AttendanceMark.EXCUSED) {
                    where.add(cb.equal(a.get("mark"), AttendanceMark.EXCUSED));
                }
                if (q.year() != null) {
                    where.add(cb.between(a.get("day"), LocalDate.of(q.year(), 1, 1), LocalDate.of(q.year(), 12, 31)));
                }
                return where;
            }, (cb, a) -> cb.desc(a.get("day")), page);
            Map<Long, CourseEntity> courses = new HashMap<>();
            return p.map(a -> toRecord(a, courses.computeIfAbsent(a.courseId, k -> em.find(CourseEntity.class, k)),
                    names));
        });
    }

    @Override
    public Table export(Actor actor, AttendanceQuery query) {
        return table(list(actor, query, PageRequest.EXPORT).items());
    }

    @Override
    public Table table(List<Attendance> list) {
        List<List<Object>> rows = new ArrayList<>();
        for (Attendance a : list) {
            rows.add(Arrays.asList(a.id(), a.day(), a.courseTitle(), a.unitName(), a.staffNumber(), a.staffName(),
                    a.mark().nameZh(), a.hours(), a.score(),
                    a.passed() == null ? null : (a.passed() ? "合格" : "不合格"), a.certificateNo(),
                    a.certificateIssued(), a.certificateValidUntil()));
        }
        return new Table("培训签到", "签到", CourseServiceImpl.headers("column.id", "column.day", "column.title",
                "column.unit", "column.staffNumber", "column.staffName", "column.mark", "column.hours",
                "column.score", "column.passed", "column.certificateNo", "column.certificateIssued",
                "column.certificateValidUntil"), rows);
    }

    @Override
    public List<Attendance> mine(Actor actor) {
        Optional<Long> own = Access.ownStaffId(users, actor);
        if (own.isEmpty()) {
            return List.of();
        }
        return page(null, new AttendanceQuery(null, null, null, own.get(), null, null), PageRequest.EXPORT).items();
    }

    private Attendance toRecord(AttendanceEntity a, CourseEntity c, Access.Names names) {
        Staff s = names.staff(a.staffId);
        return new Attendance(a.id, a.sessionId, a.courseId, c == null ? null : c.title, a.day, a.staffId,
                s == null ? null : s.staffNumber(), s == null ? null : s.name(), a.unitId, names.unitName(a.unitId),
                a.present, a.hours, a.score, a.passed, a.certificateNo, a.certificateIssued, a.certificateValidUntil,
                a.recordedBy, a.recordedAt == null ? null : a.recordedAt.toInstant(), a.mark());
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
