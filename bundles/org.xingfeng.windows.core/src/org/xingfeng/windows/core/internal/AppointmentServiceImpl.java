package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.HallServiceImpl.h;
import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.PersonalData;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.windows.api.WindowsEvents;
import org.xingfeng.windows.api.WindowsRoles;
import org.xingfeng.windows.api.appointments.Appointment;
import org.xingfeng.windows.api.appointments.AppointmentDraft;
import org.xingfeng.windows.api.appointments.AppointmentQuery;
import org.xingfeng.windows.api.appointments.AppointmentService;
import org.xingfeng.windows.api.appointments.AppointmentState;
import org.xingfeng.windows.api.appointments.Slot;
import org.xingfeng.windows.api.queue.Ticket;
import org.xingfeng.windows.api.queue.TicketSource;

/**
 * 预约 on WIN_APPOINTMENT. Bookings of one hall take turns on the hall's row (an update of its booking counter), so a
 * slot is never overbooked, whichever the database. Settings: PID {@value #PID}.
 */
// waits for its configuration (made from the start properties at start-up): a component that started on its
// defaults would restart when the configuration arrives, and with it everything bound to it
@Component(configurationPid = AppointmentServiceImpl.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = AppointmentServiceImpl.Config.class)
public class AppointmentServiceImpl implements AppointmentService {

    public static final String PID = "org.xingfeng.windows.appointments";

    @ObjectClassDefinition(id = PID, name = "Windows appointments", description = "Appointment slots and expiry")
    public @interface Config {

        @AttributeDefinition(name = "Expiry (minutes)",
                description = "A booking not checked in this long after its slot's start expires")
        int expiryMinutes() default 30;

        @AttributeDefinition(name = "Early check-in (minutes)",
                description = "How long before its slot a booking may check in")
        int checkInEarlyMinutes() default 60;

        @AttributeDefinition(name = "Days ahead", description = "How many days ahead citizens may book")
        int daysAhead() default 14;

        @AttributeDefinition(name = "Per window and slot",
                description = "Appointments each window handling a matter takes per slot")
        int perWindowPerSlot() default 1;
    }

    private static final char[] REFERENCE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final EntityManagerFactory emf;
    private final WorkingDayCalendar calendar;
    private final BureauTime time;
    private final MatterDirectory matters;
    private final EventAdmin events;
    private final HallQueues queues;
    private final AppointmentRules.Settings settings;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public AppointmentServiceImpl(@Reference WindowsDatabase database, @Reference WorkingDayCalendar calendar,
            @Reference BureauTime time, @Reference MatterDirectory matters, @Reference EventAdmin events,
            @Reference HallQueues queues, Config config) {
        this.emf = database.emf();
        this.queues = queues;
        this.calendar = calendar;
        this.time = time;
        this.matters = matters;
        this.events = events;
        if (config.expiryMinutes() < 1 || config.checkInEarlyMinutes() < 0 || config.daysAhead() < 0
                || config.perWindowPerSlot() < 1) {
            throw new IllegalArgumentException(PID + ": a setting is out of range");
        }
        this.settings = new AppointmentRules.Settings(config.expiryMinutes(), config.checkInEarlyMinutes(),
                config.daysAhead(), config.perWindowPerSlot());
    }

    private LocalDateTime localNow(Instant now) {
        return now.atZone(time.zone()).toLocalDateTime();
    }

    /** Bookings not checked in by their expiry become EXPIRED (no-shows); done whenever a hall's bookings are used. */
    private static void expire(EntityManager em, long hallId, Instant now) {
        em.createQuery("UPDATE AppointmentEntity a SET a.state = :x WHERE a.hallId = :h AND a.state = :b "
                + "AND a.expiresAt <= :now").setParameter("x", AppointmentState.EXPIRED.name())
                .setParameter("h", hallId).setParameter("b", AppointmentState.BOOKED.name())
                .setParameter("now", Timestamp.from(now)).executeUpdate();
    }

