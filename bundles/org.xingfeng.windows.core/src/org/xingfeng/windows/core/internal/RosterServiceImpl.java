package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.HallServiceImpl.h;
import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.windows.api.roster.DutyDraft;
import org.xingfeng.windows.api.roster.DutyEntry;
import org.xingfeng.windows.api.roster.DutyRole;
import org.xingfeng.windows.api.roster.RosterQuery;
import org.xingfeng.windows.api.roster.RosterService;
import org.xingfeng.windows.api.roster.ServiceSession;
import org.xingfeng.windows.api.roster.SessionDraft;
import org.xingfeng.windows.api.roster.SessionKind;

/** 带班值班 in WIN_DUTY and WIN_SESSION. */
@Component
public class RosterServiceImpl implements RosterService {

    private final EntityManagerFactory emf;
    private final AuditLog audit;
    private final OrgService org;
    private final BureauTime time;

    @Activate
    public RosterServiceImpl(@Reference WindowsDatabase database, @Reference AuditLog audit, @Reference OrgService org,
            @Reference BureauTime time) {
        this.emf = database.emf();
        this.audit = audit;
        this.org = org;
        this.time = time;
    }

    /** The staff member, when in the actor's reach and of the hall's unit or a unit below it; 400 naming staffId otherwise. */
    private Staff staffOfHall(Actor actor, HallEntity hall, long staffId) {
        Optional<Staff> s = org.staffMember(actor, staffId);
        if (s.isEmpty() || org.subtree(Actor.SYSTEM, hall.unitId).stream().noneMatch(u -> u.id() == s.get().unitId())) {
            Checks.throwIfAny(List.of(FieldError.of("staffId", MESSAGES.text("staff.unknown", staffId))));
        }
        return s.get();
    }

    @Override
    public DutyEntry assign(Actor actor, DutyDraft draft) {
        Access.requireAdmin(actor);
        Checks.throwIfAny(RosterRules.check(draft));
        HallEntity hall = Jpa.read(emf, em -> Access.hallOfDraft(em, actor, draft.hallId()));
        Staff staff = staffOfHall(actor, hall, draft.staffId());
        DutyEntry created = Jpa.inTransaction(emf, em -> {
            WindowEntity w = null;
            if (draft.windowId() != null) {
                w = em.find(WindowEntity.class, draft.windowId());
                if (w == null || w.hallId != hall.id) {
                    Checks.throwIfAny(List.of(FieldError.of("windowId",
                            MESSAGES.text("window.other.hall", draft.windowId()))));
                }
            }
            long sameStaff = em.createQuery("SELECT COUNT(d) FROM DutyEntity d WHERE d.hallId = :h AND d.date = :d "
                    + "AND d.staffId = :s", Long.class).setParameter("h", hall.id).setParameter("d", draft.date())
                    .setParameter("s", staff.id()).getSingleResult();
            if (sameStaff > 0) {
                throw new ConflictException("duty_taken",
                        MESSAGES.text("roster.staff.twice", staff.name(), draft.date()));
            }
            if (w != null) {
                long sameWindow = em.createQuery("SELECT COUNT(d) FROM DutyEntity d WHERE d.windowId = :w "
                        + "AND d.date = :d", Long.class).setParameter("w", w.id).setParameter("d", draft.date())
                        .getSingleResult();
                if (sameWindow > 0) {
                    throw new ConflictException("duty_taken", MESSAGES.text("roster.window.twice", w.number,
                            draft.date()));
                }
            }
            DutyEntity e = new DutyEntity();
            e.hallId = hall.id;
            e.date = draft.date();
            e.role = draft.role().name();
            e.staffId = staff.id();
            e.windowId = w == null ? null : w.id;
            e.note = Checks.clean(draft.note());
            em.persist(e);
            em.flush();
            DutyEntry done = toRecord(e, staff, w == null ? null : w.number);
            audit.record(actor, "assign", AUDIT_TYPE, done.id(), null, done);
            return done;
        });
        return created;
    }

    @Override
    public void remove(Actor actor, long dutyId) {
        Access.requireAdmin(actor);
        Jpa.run(emf, em -> {
            DutyEntity e = em.find(DutyEntity.class, dutyId);
            HallEntity h = e == null ? null : em.find(HallEntity.class, e.hallId);
            if (h == null || !actor.reach().contains(h.unitId)) {
                throw new NotFoundException(MESSAGES.text("entity.duty"), dutyId);
            }
            DutyEntry before = toRecord(e, org.staffMember(Actor.SYSTEM, e.staffId).orElse(null), null);
            em.remove(e);
            audit.record(actor, "remove", AUDIT_TYPE, dutyId, before, null);
        });
    }

