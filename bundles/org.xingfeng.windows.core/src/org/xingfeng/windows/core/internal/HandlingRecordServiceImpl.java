package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.HallServiceImpl.h;
import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.PersonalData;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.UserAccount;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.windows.api.MatterRef;
import org.xingfeng.windows.api.WindowsRoles;
import org.xingfeng.windows.api.WindowsEvents;
import org.xingfeng.windows.api.queue.QueueService;
import org.xingfeng.windows.api.queue.Ticket;
import org.xingfeng.windows.api.queue.TicketState;
import org.xingfeng.windows.api.WindowsEvents;
import org.xingfeng.windows.api.records.HandlingChannel;
import org.xingfeng.windows.api.records.HandlingRecord;
import org.xingfeng.windows.api.records.HandlingRecordDraft;
import org.xingfeng.windows.api.records.HandlingRecordQuery;
import org.xingfeng.windows.api.records.HandlingRecordService;
import org.xingfeng.windows.api.records.HandlingStep;
import org.xingfeng.windows.api.records.OnTimeQuery;
import org.xingfeng.windows.api.records.OnTimeRate;
import org.xingfeng.windows.api.records.RecordDimension;
import org.xingfeng.windows.api.records.RecordState;
import org.xingfeng.windows.api.records.StepDraft;
import org.xingfeng.windows.api.records.StepKind;

/**
 * 办件 in WIN_RECORD and WIN_RECORD_STEP. A record's number comes from its unit's counter row of the year
 * (WIN_RECORD_COUNTER), moved in the record's own transaction; a step is an update naming the version read, so of two
 * steps at once one wins and the other answers 409. Tickets are read through the queue's api. Settings: PID
 * {@value #PID}.
 */
@Component(configurationPid = HandlingRecordServiceImpl.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = HandlingRecordServiceImpl.Config.class)
public class HandlingRecordServiceImpl implements HandlingRecordService {

    public static final String PID = "org.xingfeng.windows.records";
    private static final Logger LOG = LoggerFactory.getLogger(HandlingRecordServiceImpl.class);

    @ObjectClassDefinition(id = PID, name = "Windows handling records",
            description = "Handling records (办件): due-soon flags")
    public @interface Config {

        @AttributeDefinition(name = "Due soon (working days)",
                description = "An open record is flagged due soon this many working days before its due date")
        int dueSoonDays() default 2;
    }

    private static final Set<String> OPEN_STATES = Set.of(RecordState.RECEIVED.name(), RecordState.ACCEPTED.name(),
            RecordState.REVIEWED.name());
    private static final Set<String> COMPLETED_STATES = Set.of(RecordState.COMPLETED.name(),
            RecordState.DELIVERED.name());

    private final EntityManagerFactory emf;
    private final AuditLog audit;
    private final OrgService org;
    private final UserService users;
    private final QueueService queue;
    private final MatterDirectory matters;
    private final WorkingDayCalendar calendar;
    private final BureauTime time;
    private final int dueSoonDays;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile MatterTerms terms;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TicketIssuer issuer;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile org.osgi.service.event.EventAdmin events;

    @Activate
    public HandlingRecordServiceImpl(@Reference WindowsDatabase database, @Reference AuditLog audit,
            @Reference OrgService org, @Reference UserService users, @Reference QueueService queue,
            @Reference MatterDirectory matters, @Reference WorkingDayCalendar calendar, @Reference BureauTime time,
            Config config) {
        if (config.dueSoonDays() < 0 || config.dueSoonDays() > 30) {
            throw new IllegalArgumentException(PID + ": dueSoonDays must be 0-30");
        }
        this.emf = database.emf();
        this.audit = audit;
        this.org = org;
        this.users = users;
        this.queue = queue;
        this.matters = matters;
        this.calendar = calendar;
        this.time = time;
        this.dueSoonDays = config.dueSoonDays();
    }

    // ---- who

    private record Person(Long staffId, String name) {
    }

    private Person person(Actor actor) {
        if (actor.userId() <= 0) {
            return new Person(null, actor.username());
        }
        Long staffId = users.user(Actor.SYSTEM, actor.userId()).map(UserAccount::staffId).orElse(null);
        if (staffId == null) {
            return new Person(null, actor.username());
        }
        return new Person(staffId, org.staffMember(Actor.SYSTEM, staffId).map(Staff::name).orElse(actor.username()));
    }

