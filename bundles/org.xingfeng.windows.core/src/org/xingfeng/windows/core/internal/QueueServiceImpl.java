package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.HallServiceImpl.h;
import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.security.UserAccount;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.windows.api.WindowsEvents;
import org.xingfeng.windows.api.WindowsRoles;
import org.xingfeng.windows.api.halls.WindowState;
import org.xingfeng.windows.api.queue.Finish;
import org.xingfeng.windows.api.queue.PriorityClass;
import org.xingfeng.windows.api.queue.QueueService;
import org.xingfeng.windows.api.queue.Ticket;
import org.xingfeng.windows.api.queue.TicketDraft;
import org.xingfeng.windows.api.queue.TicketQuery;
import org.xingfeng.windows.api.queue.TicketSource;
import org.xingfeng.windows.api.queue.TicketState;
import org.xingfeng.windows.api.queue.TicketStatus;
import org.xingfeng.windows.api.queue.Transfer;
import org.xingfeng.windows.api.roster.DutyRole;
import org.xingfeng.windows.core.internal.CallRules.Candidate;
import org.xingfeng.windows.core.internal.HallQueues.Waiting;
import org.xingfeng.windows.core.internal.TicketRules.Step;

/**
 * 排队叫号 on WIN_TICKET. Every step is one short transaction committed before the answer. "Call next" picks from the
 * hall's waiting tickets in memory ({@link HallQueues}), which takes the ticket out of the queue for every other window
 * of this server, and claims it by an update that names the version read ({@code @Version}) in the same transaction; a
 * claim that finds the row changed (another server, or a step that came first) puts the ticket back as it now is and
 * picks again, so nothing is given twice and nothing is skipped. Settings: PID {@value #PID}.
 */
// waits for its configuration (made from the start properties at start-up): a component that started on its
// defaults would restart when the configuration arrives, and with it everything bound to it
@Component(configurationPid = QueueServiceImpl.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = QueueServiceImpl.Config.class)
public class QueueServiceImpl implements QueueService {

    public static final String PID = "org.xingfeng.windows.queue";

    @ObjectClassDefinition(id = PID, name = "Windows queue", description = "Call rules and priority classes")
    public @interface Config {

        @AttributeDefinition(name = "No-show after calls",
                description = "A called ticket may be a no-show after this many calls")
        int noShowCalls() default 3;

        @AttributeDefinition(name = "No-show after minutes",
                description = "... or this many minutes after its first call")
        int noShowMinutes() default 5;

        @AttributeDefinition(name = "Priority calls in a row",
                description = "At most this many priority calls in a row at a window while normal tickets wait longer than the limit (0: no limit)")
        int priorityInRow() default 2;

        @AttributeDefinition(name = "Normal wait limit (minutes)",
                description = "The wait of the oldest normal ticket beyond which the mix applies")
        int normalWaitLimitMinutes() default 10;

        @AttributeDefinition(name = "Priority classes", description = "code:中文名:English name, comma-separated")
        String priorityClasses() default "ELDERLY:老年人:Elderly,DISABLED:残疾人:Disabled,VETERAN:军人:Veterans,PREGNANT:孕妇:Pregnant";

        @AttributeDefinition(name = "Candidates per kind",
                description = "Waiting tickets given to the call rules per kind (due, priority, normal) for one call")
        int candidates() default 20;
    }

    private final EntityManagerFactory emf;
    private final OrgService org;
    private final UserService users;
    private final MatterDirectory matters;
    private final EventAdmin events;
    private final BureauTime time;
    private final TicketRules.NoShow noShow;
    private final CallRules.Mix mix;
    private final Map<String, PriorityClass> classes;
    private final int candidates;
    private final HallQueues queues;
    /** Who sits behind each account calling (user id → staff member), read again after {@link #PERSON_NANOS}. */
    private final Map<Long, Timed> people = new ConcurrentHashMap<>();

