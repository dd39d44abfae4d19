package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.HallServiceImpl.h;
import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.windows.api.appointments.AppointmentState;
import org.xingfeng.windows.api.figures.Coverage;
import org.xingfeng.windows.api.figures.Dimension;
import org.xingfeng.windows.api.figures.FiguresQuery;
import org.xingfeng.windows.api.figures.FiguresService;
import org.xingfeng.windows.api.figures.ServiceLevel;
import org.xingfeng.windows.api.figures.ServiceLevels;
import org.xingfeng.windows.api.halls.WindowState;
import org.xingfeng.windows.api.halls.WindowType;
import org.xingfeng.windows.api.queue.TicketState;
import org.xingfeng.windows.core.internal.FiguresRules.Booking;
import org.xingfeng.windows.core.internal.FiguresRules.Fact;
import org.xingfeng.windows.core.internal.FiguresRules.WindowFact;

/** 服务水平 and coverage, counted from the tickets and windows when asked. Settings: PID {@value #PID}. */
// waits for its configuration (made from the start properties at start-up): a component that started on its
// defaults would restart when the configuration arrives, and with it everything bound to it
@Component(configurationPid = FiguresServiceImpl.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = FiguresServiceImpl.Config.class)
public class FiguresServiceImpl implements FiguresService {

    public static final String PID = "org.xingfeng.windows.figures";

    @ObjectClassDefinition(id = PID, name = "Windows figures", description = "Service-level target")
    public @interface Config {

        @AttributeDefinition(name = "Target wait (minutes)", description = "Waits within this count as within target")
        int targetMinutes() default 15;
    }

    private final EntityManagerFactory emf;
    private final OrgService org;
    private final BureauTime time;
    private final int targetMinutes;

    @Activate
    public FiguresServiceImpl(@Reference WindowsDatabase database, @Reference OrgService org,
            @Reference BureauTime time, Config config) {
        this.emf = database.emf();
        this.org = org;
        this.time = time;
        if (config.targetMinutes() < 1) {
            throw new IllegalArgumentException(PID + ".targetMinutes must be >= 1");
        }
        this.targetMinutes = config.targetMinutes();
    }