    /** Citizens' data in clear: those who handle records (window staff, lobby managers, windows administrators). */
    static boolean clear(Actor actor) {
        return actor.hasAnyRole(WindowsRoles.STAFF, WindowsRoles.LOBBY, WindowsRoles.ADMIN);
    }

    /** A staff member of the record's unit or a unit below it, in the actor's reach; 400 naming the field otherwise. */
    private Staff staffOf(Actor actor, long unitId, long staffId, String field) {
        Optional<Staff> s = org.staffMember(actor, staffId);
        if (s.isEmpty() || org.subtree(Actor.SYSTEM, unitId).stream().noneMatch(u -> u.id() == s.get().unitId())) {
            throw new ValidationException(field, MESSAGES.text("staff.unknown", staffId));
        }
        return s.get();
    }

    private Optional<MatterTerms.Terms> terms(long unitId, String code) {
        MatterTerms t = terms;
        if (t == null) {
            return Optional.empty();
        }
        try {
            return t.terms(unitId, code);
        } catch (RuntimeException e) { // the module going away under us: work as without it
            return Optional.empty();
        }
    }

    // ---- opening

    @Override
    public HandlingRecord open(Actor actor, HandlingRecordDraft draft) {
        Access.requireCounter(actor);
        if (draft == null) {
            throw new ValidationException("body", MESSAGES.text("field.required"));
        }
        Checks.throwIfAny(HandlingRecordRules.check(draft, draft.ticketId() != null));
        Ticket ticket = null;
        Long windowId = draft.windowId();
        if (draft.ticketId() != null) {
            ticket = queue.ticket(actor, draft.ticketId())
                    .orElseThrow(() -> new ValidationException("ticketId",
                            MESSAGES.text("record.ticket.unknown", draft.ticketId())));
            if (ticket.state() == TicketState.WAITING || ticket.state() == TicketState.NO_SHOW) {
                throw new ConflictException("ticket_state", MESSAGES.text("record.ticket.state",
                        h("state." + ticket.state()), ticket.state()));
            }
            if (windowId != null && !windowId.equals(ticket.windowId())) {
                throw new ValidationException("windowId", MESSAGES.text("record.ticket.window", ticket.number()));
            }
            windowId = ticket.windowId();
        }
        final Long wid = windowId;
        WindowEntity window = wid == null ? null : Jpa.read(emf, em -> {
            WindowEntity w = em.find(WindowEntity.class, wid);
            if (w == null || !actor.reach().contains(w.unitId)) {
                throw new ValidationException("windowId", MESSAGES.text("record.window.unknown", wid));
            }
            return w;
        });
        long unitId;
        if (ticket != null) {
            unitId = ticket.unitId();
        } else if (window != null) {
            unitId = window.unitId;
        } else {
            if (!actor.reach().contains(draft.unitId()) || org.unit(actor, draft.unitId()).isEmpty()) {
                throw new ValidationException("unitId", MESSAGES.text("unit.unknown", draft.unitId()));
            }
            unitId = draft.unitId();
        }
        if (draft.unitId() != null && draft.unitId() != unitId) {
            throw new ValidationException("unitId", MESSAGES.text("record.unit.other", draft.unitId()));
        }
        HandlingChannel channel = draft.channel() != null ? draft.channel()
                : window != null ? HandlingChannel.WINDOW : HandlingChannel.ONLINE;
        if (channel == HandlingChannel.WINDOW && window == null) {
            throw new ValidationException("windowId", MESSAGES.text("record.window.required"));
        }
        String code = Checks.clean(draft.matterCode());
        if (code == null && ticket != null) {
            code = ticket.matterCode();
        }
        MatterRef ref = matters.ref(unitId, code);
        if (!matters.unknown(unitId, List.of(code)).isEmpty()) {
            throw new ValidationException("matterCode", MESSAGES.text("matter.unlisted", code));
        }
        Optional<MatterTerms.Terms> t = terms(unitId, code);
        Person me = person(actor);
        Staff staff = draft.staffId() == null ? null : staffOf(actor, unitId, draft.staffId(), "staffId");
        Long staffId = staff != null ? Long.valueOf(staff.id()) : me.staffId();
        String staffName = staff != null ? staff.name() : me.staffId() == null ? null : me.name();
        Staff first = draft.firstResponsibleStaffId() == null ? null
                : staffOf(actor, unitId, draft.firstResponsibleStaffId(), "firstResponsibleStaffId");
        Instant now = time.now();
        LocalDate today = time.today();
        String key = unitId + ":" + today.getYear();
        ensureCounter(key);
        final String matterCode = code;
        final Ticket tk = ticket;
        HandlingRecord created = Jpa.inTransaction(emf, em -> {
            int seq = nextSeq(em, key);
            HandlingRecordEntity e = new HandlingRecordEntity();
            e.unitId = unitId;
            e.number = HandlingRecordRules.number(today.getYear(), seq);
            e.hallId = window != null ? Long.valueOf(window.hallId) : null;
            e.windowId = window != null ? window.id : null;
            e.windowNumber = window != null ? window.number : null;
            e.ticketId = tk != null ? tk.id() : null;
            e.ticketNumber = tk != null ? tk.number() : null;
            e.channel = channel.name();
            e.matterCode = matterCode;
            e.matterName = t.map(MatterTerms.Terms::name).orElse(ref.listed() ? ref.name() : null);
            e.limitDays = t.map(MatterTerms.Terms::limitDays).orElse(null);
            e.citizenName = Checks.clean(draft.citizenName());
            e.citizenIdNumber = draft.citizenIdNumber() == null ? null
                    : Checks.clean(draft.citizenIdNumber().toUpperCase());
            e.staffId = staffId;
            e.staffName = staffName;
            e.firstStaffId = first != null ? Long.valueOf(first.id()) : staffId;
            e.firstStaffName = first != null ? first.name() : staffName;
            e.state = RecordState.RECEIVED.name();
            e.openedAt = Timestamp.from(now);
            e.openedOn = today;
            e.openedBy = actor.username();
            e.note = Checks.clean(draft.note());
            em.persist(e);
            em.flush();
            HandlingRecord done = toRecord(e, List.of(), today);
            audit.record(actor, "open", AUDIT_TYPE, done.id(), null, shown(done, false));
            return done;
        });
        return shown(created, clear(actor));
    }