    /** How long an account's staff member (id and name) is taken as known. */
    static final long PERSON_NANOS = 60_000_000_000L;

    private record Timed(Person person, long at) {
    }

    @Activate
    public QueueServiceImpl(@Reference WindowsDatabase database, @Reference HallQueues queues,
            @Reference OrgService org, @Reference UserService users, @Reference MatterDirectory matters,
            @Reference EventAdmin events, @Reference BureauTime time, Config config) {
        this.emf = database.emf();
        this.queues = queues;
        this.org = org;
        this.users = users;
        this.matters = matters;
        this.events = events;
        this.time = time;
        if (config.noShowCalls() < 1 || config.noShowMinutes() < 0 || config.priorityInRow() < 0
                || config.normalWaitLimitMinutes() < 0 || config.candidates() < 1) {
            throw new IllegalArgumentException(PID + ": a count or minutes setting is out of range");
        }
        this.noShow = new TicketRules.NoShow(config.noShowCalls(), Duration.ofMinutes(config.noShowMinutes()));
        this.mix = new CallRules.Mix(config.priorityInRow(), Duration.ofMinutes(config.normalWaitLimitMinutes()));
        this.classes = parseClasses(config.priorityClasses());
        this.candidates = config.candidates();
    }

    static Map<String, PriorityClass> parseClasses(String setting) {
        Map<String, PriorityClass> map = new LinkedHashMap<>();
        for (String part : setting.split("[,，]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] f = part.strip().split(":");
            if (f.length != 3 || !f[0].strip().matches("[A-Z][A-Z0-9_]{0,31}") || "NORMAL".equals(f[0].strip())) {
                throw new IllegalArgumentException(PID + ".priorityClasses: code:中文名:English expected, was " + part);
            }
            map.put(f[0].strip(), new PriorityClass(f[0].strip(), f[1].strip(), f[2].strip()));
        }
        return Map.copyOf(map);
    }

    @Override
    public List<PriorityClass> priorityClasses() {
        return classes.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
    }

    private Instant now() {
        return time.now();
    }

    private LocalDate today(Instant now) {
        return now.atZone(time.zone()).toLocalDate();
    }

    // ---- taking a ticket

    @Override
    public Ticket take(Actor actor, TicketDraft draft) {
        Access.requireLobby(actor);
        List<FieldError> errors = new ArrayList<>();
        if (draft == null) {
            errors.add(FieldError.of("body", MESSAGES.text("field.required")));
        } else {
            Checks.required(errors, "hallId", draft.hallId());
            if (Checks.required(errors, "matterCode", draft.matterCode())
                    && !draft.matterCode().strip().matches(WindowRules.CODE_PATTERN)) {
                errors.add(FieldError.of("matterCode", MESSAGES.text("matter.code")));
            }
            if (draft.priorityClass() != null && !classes.containsKey(draft.priorityClass())) {
                errors.add(FieldError.of("priorityClass", MESSAGES.text("ticket.priority.unknown",
                        String.join(", ", classes.keySet()))));
            }
            if (draft.source() == TicketSource.APPOINTMENT) {
                errors.add(FieldError.of("source", MESSAGES.text("ticket.source.appointment")));
            }
        }
        Checks.throwIfAny(errors);
        String code = draft.matterCode().strip();
        TicketSource source = draft.source() != null ? draft.source() : TicketSource.STAFF;
        Instant now = now();
        LocalDate today = today(now);
        TicketEntity entity = Jpa.inTransaction(emf, em -> {
            HallEntity hall = Access.hallOfDraft(em, actor, draft.hallId());
            if (!handled(em, hall.id, code)) {
                Checks.throwIfAny(List.of(FieldError.of("matterCode", MESSAGES.text("ticket.matter.unhandled", code))));
            }
            return TicketStore.insert(em, hall, code, matters.name(hall.unitId, code), draft.priorityClass(), source,
                    null, null, now, today);
        });
        queues.changed(entity);
        Ticket taken = TicketStore.toRecord(entity);
        events.postEvent(TicketStore.event(WindowsEvents.TAKEN, taken, now));
        return taken;
    }

    /** Whether a window of the hall handles the matter. */
    static boolean handled(EntityManager em, long hallId, String code) {
        for (String codes : em.createQuery("SELECT w.matterCodes FROM WindowEntity w WHERE w.hallId = :h", String.class)
                .setParameter("h", hallId).getResultList()) {
            if (WindowRules.split(codes).contains(code)) {
                return true;
            }
        }
        return false;
    }

    // ---- calling

    /** Who is at the window: the actor's staff member (id and name), or none for an account without one. */
    private record Person(Long staffId, String name) {
    }

    private Person person(Actor actor) {
        if (actor.userId() <= 0) {
            return new Person(null, actor.username());
        }
        Timed known = people.get(actor.userId());
        long at = System.nanoTime();
        if (known != null && at - known.at() < PERSON_NANOS) {
            return known.person();
        }
        Person person = readPerson(actor);
        people.put(actor.userId(), new Timed(person, at));
        return person;
    }

    private Person readPerson(Actor actor) {
        Long staffId = users.user(Actor.SYSTEM, actor.userId()).map(UserAccount::staffId).orElse(null);
        if (staffId == null) {
            return new Person(null, actor.username());
        }
        return new Person(staffId, org.staffMember(Actor.SYSTEM, staffId).map(Staff::name).orElse(actor.username()));
    }

    /**
     * Window staff work at their window, as the day's roster says: a window the roster gives to staff is theirs (only
     * they call and serve there), and staff the roster puts at a window of the hall are held to it; where the roster
     * names nobody (a hall that keeps no roster, staff not on it that day) any window staff may work. The lobby
     * manager and admins work at any window.
     */
    private static void requireAtWindow(EntityManager em, Actor actor, Person person, long hallId, long windowId,
            LocalDate day) {
        if (actor.hasAnyRole(WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN)) {
            return;
        }
        List<Object[]> duties = em.createQuery("SELECT d.windowId, d.staffId FROM DutyEntity d WHERE d.hallId = :h "
                + "AND d.date = :d AND d.role = :r", Object[].class).setParameter("h", hallId).setParameter("d", day)
                .setParameter("r", DutyRole.WINDOW_STAFF.name()).getResultList();
        List<Long[]> roster = new ArrayList<>();
        for (Object[] d : duties) {
            roster.add(new Long[] { (Long) d[0], (Long) d[1] });
        }
        String refused = TicketRules.refusesAtWindow(roster, person.staffId(), windowId);
        if (refused != null) {
            throw new ForbiddenException(MESSAGES.text(refused));
        }
    }

    @Override
    public Optional<Ticket> callNext(Actor actor, long windowId) {
        Access.requireCounter(actor);
        Person person = person(actor);
        Instant now = now();
        LocalDate today = today(now);
        // The window picks from its hall's queue in memory (the call rules on the tickets it may call), which takes the
        // ticket out of the queue at once, so no other window of this server gets it; the claim is then committed by a
        // version-checked update of the ticket's row in the same transaction. A claim that finds the row changed (by
        // another server on a shared database, or a step that came first) puts the ticket back as it now is and
        // picks again.
        for (int round = 0; round < 100; round++) {
            long[] picked = { 0, 0 };
            TicketEntity[] settled = new TicketEntity[1];
            boolean[] retry = { false };
            try {
                Optional<Ticket> result = Jpa.inTransaction(emf, em -> {
                    WindowEntity w = Access.window(em, actor, windowId);
                    if (!WindowState.OPEN.name().equals(w.state)) {
                        throw new ConflictException("window_state", MESSAGES.text("window.not.open",
                                MESSAGES.text("windowState." + w.state), w.state));
                    }
                    requireAtWindow(em, actor, person, w.hallId, windowId, today);
                    Set<String> codes = new HashSet<>(WindowRules.split(w.matterCodes));
                    int streak = w.priorityStreak;
                    Waiting c = queues.pick(w.hallId, today, now, windowId, codes, candidates, list -> {
                        List<Candidate> order = CallRules.order(list, windowId, codes, streak, mix, now);
                        return order.isEmpty() ? null : order.get(0);
                    });
                    if (c == null) {
                        return Optional.<Ticket>empty();
                    }
                    picked[0] = w.hallId;
                    picked[1] = c.id();
                    // The claim: one update, on the condition that the row is still the one the queue holds (its
                    // version) and waits; the answer is made from that row, without reading it again.
                    TicketEntity t = c.row().copy();
                    t.state = TicketState.CALLED.name();
                    t.calls = 1;
                    if (t.calledAt == null) {
                        t.calledAt = Timestamp.from(now);
                    }
                    t.lastCalledAt = Timestamp.from(now);
                    t.windowId = windowId;
                    t.windowNumber = w.number;
                    t.targetWindowId = null;
                    t.staffId = person.staffId();
                    t.staffName = person.name();
                    t.version = c.version() + 1;
                    int claimed = em.createQuery("UPDATE TicketEntity t SET t.state = :state, t.calls = :calls, "
                            + "t.calledAt = :calledAt, t.lastCalledAt = :lastCalledAt, t.windowId = :windowId, "
                            + "t.windowNumber = :windowNumber, t.targetWindowId = NULL, t.staffId = :staffId, "
                            + "t.staffName = :staffName, t.version = :next WHERE t.id = :id AND t.version = :version "
                            + "AND t.state = :waiting AND t.day = :day").setParameter("state", t.state)
                            .setParameter("calls", t.calls).setParameter("calledAt", t.calledAt)
                            .setParameter("lastCalledAt", t.lastCalledAt).setParameter("windowId", t.windowId)
                            .setParameter("windowNumber", t.windowNumber).setParameter("staffId", t.staffId)
                            .setParameter("staffName", t.staffName).setParameter("next", t.version)
                            .setParameter("id", c.id()).setParameter("version", c.version())
                            .setParameter("waiting", TicketState.WAITING.name()).setParameter("day", today)
                            .executeUpdate();
                    if (claimed != 1) {
                        // changed meanwhile (another server, a step that came first): the queue takes the row as it
                        // is now, and the window picks again
                        settled[0] = em.find(TicketEntity.class, c.id());
                        retry[0] = true;
                        return Optional.<Ticket>empty();
                    }
                    settled[0] = t;
                    w.priorityStreak = CallRules.streakAfter(w.priorityStreak, c.candidate(), now);
                    em.flush();
                    return Optional.of(TicketStore.toRecord(t));
                });
                if (picked[1] != 0) {
                    queues.settled(picked[0], picked[1], settled[0]);
                }
                if (retry[0]) {
                    continue;
                }
                result.ifPresent(won -> events.postEvent(TicketStore.event(WindowsEvents.CALLED, won, now)));
                return result;
            } catch (RuntimeException e) {
                if (picked[1] != 0) {
                    // rolled back: the ticket as the database holds it now
                    long id = picked[1];
                    queues.settled(picked[0], id, Jpa.read(emf, em -> em.find(TicketEntity.class, id)));
                }
                if (!TicketStore.lostRace(e)) {
                    throw e;
                }
            }
        }
        return Optional.empty();
    }

    // ---- the steps after a call

    /** One step on a ticket: checks the state, changes the row (version-checked), commits, posts the event. */
    private Ticket step(Actor actor, long ticketId, Step step, String topic,
            BiConsumer<EntityManager, TicketEntity> change) {
        Instant now = now();
        try {
            TicketEntity entity = Jpa.inTransaction(emf, em -> {
                TicketEntity e = Access.ticket(em, actor, ticketId);
                TicketRules.check(TicketState.valueOf(e.state), step);
                change.accept(em, e);
                em.flush();
                return e;
            });
            queues.changed(entity);
            Ticket t = TicketStore.toRecord(entity);
            events.postEvent(TicketStore.event(topic, t, now));
            return t;
        } catch (RuntimeException e) {
            if (TicketStore.lostRace(e)) {
                // another step came first: say what the ticket's state is now
                TicketEntity again = Jpa.read(emf, em -> Access.ticket(em, actor, ticketId));
                TicketRules.check(TicketState.valueOf(again.state), step);
                throw new ConflictException("ticket_changed", MESSAGES.text("ticket.changed", again.state));
            }
            throw e;
        }
    }

    private void atWindowOfTicket(EntityManager em, Actor actor, TicketEntity t, Instant now) {
        if (t.windowId != null) {
            requireAtWindow(em, actor, person(actor), t.hallId, t.windowId, today(now));
        }
    }

    @Override
    public Ticket recall(Actor actor, long ticketId) {
        Access.requireCounter(actor);
        Instant now = now();
        Ticket[] result = new Ticket[1];
        result[0] = step(actor, ticketId, Step.RECALL, WindowsEvents.RECALLED, (em, t) -> {
            atWindowOfTicket(em, actor, t, now);
            if (TicketRules.recallEndsInNoShow(t.calls, noShow)) {
                t.state = TicketState.NO_SHOW.name();
                t.finishedAt = Timestamp.from(now);
            } else {
                t.calls++;
                t.lastCalledAt = Timestamp.from(now);
            }
        });
        return result[0];
    }

    @Override
    public Ticket start(Actor actor, long ticketId) {
        Access.requireCounter(actor);
        Instant now = now();
        return step(actor, ticketId, Step.START, WindowsEvents.CHANGED, (em, t) -> {
            atWindowOfTicket(em, actor, t, now);
            t.state = TicketState.SERVING.name();
            t.startedAt = Timestamp.from(now);
        });
    }

    @Override
    public Ticket noShow(Actor actor, long ticketId) {
        Access.requireCounter(actor);
        Instant now = now();
        return step(actor, ticketId, Step.NO_SHOW, WindowsEvents.CHANGED, (em, t) -> {
            atWindowOfTicket(em, actor, t, now);
            if (!TicketRules.noShowDue(t.calls, TicketStore.instant(t.lastCalledAt), now, noShow)) {
                throw new ConflictException("no_show_too_early", MESSAGES.text("ticket.noshow.early",
                        noShow.calls(), noShow.after().toMinutes()));
            }
            t.state = TicketState.NO_SHOW.name();
            t.finishedAt = Timestamp.from(now);
        });
    }

    @Override
    public Ticket park(Actor actor, long ticketId) {
        Access.requireCounter(actor);
        Instant now = now();
        return step(actor, ticketId, Step.PARK, WindowsEvents.CHANGED, (em, t) -> {
            atWindowOfTicket(em, actor, t, now);
            t.state = TicketState.PARKED.name();
        });
    }

    @Override
    public Ticket callBack(Actor actor, long ticketId, long windowId) {
        Access.requireCounter(actor);
        Person person = person(actor);
        Instant now = now();
        return step(actor, ticketId, Step.CALL_BACK, WindowsEvents.CALLED, (em, t) -> {
            WindowEntity w = em.find(WindowEntity.class, windowId);
            if (w == null || w.hallId != t.hallId) {
                Checks.throwIfAny(List.of(FieldError.of("windowId", MESSAGES.text("window.other.hall", windowId))));
            }
            if (!WindowState.OPEN.name().equals(w.state)) {
                throw new ConflictException("window_state", MESSAGES.text("window.not.open",
                        MESSAGES.text("windowState." + w.state), w.state));
            }
            requireAtWindow(em, actor, person, w.hallId, windowId, today(now));
            t.state = TicketState.CALLED.name();
            t.calls = 1;
            t.lastCalledAt = Timestamp.from(now);
            t.windowId = w.id;
            t.windowNumber = w.number;
            t.staffId = person.staffId();
            t.staffName = person.name();
        });
    }

    @Override
    public Ticket transfer(Actor actor, long ticketId, Transfer transfer) {
        Access.requireCounter(actor);
        List<FieldError> errors = new ArrayList<>();
        if (transfer == null || transfer.windowId() == null && (transfer.matterCode() == null
                || transfer.matterCode().isBlank())) {
            errors.add(FieldError.of("windowId", MESSAGES.text("transfer.target")));
        } else if (transfer.matterCode() != null && !transfer.matterCode().strip().matches(WindowRules.CODE_PATTERN)) {
            errors.add(FieldError.of("matterCode", MESSAGES.text("matter.code")));
        }
        Checks.throwIfAny(errors);
        Instant now = now();
        return step(actor, ticketId, Step.TRANSFER, WindowsEvents.CHANGED, (em, t) -> {
            if (!actor.hasAnyRole(WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN)) {
                atWindowOfTicket(em, actor, t, now);
            }
            String code = transfer.matterCode() == null ? t.matterCode : transfer.matterCode().strip();
            if (transfer.windowId() != null) {
                WindowEntity w = em.find(WindowEntity.class, transfer.windowId());
                if (w == null || w.hallId != t.hallId) {
                    Checks.throwIfAny(List.of(FieldError.of("windowId",
                            MESSAGES.text("window.other.hall", transfer.windowId()))));
                }
                t.targetWindowId = w.id;
            } else {
                if (!handled(em, t.hallId, code)) {
                    Checks.throwIfAny(List.of(FieldError.of("matterCode",
                            MESSAGES.text("ticket.matter.unhandled", code))));
                }
                t.targetWindowId = null;
            }
            if (!code.equals(t.matterCode)) {
                t.matterCode = code;
                t.matterName = matters.name(t.unitId, code);
            }
            t.state = TicketState.WAITING.name();
            t.calls = 0;
            // placeAt stays: the ticket keeps its place in the queue
        });
    }

    @Override
    public Ticket finish(Actor actor, long ticketId, Finish finish) {
        Access.requireCounter(actor);
        List<FieldError> errors = new ArrayList<>();
        if (finish == null || finish.outcome() == null) {
            errors.add(FieldError.of("outcome", MESSAGES.text("field.required")));
        } else {
            Checks.length(errors, "note", finish.note(), 0, 500);
        }
        Checks.throwIfAny(errors);
        Instant now = now();
        return step(actor, ticketId, Step.FINISH, WindowsEvents.CHANGED, (em, t) -> {
            atWindowOfTicket(em, actor, t, now);
            t.state = TicketState.FINISHED.name();
            t.finishedAt = Timestamp.from(now);
            t.outcome = finish.outcome().name();
            t.note = Checks.clean(finish.note());
        });
    }

    @Override
    public Ticket setPriority(Actor actor, long ticketId, String priorityClass) {
        Access.requireLobby(actor);
        if (priorityClass != null && !classes.containsKey(priorityClass)) {
            Checks.throwIfAny(List.of(FieldError.of("priorityClass", MESSAGES.text("ticket.priority.unknown",
                    String.join(", ", classes.keySet())))));
        }
        return step(actor, ticketId, Step.SET_PRIORITY, WindowsEvents.CHANGED,
                (em, t) -> t.priorityClass = priorityClass);
    }

    // ---- reading

    @Override
    public Optional<Ticket> ticket(Actor actor, long id) {
        Access.requireReader(actor);
        TicketEntity e = Jpa.read(emf, em -> em.find(TicketEntity.class, id));
        return e == null || !actor.reach().contains(e.unitId) ? Optional.empty() : Optional.of(TicketStore.toRecord(e));
    }

    @Override
    public Page<Ticket> tickets(Actor actor, TicketQuery query, PageRequest page) {
        Access.requireReader(actor);
        LocalDate day = query.day() == null ? today(now()) : query.day();
        return Jpa.read(emf, em -> {
            Access.hall(em, actor, query.hallId());
            return Jpa.page(em, TicketEntity.class, (cb, r) -> {
                List<Predicate> where = new ArrayList<>();
                where.add(cb.equal(r.get("hallId"), query.hallId()));
                where.add(cb.equal(r.get("day"), day));
                if (query.state() != null) {
                    where.add(cb.equal(r.get("state"), query.state().name()));
                }
                if (query.matterCode() != null) {
                    where.add(cb.equal(r.get("matterCode"), query.matterCode()));
                }
                if (query.windowId() != null) {
                    where.add(cb.equal(r.get("windowId"), query.windowId()));
                }
                return where;
            }, (cb, r) -> cb.asc(r.get("placeAt")), page).map(TicketStore::toRecord);
        });
    }

    @Override
    public Optional<TicketStatus> status(long ticketId, String number) {
        if (number == null) {
            return Optional.empty();
        }
        return Jpa.read(emf, em -> {
            TicketEntity t = em.find(TicketEntity.class, ticketId);
            if (t == null || !t.number.equals(number.strip())) {
                return Optional.empty();
            }
            HallEntity hall = em.find(HallEntity.class, t.hallId);
            int ahead = 0;
            if (TicketState.WAITING.name().equals(t.state)) {
                String jpql = "SELECT COUNT(x) FROM TicketEntity x WHERE x.hallId = :h AND x.day = :d AND x.state = :s "
                        + "AND x.matterCode = :m AND x.id <> :id AND (x.placeAt < :p"
                        + (t.priorityClass == null ? " OR x.priorityClass IS NOT NULL" : "") + ")";
                ahead = em.createQuery(jpql, Long.class).setParameter("h", t.hallId).setParameter("d", t.day)
                        .setParameter("s", TicketState.WAITING.name()).setParameter("m", t.matterCode)
                        .setParameter("id", t.id).setParameter("p", t.placeAt).getSingleResult().intValue();
            }
            return Optional.of(new TicketStatus(t.id, t.hallId, hall == null ? null : hall.name, t.number,
                    t.matterCode, t.matterName, TicketState.valueOf(t.state), ahead, t.windowNumber,
                    TicketStore.instant(t.takenAt), TicketStore.instant(t.calledAt)));
        });
    }

    @Override
    public Table table(List<Ticket> tickets) {
        List<List<Object>> rows = new ArrayList<>();
        for (Ticket t : tickets) {
            PriorityClass pc = t.priorityClass() == null ? null : classes.get(t.priorityClass());
            rows.add(List.of(t.day().toString(), t.number(), t.matterCode(), nz(t.matterName()),
                    pc == null ? (t.priorityClass() == null ? "" : t.priorityClass()) : pc.nameZh(),
                    h("source." + t.source()), h("state." + t.state()), time(t.takenAt()), time(t.calledAt()),
                    time(t.startedAt()), time(t.finishedAt()), t.calls(), nz(t.windowNumber()), nz(t.staffName()),
                    t.outcome() == null ? "" : h("outcome." + t.outcome())));
        }
        return new Table("tickets", h("sheet.tickets"), List.of(h("col.day"), h("col.number"),
                h("col.matterCode"), h("col.matter"), h("col.priority"), h("col.source"), h("col.state"),
                h("col.takenAt"), h("col.calledAt"), h("col.startedAt"), h("col.finishedAt"), h("col.calls"),
                h("col.window"), h("col.staff"), h("col.outcome")), rows);
    }

    private Object time(Instant i) {
        return i == null ? "" : i.atZone(time.zone()).toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }

    private static Object nz(Object o) {
        return o == null ? "" : o;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(MESSAGES.text("entity.ticket"), id);
    }
}