    private static int windowsHandling(EntityManager em, long hallId, String code) {
        int n = 0;
        for (WindowEntity w : WindowServiceImpl.windowsOf(em, hallId)) {
            if (WindowRules.split(w.matterCodes).contains(code)) {
                n++;
            }
        }
        return n;
    }

    private static Map<LocalTime, Integer> booked(EntityManager em, long hallId, String code, LocalDate date) {
        Map<LocalTime, Integer> booked = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT a.start, COUNT(a) FROM AppointmentEntity a WHERE a.hallId = :h "
                + "AND a.matterCode = :m AND a.date = :d AND a.state <> :c GROUP BY a.start", Object[].class)
                .setParameter("h", hallId).setParameter("m", code).setParameter("d", date)
                .setParameter("c", AppointmentState.CANCELLED.name()).getResultList()) {
            booked.put((LocalTime) r[0], ((Number) r[1]).intValue());
        }
        return booked;
    }

    @Override
    public List<Slot> slots(Actor actor, long hallId, String matterCode, LocalDate date) {
        Access.requireReader(actor);
        List<FieldError> errors = new ArrayList<>();
        if (Checks.required(errors, "matterCode", matterCode)
                && !matterCode.strip().matches(WindowRules.CODE_PATTERN)) {
            errors.add(FieldError.of("matterCode", MESSAGES.text("matter.code")));
        }
        Checks.required(errors, "date", date);
        Checks.throwIfAny(errors);
        String code = matterCode.strip();
        Instant now = time.now();
        boolean workingDay = calendar.isWorkingDay(date);
        return Jpa.inTransaction(emf, em -> {
            HallEntity hall = Access.hall(em, actor, hallId);
            expire(em, hallId, now);
            return AppointmentRules.slots(hallId, code, date, workingDay, HallRules.hours(hall.openingHours),
                    hall.slotMinutes, windowsHandling(em, hallId, code), settings, booked(em, hallId, code, date),
                    localNow(now));
        });
    }

    @Override
    public Appointment book(Actor actor, AppointmentDraft draft) {
        Access.requireLobby(actor);
        Instant now = time.now();
        LocalDateTime local = localNow(now);
        Checks.throwIfAny(AppointmentRules.check(draft, local.toLocalDate(), settings, calendar::isWorkingDay));
        String code = draft.matterCode().strip();
        return Jpa.inTransaction(emf, em -> {
            int locked = em.createQuery("UPDATE HallEntity h SET h.bookings = h.bookings + 1 WHERE h.id = :id")
                    .setParameter("id", draft.hallId()).executeUpdate();
            HallEntity hall = locked == 0 ? null : em.find(HallEntity.class, draft.hallId());
            if (hall == null || !actor.reach().contains(hall.unitId)) {
                Checks.throwIfAny(List.of(FieldError.of("hallId", MESSAGES.text("hall.unknown", draft.hallId()))));
            }
            int windows = windowsHandling(em, hall.id, code);
            if (windows == 0) {
                Checks.throwIfAny(List.of(FieldError.of("matterCode", MESSAGES.text("ticket.matter.unhandled", code))));
            }
            expire(em, hall.id, now);
            Slot slot = AppointmentRules.slots(hall.id, code, draft.date(), true, HallRules.hours(hall.openingHours),
                    hall.slotMinutes, windows, settings, booked(em, hall.id, code, draft.date()), local).stream()
                    .filter(s -> s.start().equals(draft.start())).findFirst().orElse(null);
            if (slot == null) {
                Checks.throwIfAny(List.of(FieldError.of("start", MESSAGES.text("appointment.start"))));
            }
            if (!draft.date().atTime(slot.start()).isAfter(local)) {
                Checks.throwIfAny(List.of(FieldError.of("start", MESSAGES.text("appointment.start.past"))));
            }
            if (slot.booked() >= slot.capacity()) {
                throw new ConflictException("slot_full", MESSAGES.text("appointment.full", slot.start()));
            }
            String phone = draft.citizenPhone().strip();
            long same = em.createQuery("SELECT COUNT(a) FROM AppointmentEntity a WHERE a.hallId = :h AND a.date = :d "
                    + "AND a.matterCode = :m AND a.citizenPhone = :p AND a.state = :b", Long.class)
                    .setParameter("h", hall.id).setParameter("d", draft.date()).setParameter("m", code)
                    .setParameter("p", phone).setParameter("b", AppointmentState.BOOKED.name()).getSingleResult();
            if (same > 0) {
                throw new ConflictException("already_booked", MESSAGES.text("appointment.twice"));
            }
            AppointmentEntity a = new AppointmentEntity();
            a.hallId = hall.id;
            a.unitId = hall.unitId;
            a.matterCode = code;
            a.matterName = matters.name(hall.unitId, code);
            a.date = draft.date();
            a.start = slot.start();
            a.end = slot.end();
            a.citizenName = draft.citizenName().strip();
            a.citizenPhone = phone;
            a.reference = reference();
            a.state = AppointmentState.BOOKED.name();
            a.bookedAt = Timestamp.from(now);
            a.expiresAt = Timestamp.from(AppointmentRules.expiresAt(a.date, a.start, settings).atZone(time.zone())
                    .toInstant());
            em.persist(a);
            em.flush();
            return toRecord(a, true);
        });
    }

    private String reference() {
        char[] c = new char[8];
        for (int i = 0; i < c.length; i++) {
            c[i] = REFERENCE_CHARS[random.nextInt(REFERENCE_CHARS.length)];
        }
        return new String(c);
    }

    /** The booking when it exists, is in reach and the reference matches; 404 otherwise. */
    private static AppointmentEntity found(EntityManager em, Actor actor, long id, String reference) {
        AppointmentEntity a = em.find(AppointmentEntity.class, id);
        if (a == null || !actor.reach().contains(a.unitId) || reference == null
                || !a.reference.equalsIgnoreCase(reference.strip())) {
            throw new NotFoundException(MESSAGES.text("entity.appointment"), id);
        }
        return a;
    }

    private static void requireBooked(EntityManager em, long id, String state) {
        int n = em.createQuery("UPDATE AppointmentEntity a SET a.state = :n WHERE a.id = :id AND a.state = :b")
                .setParameter("n", state).setParameter("id", id).setParameter("b", AppointmentState.BOOKED.name())
                .executeUpdate();
        if (n == 0) {
            AppointmentEntity now = em.find(AppointmentEntity.class, id);
            em.refresh(now);
            throw new ConflictException("appointment_state", MESSAGES.text("appointment.state",
                    MESSAGES.text("appointmentState." + now.state), now.state));
        }
    }

    @Override
    public Appointment cancel(Actor actor, long id, String reference) {
        Access.requireLobby(actor);
        Instant now = time.now();
        return Jpa.inTransaction(emf, em -> {
            AppointmentEntity a = found(em, actor, id, reference);
            expire(em, a.hallId, now);
            requireBooked(em, id, AppointmentState.CANCELLED.name());
            em.refresh(a);
            a.cancelledAt = Timestamp.from(now);
            return toRecord(a, true);
        });
    }

    @Override
    public Ticket checkIn(Actor actor, long id, String reference) {
        Access.requireLobby(actor);
        Instant now = time.now();
        LocalDateTime local = localNow(now);
        TicketEntity entity = Jpa.inTransaction(emf, em -> {
            AppointmentEntity a = found(em, actor, id, reference);
            expire(em, a.hallId, now);
            em.refresh(a);
            if (AppointmentState.BOOKED.name().equals(a.state)
                    && !AppointmentRules.checkInOpen(a.date, a.start, local, settings)) {
                throw new ConflictException("check_in_not_yet", MESSAGES.text("appointment.checkin.early",
                        a.date, a.start, settings.checkInEarlyMinutes()));
            }
            requireBooked(em, id, AppointmentState.CHECKED_IN.name());
            em.refresh(a);
            HallEntity hall = em.find(HallEntity.class, a.hallId);
            Instant due = a.date.atTime(a.start).atZone(time.zone()).toInstant();
            TicketEntity t = TicketStore.insert(em, hall, a.matterCode, a.matterName, null, TicketSource.APPOINTMENT,
                    a.id, due, now, local.toLocalDate());
            a.checkedInAt = Timestamp.from(now);
            a.ticketId = t.id;
            return t;
        });
        queues.changed(entity);
        Ticket ticket = TicketStore.toRecord(entity);
        events.postEvent(TicketStore.event(WindowsEvents.TAKEN, ticket, now));
        return ticket;
    }

    @Override
    public Optional<Appointment> byReference(Actor actor, long hallId, String reference) {
        Access.requireReader(actor);
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return Jpa.inTransaction(emf, em -> {
            Access.hall(em, actor, hallId);
            expire(em, hallId, time.now());
            return em.createQuery("SELECT a FROM AppointmentEntity a WHERE a.hallId = :h AND a.reference = :r",
                    AppointmentEntity.class).setParameter("h", hallId)
                    .setParameter("r", reference.strip().toUpperCase(java.util.Locale.ROOT)).getResultList().stream()
                    .findFirst().map(a -> toRecord(a, clear(actor)));
        });
    }

    @Override
    public Optional<Appointment> appointment(Actor actor, long id) {
        Access.requireReader(actor);
        return Jpa.inTransaction(emf, em -> {
            AppointmentEntity a = em.find(AppointmentEntity.class, id);
            if (a == null || !actor.reach().contains(a.unitId)) {
                return Optional.empty();
            }
            expire(em, a.hallId, time.now());
            em.refresh(a);
            return Optional.of(toRecord(a, clear(actor)));
        });
    }

    @Override
    public Page<Appointment> appointments(Actor actor, AppointmentQuery query, PageRequest page) {
        Access.requireReader(actor);
        Instant now = time.now();
        LocalDate day = query.date() == null ? localNow(now).toLocalDate() : query.date();
        boolean clear = clear(actor);
        return Jpa.inTransaction(emf, em -> {
            Access.hall(em, actor, query.hallId());
            expire(em, query.hallId(), now);
            return Jpa.page(em, AppointmentEntity.class, (cb, r) -> {
                List<Predicate> where = new ArrayList<>();
                where.add(cb.equal(r.get("hallId"), query.hallId()));
                where.add(cb.equal(r.get("date"), day));
                if (query.state() != null) {
                    where.add(cb.equal(r.get("state"), query.state().name()));
                }
                return where;
            }, (cb, r) -> cb.asc(r.get("start")), page).map(a -> toRecord(a, clear));
        });
    }

    /** Citizens' names and phones in clear for the module's staff and admins; masked for others (auditors). */
    private static boolean clear(Actor actor) {
        return actor.hasAnyRole(WindowsRoles.ADMIN, WindowsRoles.STAFF, WindowsRoles.LOBBY, Roles.ADMIN);
    }

    static Appointment toRecord(AppointmentEntity a, boolean clear) {
        return new Appointment(a.id, a.hallId, a.matterCode, a.matterName, a.date, a.start, a.end,
                clear ? a.citizenName : PersonalData.maskName(a.citizenName),
                clear ? a.citizenPhone : PersonalData.maskPhone(a.citizenPhone), a.reference,
                AppointmentState.valueOf(a.state), TicketStore.instant(a.bookedAt), TicketStore.instant(a.checkedInAt),
                a.ticketId);
    }

    @Override
    public Table table(List<Appointment> appointments) {
        List<List<Object>> rows = new ArrayList<>();
        for (Appointment a : appointments) {
            rows.add(List.of(a.date().toString(), a.start() + "-" + a.end(), a.matterCode(),
                    a.matterName() == null ? "" : a.matterName(), a.citizenName(), a.citizenPhone(), a.reference(),
                    h("appointmentState." + a.state())));
        }
        return new Table("appointments", h("sheet.appointments"), List.of(h("col.day"), h("col.slot"),
                h("col.matterCode"), h("col.matter"), h("col.citizen"), h("col.phone"), h("col.reference"),
                h("col.state")), rows);
    }
}