    /** Makes the counter row of a unit's year once (a second maker meets the primary key and goes on). */
    private void ensureCounter(String key) {
        boolean exists = Jpa.read(emf, em -> em.find(RecordCounterEntity.class, key) != null);
        if (exists) {
            return;
        }
        try {
            Jpa.run(emf, em -> {
                RecordCounterEntity c = new RecordCounterEntity();
                c.key = key;
                c.last = 0;
                em.persist(c);
            });
        } catch (RuntimeException e) {
            // made meanwhile by another request: it is there now
            if (!Jpa.read(emf, em -> em.find(RecordCounterEntity.class, key) != null)) {
                throw e;
            }
        }
    }

    private static int nextSeq(EntityManager em, String key) {
        int n = em.createQuery("UPDATE RecordCounterEntity c SET c.last = c.last + 1 WHERE c.key = :k")
                .setParameter("k", key).executeUpdate();
        if (n != 1) {
            throw new IllegalStateException("no record counter " + key);
        }
        return em.createQuery("SELECT c.last FROM RecordCounterEntity c WHERE c.key = :k", Integer.class)
                .setParameter("k", key).getSingleResult();
    }

    // ---- steps

    @Override
    public HandlingRecord step(Actor actor, long recordId, StepDraft step) {
        Access.requireCounter(actor);
        Checks.throwIfAny(HandlingRecordRules.check(step));
        HandlingRecord before = record(actor, recordId)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.record"), recordId));
        List<String> materials = step.materials() == null ? List.of()
                : step.materials().stream().map(String::strip).toList();
        if (step.kind() == StepKind.NOTIFY) {
            List<String> guide = terms(before.unitId(), before.matterCode()).map(MatterTerms.Terms::materials)
                    .orElse(List.of());
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < materials.size(); i++) {
                if (!guide.isEmpty() && !guide.contains(materials.get(i))) {
                    errors.add(FieldError.of("materials[" + i + "]",
                            MESSAGES.text("record.material.unknown", materials.get(i))));
                }
            }
            Checks.throwIfAny(errors);
        }
        Person me = person(actor);
        Instant now = time.now();
        LocalDate today = time.today();
        HandlingRecord after;
        try {
            after = Jpa.inTransaction(emf, em -> {
                HandlingRecordEntity e = em.find(HandlingRecordEntity.class, recordId);
                if (e == null || !actor.reach().contains(e.unitId)) {
                    throw new NotFoundException(MESSAGES.text("entity.record"), recordId);
                }
                RecordState state = RecordState.valueOf(e.state);
                RecordState next = HandlingRecordRules.next(state, step.kind());
                if (next == null) {
                    throw new ConflictException("record_state", MESSAGES.text("record.state",
                            h("recordState." + state), h("step." + step.kind()), state));
                }
                e.state = next.name();
                if (step.kind() == StepKind.ACCEPT) {
                    e.acceptedOn = today;
                    e.dueDate = HandlingRecordRules.dueDate(today, e.limitDays, calendar::isWorkingDay);
                }
                if (HandlingRecordRules.closes(step.kind())) {
                    e.closedAt = Timestamp.from(now);
                    e.closedOn = today;
                    e.evaluationTicket = evaluationTicket(e);
                }
                if (step.kind() == StepKind.NOTIFY) {
                    e.missing = String.join("\n", materials);
                }
                HandlingStepEntity s = new HandlingStepEntity();
                s.recordId = e.id;
                s.kind = step.kind().name();
                s.at = Timestamp.from(now);
                s.by = actor.username();
                s.staffId = me.staffId();
                s.staffName = me.staffId() == null ? null : me.name();
                s.note = Checks.clean(step.note());
                s.materials = materials.isEmpty() ? null : String.join("\n", materials);
                em.persist(s);
                em.flush();
                HandlingRecord done = toRecord(e, steps(em, e.id), today);
                audit.record(actor, "step." + step.kind().name().toLowerCase(), AUDIT_TYPE, recordId,
                        shown(before, false), shown(done, false));
                return done;
            });
        } catch (RollbackException | OptimisticLockException e) {
            throw new ConflictException("record_changed", MESSAGES.text("record.changed"));
        } catch (RuntimeException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new ConflictException("record_changed", MESSAGES.text("record.changed"));
            }
            throw e;
        }
        if (HandlingRecordRules.closes(step.kind())) {
            closed(after, now);
        }
        return shown(after, clear(actor));
    }

    /** Tells the window's evaluator tablet (through the hall's live stream) that a record was closed there. */
    private void closed(HandlingRecord r, Instant at) {
        org.osgi.service.event.EventAdmin e = events;
        if (e == null || r.hallId() == null || r.windowId() == null) {
            return;
        }
        Map<String, Object> p = new HashMap<>();
        p.put(WindowsEvents.HALL_ID, r.hallId());
        p.put(WindowsEvents.WINDOW_ID, r.windowId());
        p.put(WindowsEvents.WINDOW_NUMBER, r.windowNumber());
        p.put(RecordEvents.RECORD_ID, r.id());
        p.put(WindowsEvents.STATE, r.state().name());
        p.put(WindowsEvents.AT, at.toEpochMilli());
        e.postEvent(new org.osgi.service.event.Event(RecordEvents.CLOSED, p));
    }

    /**
     * The evaluation ticket of a record being closed, from the evaluations module when it is there (null otherwise, or
     * when it goes away meanwhile: the record closes all the same).
     */
    private String evaluationTicket(HandlingRecordEntity e) {
        TicketIssuer i = issuer;
        if (i == null) {
            return null;
        }
        String staffNumber = e.staffId == null ? null
                : org.staffMember(Actor.SYSTEM, e.staffId).map(Staff::staffNumber).orElse(null);
        try {
            return i.issue(e.unitId, e.number, staffNumber, e.windowNumber, e.matterCode);
        } catch (RuntimeException x) {
            LOG.warn("no evaluation ticket for record {}: {}", e.number, x.toString());
            return null;
        }
    }

    // ---- reading

    @Override
    public Optional<HandlingRecord> record(Actor actor, long id) {
        Access.requireReader(actor);
        LocalDate today = time.today();
        return Jpa.read(emf, em -> {
            HandlingRecordEntity e = em.find(HandlingRecordEntity.class, id);
            if (e == null || !actor.reach().contains(e.unitId)) {
                return Optional.<HandlingRecord>empty();
            }
            return Optional.of(shown(toRecord(e, steps(em, e.id), today), clear(actor)));
        });
    }

    @Override
    public Optional<HandlingRecord> byNumber(Actor actor, long unitId, String number) {
        Access.requireReader(actor);
        if (!actor.reach().contains(unitId) || number == null) {
            return Optional.empty();
        }
        LocalDate today = time.today();
        return Jpa.read(emf, em -> em
                .createQuery("SELECT r FROM HandlingRecordEntity r WHERE r.unitId = :u AND r.number = :n",
                        HandlingRecordEntity.class)
                .setParameter("u", unitId).setParameter("n", number.strip()).getResultList().stream().findFirst()
                .map(e -> shown(toRecord(e, steps(em, e.id), today), clear(actor))));
    }

    /** The units a query covers: the unit and below (404 out of reach), or the caller's reach (null: everywhere). */
    private List<Long> units(Actor actor, Long unitId) {
        if (unitId != null) {
            if (!actor.reach().contains(unitId) || org.unit(actor, unitId).isEmpty()) {
                throw new NotFoundException(MESSAGES.text("entity.unit"), unitId);
            }
            return org.subtree(actor, unitId).stream().map(OrgUnit::id).toList();
        }
        return actor.reach().everywhere() ? null : List.copyOf(actor.reach().unitIds());
    }

    @Override
    public Page<HandlingRecord> records(Actor actor, HandlingRecordQuery query, PageRequest page) {
        Access.requireReader(actor);
        HandlingRecordQuery q = query == null ? HandlingRecordQuery.ALL : query;
        List<Long> units = units(actor, q.unitId());
        LocalDate today = time.today();
        LocalDate soon = HandlingRecordRules.addWorkingDays(today, dueSoonDays, calendar::isWorkingDay);
        boolean clear = clear(actor);
        return Jpa.read(emf, em -> Jpa.page(em, HandlingRecordEntity.class, "unitId", units, (cb, r) -> {
            List<Predicate> where = new ArrayList<>();
            if (q.hallId() != null) {
                where.add(cb.equal(r.get("hallId"), q.hallId()));
            }
            if (q.windowId() != null) {
                where.add(cb.equal(r.get("windowId"), q.windowId()));
            }
            if (q.staffId() != null) {
                where.add(cb.or(cb.equal(r.get("staffId"), q.staffId()),
                        cb.equal(r.get("firstStaffId"), q.staffId())));
            }
            if (q.state() != null) {
                where.add(cb.equal(r.get("state"), q.state().name()));
            }
            if (q.matterCode() != null && !q.matterCode().isBlank()) {
                where.add(cb.equal(r.get("matterCode"), q.matterCode().strip()));
            }
            if (q.from() != null) {
                where.add(cb.greaterThanOrEqualTo(r.<LocalDate>get("openedOn"), q.from()));
            }
            if (q.to() != null) {
                where.add(cb.lessThanOrEqualTo(r.<LocalDate>get("openedOn"), q.to()));
            }
            Predicate open = r.get("state").in(OPEN_STATES);
            if (q.open() != null) {
                where.add(q.open() ? open : cb.not(open));
            }
            Predicate overdue = cb.and(open, cb.lessThan(r.<LocalDate>get("dueDate"), today));
            if (q.overdue() != null) {
                where.add(q.overdue() ? overdue : cb.not(overdue));
            }
            Predicate dueSoon = cb.and(open, cb.greaterThanOrEqualTo(r.<LocalDate>get("dueDate"), today),
                    cb.lessThanOrEqualTo(r.<LocalDate>get("dueDate"), soon));
            if (q.dueSoon() != null) {
                where.add(q.dueSoon() ? dueSoon : cb.not(dueSoon));
            }
            return where;
        }, (cb, r) -> cb.desc(r.get("id")), page == null ? PageRequest.ALL : page))
                .map(e -> shown(toRecord(e, null, today), clear));
    }

    @Override
    public List<String> guideMaterials(Actor actor, long recordId) {
        HandlingRecord r = record(actor, recordId)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.record"), recordId));
        return terms(r.unitId(), r.matterCode()).map(MatterTerms.Terms::materials).orElse(List.of());
    }

    @Override
    public List<OnTimeRate> onTime(Actor actor, OnTimeQuery query) {
        Access.requireReader(actor);
        OnTimeQuery q = query == null ? new OnTimeQuery(null, null, null, null) : query;
        List<Long> units = units(actor, q.unitId());
        LocalDate to = q.to() != null ? q.to() : time.today();
        LocalDate from = q.from() != null ? q.from() : to.minusDays(29);
        if (from.isAfter(to)) {
            throw new ValidationException("from", MESSAGES.text("span.order"));
        }
        // Columns, not entities (a city's month is thousands of records), and units named only when the rates are
        // by unit, from the subtree in memory: looking each unit up cost a query per unit, thousands for a city.
        List<Object[]> rows = Jpa.read(emf, em -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Object[]> c = cb.createQuery(Object[].class);
            Root<HandlingRecordEntity> r = c.from(HandlingRecordEntity.class);
            List<Predicate> where = new ArrayList<>(List.of(r.get("state").in(COMPLETED_STATES),
                    cb.between(r.get("closedOn"), from, to), cb.isNotNull(r.get("dueDate"))));
            if (units != null) {
                where.add(Jpa.unitIn(em, cb, r.get("unitId"), units));
            }
            c.multiselect(r.get("matterCode"), r.get("matterName"), r.get("windowNumber"), r.get("staffName"),
                    r.get("unitId"), r.get("closedOn"), r.get("dueDate")).where(where.toArray(Predicate[]::new));
            return em.createQuery(c).getResultList();
        });
        Map<Long, String> unitNames = q.by() == RecordDimension.UNIT ? unitNames(actor, q.unitId()) : Map.of();
        String noWindow = h("records.noWindow"); // once, not per record: a city's month is thousands of them
        String noStaff = h("records.noStaff");
        List<HandlingRecordRules.Fact> facts = new ArrayList<>(rows.size());
        for (Object[] e : rows) {
            String matterCode = (String) e[0];
            String matterName = (String) e[1];
            String windowNumber = (String) e[2];
            String staffName = (String) e[3];
            long unitId = (Long) e[4];
            LocalDate closedOn = (LocalDate) e[5];
            LocalDate dueDate = (LocalDate) e[6];
            facts.add(new HandlingRecordRules.Fact(matterName == null ? matterCode : matterCode + " " + matterName,
                    windowNumber == null ? noWindow : windowNumber, staffName == null ? noStaff : staffName,
                    unitNames.getOrDefault(unitId, String.valueOf(unitId)), YearMonth.from(closedOn).toString(),
                    !closedOn.isAfter(dueDate)));
        }
        Function<HandlingRecordRules.Fact, String> key = q.by() == null ? null : dimension(q.by());
        return HandlingRecordRules.rates(facts, key, h("records.total"));
    }

    /** The names of the units a query covers: the unit's subtree, the caller's home subtree, or every unit. */
    private Map<Long, String> unitNames(Actor actor, Long unitId) {
        Long root = unitId != null ? unitId : actor.reach().homeUnitId();
        List<OrgUnit> units = root != null ? org.subtree(actor, root) : org.units(actor);
        Map<Long, String> names = new HashMap<>();
        units.forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    private static Function<HandlingRecordRules.Fact, String> dimension(RecordDimension by) {
        return switch (by) {
            case MATTER -> HandlingRecordRules.Fact::matter;
            case WINDOW -> HandlingRecordRules.Fact::window;
            case STAFF -> HandlingRecordRules.Fact::staff;
            case UNIT -> HandlingRecordRules.Fact::unit;
            case MONTH -> HandlingRecordRules.Fact::month;
        };
    }

    private static List<HandlingStepEntity> steps(EntityManager em, long recordId) {
        return em.createQuery("SELECT s FROM HandlingStepEntity s WHERE s.recordId = :r ORDER BY s.at, s.id",
                HandlingStepEntity.class).setParameter("r", recordId).getResultList();
    }

    private HandlingRecord toRecord(HandlingRecordEntity e, List<HandlingStepEntity> steps, LocalDate today) {
        RecordState state = RecordState.valueOf(e.state);
        List<HandlingStep> list = steps == null ? List.of()
                : steps.stream().map(s -> new HandlingStep(StepKind.valueOf(s.kind), s.at.toInstant(), s.by,
                        s.staffId, s.staffName, s.note, lines(s.materials))).toList();
        return new HandlingRecord(e.id, e.unitId, e.number, e.hallId, e.windowId, e.windowNumber, e.ticketId,
                e.ticketNumber, HandlingChannel.valueOf(e.channel), e.matterCode, e.matterName, e.limitDays,
                e.citizenName, e.citizenIdNumber, e.staffId, e.staffName, e.firstStaffId, e.firstStaffName, state,
                e.openedAt.toInstant(), e.openedBy, e.acceptedOn, e.dueDate,
                e.closedAt == null ? null : e.closedAt.toInstant(), e.closedOn,
                HandlingRecordRules.onTime(state, e.dueDate, e.closedOn),
                HandlingRecordRules.dueSoon(state, e.dueDate, today, dueSoonDays, calendar::isWorkingDay),
                HandlingRecordRules.overdue(state, e.dueDate, today), e.note, lines(e.missing), list,
                e.evaluationTicket);
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
    }

    /** The record as the actor may see it: the citizen's name and ID number masked unless the actor handles records. */
    static HandlingRecord shown(HandlingRecord r, boolean clear) {
        if (clear || (r.citizenName() == null && r.citizenIdNumber() == null)) {
            return r;
        }
        return new HandlingRecord(r.id(), r.unitId(), r.number(), r.hallId(), r.windowId(), r.windowNumber(),
                r.ticketId(), r.ticketNumber(), r.channel(), r.matterCode(), r.matterName(), r.timeLimitDays(),
                PersonalData.maskName(r.citizenName()), PersonalData.maskIdNumber(r.citizenIdNumber()), r.staffId(),
                r.staffName(), r.firstResponsibleStaffId(), r.firstResponsibleStaffName(), r.state(), r.openedAt(),
                r.openedBy(), r.acceptedOn(), r.dueDate(), r.closedAt(), r.closedOn(), r.onTime(), r.dueSoon(),
                r.overdue(), r.note(), r.missingMaterials(), r.steps(), r.evaluationTicket());
    }

    // ---- tables

    @Override
    public Table table(Actor actor, List<HandlingRecord> records) {
        if (clear(actor) && records.stream().anyMatch(r -> r.citizenName() != null || r.citizenIdNumber() != null)) {
            audit.record(actor, "export", AUDIT_TYPE, null, null, records.size());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (HandlingRecord r : records) {
            rows.add(List.of(r.number(), r.matterCode(), nz(r.matterName()), nz(r.windowNumber()),
                    h("channel." + r.channel()), nz(r.staffName()), nz(r.firstResponsibleStaffName()),
                    nz(r.citizenName()), nz(r.citizenIdNumber()), h("recordState." + r.state()),
                    nz(r.acceptedOn()), r.timeLimitDays() == null ? "" : r.timeLimitDays(), nz(r.dueDate()),
                    nz(r.closedOn()), r.onTime() == null ? "" : h(r.onTime() ? "yes" : "no"),
                    h(r.overdue() ? "yes" : "no"), h(r.dueSoon() ? "yes" : "no")));
        }
        return new Table("records", h("sheet.records"),
                List.of(h("col.recordNumber"), h("col.matterCode"), h("col.matter"), h("col.window"),
                        h("col.channel"), h("col.staff"), h("col.firstStaff"), h("col.applicant"),
                        h("col.idNumber"), h("col.state"), h("col.acceptedOn"), h("col.limitDays"),
                        h("col.dueDate"), h("col.closedOn"), h("col.onTime"), h("col.overdue"), h("col.dueSoon")),
                rows);
    }

    @Override
    public Table onTimeTable(List<OnTimeRate> rates) {
        List<List<Object>> rows = rates.stream()
                .map(r -> List.<Object>of(r.label(), r.completed(), r.onTime(),
                        r.rate() == null ? "" : Math.round(r.rate() * 1000) / 10.0))
                .collect(Collectors.toList());
        return new Table("on-time", h("sheet.onTime"),
                List.of(h("col.part"), h("col.completed"), h("col.onTimeCount"), h("col.onTimeRate")), rows);
    }

    private static Object nz(Object o) {
        return o == null ? "" : o.toString();
    }
}