    @Override
    public List<DutyEntry> roster(Actor actor, RosterQuery query) {
        Access.requireReader(actor);
        LocalDate[] span = RosterRules.span(query, time.today());
        return Jpa.read(emf, em -> {
            Access.hall(em, actor, query.hallId());
            List<WindowEntity> windows = WindowServiceImpl.windowsOf(em, query.hallId());
            List<DutyEntity> rows = em.createQuery("SELECT d FROM DutyEntity d WHERE d.hallId = :h AND d.date >= :f "
                    + "AND d.date <= :t" + (query.staffId() == null ? "" : " AND d.staffId = :s"), DutyEntity.class)
                    .setParameter("h", query.hallId()).setParameter("f", span[0]).setParameter("t", span[1])
                    .setParameter(query.staffId() == null ? "h" : "s",
                            query.staffId() == null ? query.hallId() : query.staffId())
                    .getResultList();
            List<DutyEntry> list = new ArrayList<>();
            for (DutyEntity d : rows) {
                String number = windows.stream().filter(w -> w.id.equals(d.windowId)).map(w -> w.number).findFirst()
                        .orElse(null);
                list.add(toRecord(d, org.staffMember(Actor.SYSTEM, d.staffId).orElse(null), number));
            }
            list.sort(Comparator.comparing(DutyEntry::date).thenComparing(DutyEntry::role).thenComparing(
                    e -> e.windowNumber() == null ? "" : e.windowNumber(), WindowServiceImpl::compareNumbers));
            return list;
        });
    }

    private static DutyEntry toRecord(DutyEntity e, Staff staff, String windowNumber) {
        return new DutyEntry(e.id, e.hallId, e.date, DutyRole.valueOf(e.role), e.staffId,
                staff == null ? null : staff.staffNumber(), staff == null ? null : staff.name(), e.windowId,
                windowNumber, e.note);
    }

    @Override
    public ServiceSession record(Actor actor, SessionDraft draft) {
        Access.requireCounter(actor);
        Checks.throwIfAny(RosterRules.check(draft, time.now().atZone(time.zone()).toLocalDateTime()));
        HallEntity hall = Jpa.read(emf, em -> Access.hallOfDraft(em, actor, draft.hallId()));
        Staff staff = staffOfHall(actor, hall, draft.staffId());
        ServiceSession created = Jpa.inTransaction(emf, em -> {
            SessionEntity e = new SessionEntity();
            e.hallId = hall.id;
            e.kind = draft.kind().name();
            e.date = draft.date();
            e.start = draft.start();
            e.end = draft.end();
            e.staffId = staff.id();
            e.citizensServed = draft.citizensServed();
            e.note = Checks.clean(draft.note());
            e.recordedBy = actor.username();
            em.persist(e);
            em.flush();
            ServiceSession done = toRecord(e, staff);
            audit.record(actor, "session", AUDIT_TYPE, done.id(), null, done);
            return done;
        });
        return created;
    }

    @Override
    public List<ServiceSession> sessions(Actor actor, RosterQuery query) {
        Access.requireReader(actor);
        LocalDate[] span = RosterRules.span(query, time.today());
        return Jpa.read(emf, em -> {
            Access.hall(em, actor, query.hallId());
            return em.createQuery("SELECT s FROM SessionEntity s WHERE s.hallId = :h AND s.date >= :f AND s.date <= :t "
                    + "ORDER BY s.date, s.start", SessionEntity.class).setParameter("h", query.hallId())
                    .setParameter("f", span[0]).setParameter("t", span[1]).getResultList().stream()
                    .filter(s -> query.staffId() == null || query.staffId() == s.staffId)
                    .map(s -> toRecord(s, org.staffMember(Actor.SYSTEM, s.staffId).orElse(null))).toList();
        });
    }

    private static ServiceSession toRecord(SessionEntity e, Staff staff) {
        return new ServiceSession(e.id, e.hallId, SessionKind.valueOf(e.kind), e.date, e.start, e.end, e.staffId,
                staff == null ? null : staff.name(), e.citizensServed, e.note, e.recordedBy);
    }

    @Override
    public Table rosterTable(List<DutyEntry> entries) {
        List<List<Object>> rows = new ArrayList<>();
        for (DutyEntry e : entries) {
            rows.add(List.of(e.date().toString(), h("dutyRole." + e.role()), nz(e.windowNumber()), nz(e.staffNumber()),
                    nz(e.staffName()), nz(e.note())));
        }
        return new Table("roster", h("sheet.roster"), List.of(h("col.day"), h("col.dutyRole"), h("col.window"),
                h("col.staffNumber"), h("col.staff"), h("col.note")), rows);
    }

    @Override
    public Table sessionsTable(List<ServiceSession> sessions) {
        List<List<Object>> rows = new ArrayList<>();
        for (ServiceSession s : sessions) {
            rows.add(List.of(s.date().toString(), h("sessionKind." + s.kind()), s.start() + "-" + s.end(),
                    nz(s.staffName()), s.citizensServed(), nz(s.note())));
        }
        return new Table("sessions", h("sheet.sessions"), List.of(h("col.day"), h("col.sessionKind"),
                h("col.time"), h("col.staff"), h("col.citizens"), h("col.note")), rows);
    }

    private static Object nz(Object o) {
        return o == null ? "" : o;
    }
}