    @Override
    public ServiceLevels serviceLevels(Actor actor, FiguresQuery query) {
        Access.requireReader(actor);
        List<FieldError> errors = new ArrayList<>();
        if (query == null) {
            errors.add(FieldError.of("body", MESSAGES.text("field.required")));
            Checks.throwIfAny(errors);
        }
        LocalDate today = time.today();
        LocalDate from = query.from() == null ? today : query.from();
        LocalDate to = query.to() == null ? from : query.to();
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            errors.add(FieldError.of("to", MESSAGES.text("span.days", 366)));
        }
        Checks.throwIfAny(errors);
        Dimension by = query.by() == null ? Dimension.MATTER : query.by();
        FiguresQuery q = new FiguresQuery(query.hallId(), query.unitId(), from, to, by);
        Instant now = time.now();
        List<Booking> bookings = new ArrayList<>();
        List<Fact> facts = Jpa.read(emf, em -> {
            String where;
            Map<String, Object> scope = new HashMap<>();
            if (query.hallId() != null) {
                Access.hall(em, actor, query.hallId());
                where = "t.hallId = :scope";
                scope.put("scope", query.hallId());
            } else {
                Long unit = actor.reach().listScope(query.unitId());
                where = unit == null ? "1 = 1"
                        : Jpa.unitIn(em, "t.unitId", unit < 0 ? List.of()
                                : org.subtree(Actor.SYSTEM, unit).stream().map(OrgUnit::id).toList(), "scope", scope);
            }
            var tq = em.createQuery("SELECT t FROM TicketEntity t WHERE " + where + " AND t.day >= :f AND t.day <= :t",
                    TicketEntity.class).setParameter("f", from).setParameter("t", to);
            scope.forEach(tq::setParameter);
            // appointments of the days, not cancelled: a booking past its expiry and not checked in is a no-show,
            // whether or not its expiry was written yet (expiry is applied when the hall's bookings are used)
            var aq = em.createQuery("SELECT a FROM AppointmentEntity a WHERE " + where.replace("t.", "a.")
                    + " AND a.date >= :f AND a.date <= :t AND a.state <> :c", AppointmentEntity.class)
                    .setParameter("f", from).setParameter("t", to)
                    .setParameter("c", AppointmentState.CANCELLED.name());
            scope.forEach(aq::setParameter);
            for (AppointmentEntity a : aq.getResultList()) {
                boolean checkedIn = AppointmentState.CHECKED_IN.name().equals(a.state);
                boolean missed = AppointmentState.EXPIRED.name().equals(a.state)
                        || AppointmentState.BOOKED.name().equals(a.state) && !a.expiresAt.toInstant().isAfter(now);
                bookings.add(new Booking(a.date, a.date.atTime(a.start).atZone(time.zone()).toInstant(),
                        a.matterCode, a.matterName, checkedIn, missed));
            }
            return tq.getResultList().stream().map(t -> new Fact(t.day, t.takenAt.toInstant(),
                    TicketStore.instant(t.calledAt), TicketStore.instant(t.startedAt),
                    TicketStore.instant(t.finishedAt), TicketState.NO_SHOW.name().equals(t.state), t.windowNumber,
                    t.staffId, t.staffName, t.matterCode, t.matterName)).toList();
        });
        Duration target = Duration.ofMinutes(targetMinutes);
        return new ServiceLevels(q, targetMinutes, FiguresRules.breakdown(facts, bookings, by, time.zone(), target),
                FiguresRules.level("total", MESSAGES.text("figures.total").toString(), facts, bookings, target));
    }

    @Override
    public List<Coverage> coverage(Actor actor, long unitId) {
        Access.requireReader(actor);
        actor.reach().checkUnit(unitId);
        OrgUnit unit = org.unit(actor, unitId).orElseThrow(() -> new org.xingfeng.platform.api.NotFoundException(
                MESSAGES.text("entity.unit"), unitId));
        List<Long> units = org.subtree(Actor.SYSTEM, unitId).stream().map(OrgUnit::id).toList();
        return Jpa.read(emf, em -> {
            List<Coverage> list = new ArrayList<>();
            Map<String, Object> parameters = new HashMap<>();
            var halls = em.createQuery("SELECT h FROM HallEntity h WHERE "
                    + Jpa.unitIn(em, "h.unitId", units, "u", parameters) + " ORDER BY h.id", HallEntity.class);
            parameters.forEach(halls::setParameter);
            for (HallEntity hall : halls.getResultList()) {
                List<WindowFact> windows = WindowServiceImpl.windowsOf(em, hall.id).stream()
                        .map(w -> new WindowFact(WindowType.valueOf(w.type), WindowState.valueOf(w.state),
                                WindowRules.split(w.matterCodes)))
                        .toList();
                list.add(FiguresRules.coverage(hall.id, hall.unitId, hall.name, windows));
            }
            list.add(FiguresRules.total(unitId, unit.name(), list));
            return list;
        });
    }

    @Override
    public Table table(ServiceLevels levels) {
        List<List<Object>> rows = new ArrayList<>();
        for (ServiceLevel l : levels.parts()) {
            rows.add(row(l));
        }
        rows.add(row(levels.total()));
        return new Table("service-levels", h("sheet.figures"), List.of(h("col.part"), h("col.taken"),
                h("col.served"), h("col.noShows"), h("col.avgWait"), h("col.maxWait"), h("col.avgService"),
                h("col.maxService"), h("col.withinTarget"), h("col.noShowShare"), h("col.appointments"),
                h("col.appointmentNoShows"), h("col.appointmentNoShowShare")), rows);
    }

    private static List<Object> row(ServiceLevel l) {
        return List.of(l.label(), l.taken(), l.served(), l.noShows(), l.averageWaitSeconds() / 60.0,
                l.maxWaitSeconds() / 60.0, l.averageServiceSeconds() / 60.0, l.maxServiceSeconds() / 60.0,
                l.withinTarget() == null ? "" : l.withinTarget(), l.noShowShare() == null ? "" : l.noShowShare(),
                l.appointments(), l.appointmentNoShows(),
                l.appointmentNoShowShare() == null ? "" : l.appointmentNoShowShare());
    }

    @Override
    public Table coverageTable(List<Coverage> coverage) {
        List<List<Object>> rows = new ArrayList<>();
        for (Coverage c : coverage) {
            rows.add(List.of(c.name(), c.windows(), c.comprehensiveWindows(),
                    c.comprehensiveShare() == null ? "" : c.comprehensiveShare(), c.matters(),
                    c.mattersOnEveryOpenWindow(), c.everyWindowShare() == null ? "" : c.everyWindowShare()));
        }
        return new Table("coverage", h("sheet.coverage"), List.of(h("col.hall"), h("col.windows"),
                h("col.comprehensive"), h("col.comprehensiveShare"), h("col.matters"), h("col.everyWindow"),
                h("col.everyWindowShare")), rows);
    }
}
