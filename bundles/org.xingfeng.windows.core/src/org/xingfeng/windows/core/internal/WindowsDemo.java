package org.xingfeng.windows.core.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.event.OrgEvents;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.windows.api.halls.Hall;
import org.xingfeng.windows.api.halls.HallDraft;
import org.xingfeng.windows.api.halls.HallQuery;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.HallZone;
import org.xingfeng.windows.api.halls.ServiceWindow;
import org.xingfeng.windows.api.halls.WindowDraft;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.halls.WindowState;
import org.xingfeng.windows.api.halls.WindowType;
import org.xingfeng.windows.api.queue.Outcome;
import org.xingfeng.windows.api.queue.TicketSource;
import org.xingfeng.windows.api.queue.TicketState;
import org.xingfeng.windows.api.roster.DutyDraft;
import org.xingfeng.windows.api.roster.DutyRole;
import org.xingfeng.windows.api.roster.RosterQuery;
import org.xingfeng.windows.api.roster.RosterService;
import org.xingfeng.windows.api.standard.InventoryCount;
import org.xingfeng.windows.api.standard.StandardItem;
import org.xingfeng.windows.api.standard.StandardService;

/**
 * With {@code xingfeng.demo=true}: the demo city's halls (each county bureau's service hall and its township station),
 * their windows, today's roster, inventories against the standard and a morning of tickets, so the hall display shows
 * life at first start. Works on Event Admin's thread (no thread of its own): it asks itself to load once at activation
 * and again whenever the platform creates a unit, and makes only what is missing (a hall by its code, the roster of a
 * day without one, the tickets of a day without any), so a load cut short is finished at the next start and every new
 * day gets a morning of its own.
 */
@Component(immediate = true, configurationPid = WindowsDemo.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = { EventConstants.EVENT_TOPIC + "=" + OrgEvents.TOPIC_PREFIX + "*",
                EventConstants.EVENT_TOPIC + "=" + WindowsDemo.LOAD })
@Designate(ocd = WindowsDemo.Config.class)
public class WindowsDemo implements EventHandler {

    public static final String PID = "org.xingfeng.windows.demo";
    private static final Logger LOG = LoggerFactory.getLogger(WindowsDemo.class);

    @ObjectClassDefinition(id = PID, name = "Windows demo halls", description = "服务大厅 of the demo city")
    public @interface Config {

        @AttributeDefinition(name = "Demo data",
                description = "give the demo bureaus halls, windows, a roster and a morning of tickets")
        boolean demo() default false;
    }

    static final String LOAD = "org/xingfeng/windows/demo/LOAD";
    static final List<String> COUNTIES = List.of("510722", "510723", "510725");
    static final List<String> DEFAULT_CODES = List.of("YB01-001", "YB01-002", "YB01-003", "YB02-001", "YB02-002",
            "YB03-001");

    private final boolean demo;
    private final HallService halls;
    private final WindowService windows;
    private final RosterService roster;
    private final StandardService standard;
    private final OrgService org;
    private final MatterDirectory matters;
    private final BureauTime time;
    private final EntityManagerFactory emf;
    private final AtomicBoolean running = new AtomicBoolean();

    @Activate
    public WindowsDemo(@Reference HallService halls, @Reference WindowService windows, @Reference RosterService roster,
            @Reference StandardService standard, @Reference OrgService org, @Reference MatterDirectory matters,
            @Reference BureauTime time, @Reference WindowsDatabase database, @Reference EventAdmin events,
            Config config) {
        this.demo = config.demo();
        this.halls = halls;
        this.windows = windows;
        this.roster = roster;
        this.standard = standard;
        this.org = org;
        this.matters = matters;
        this.time = time;
        this.emf = database.emf();
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
            LOG.warn("demo halls not loaded yet: {}", e.toString());
        } finally {
            running.set(false);
        }
    }

    private void load() {
        List<OrgUnit> units = new ArrayList<>();
        for (String code : COUNTIES) {
            Optional<OrgUnit> county = org.unitByCode(Actor.SYSTEM, code);
            Optional<OrgUnit> town = org.unitByCode(Actor.SYSTEM, code + "001");
            if (county.isEmpty() || town.isEmpty()) {
                return; // the city is still being made: the next unit's event tries again
            }
            units.add(county.get());
            units.add(town.get());
        }
        int made = 0;
        for (OrgUnit unit : units) {
            boolean county = unit.code().length() == 6;
            Hall hall = hall(unit, county);
            List<ServiceWindow> ws = windows.windows(Actor.SYSTEM, hall.id());
            if (ws.isEmpty()) {
                ws = makeWindows(hall, county);
                inventory(hall, county);
            }
            List<Staff> staff = org.staff(Actor.SYSTEM, new StaffQuery(county ? unit.id() : unit.parentId(), null, null,
                    null, null), PageRequest.ALL).items();
            LocalDate today = time.today();
            if (county && !staff.isEmpty()
                    && roster.roster(Actor.SYSTEM, new RosterQuery(hall.id(), today, today, null))
                            .isEmpty()) {
                duties(hall, ws, staff, today);
            }
            made += morning(hall, ws, county ? staff : List.of(), today);
        }
        if (made > 0) {
            System.out.println(
                    "[xingfeng] demo halls: " + made + " tickets of this morning in " + units.size() + " halls");
        }
    }

    private Hall hall(OrgUnit unit, boolean county) {
        String code = "DEMO-" + unit.code();
        for (Hall h : halls.halls(Actor.SYSTEM, new HallQuery(unit.id(), code), PageRequest.ALL).items()) {
            if (h.code().equals(code)) {
                return h;
            }
        }
        String name = county ? unit.name().replace("医疗保障局", "医疗保障服务大厅") : unit.name();
        return halls.create(Actor.SYSTEM, new HallDraft(unit.id(), code, name, unit.name() + "一楼",
                county ? EnumSet.allOf(HallZone.class)
                        : EnumSet.of(HallZone.GUIDANCE, HallZone.COUNTERS, HallZone.WAITING),
                null, 30, "A"));
    }

    private List<String> codes(Hall hall) {
        List<String> listed = matters.basicCodes(hall.unitId());
        return listed.isEmpty() ? DEFAULT_CODES : listed.subList(0, Math.min(listed.size(), 8));
    }

    private List<ServiceWindow> makeWindows(Hall hall, boolean county) {
        List<String> codes = codes(hall);
        List<ServiceWindow> made = new ArrayList<>();
        int count = county ? 6 : 2;
        for (int i = 1; i <= count; i++) {
            boolean single = county && i >= 5;
            List<String> handles = single ? List.of(codes.get(Math.min(i - 5, codes.size() - 1))) : codes;
            ServiceWindow w = windows.create(Actor.SYSTEM, new WindowDraft(hall.id(), Integer.toString(i),
                    single ? "专窗" : "综合窗口", single ? WindowType.SINGLE : WindowType.COMPREHENSIVE, handles));
            made.add(windows.setState(Actor.SYSTEM, w.id(), county && i == 6 ? WindowState.CLOSED : WindowState.OPEN));
        }
        return made;
    }

    private void inventory(Hall hall, boolean county) {
        List<InventoryCount> counts = new ArrayList<>();
        for (StandardItem item : standard.items(Actor.SYSTEM)) {
            boolean missing = !county && (item.code().equals("READING_GLASSES") || item.code().equals("CHARGING")
                    || item.code().equals("DISPLAY"));
            counts.add(new InventoryCount(item.code(), missing ? 0
                    : county && item.code().equals("SEATS") ? 40
                            : item.requiredQuantity() + (county ? 1 : 0)));
        }
        standard.setInventory(Actor.SYSTEM, hall.id(), counts);
    }

    private void duties(Hall hall, List<ServiceWindow> ws, List<Staff> staff, LocalDate day) {
        // the bureau's head leads the day, the hall manager is the lobby manager, window staff sit at the open windows
        roster.assign(Actor.SYSTEM,
                new DutyDraft(hall.id(), day, DutyRole.LEADER_ON_DUTY, staff.get(0).id(), null, null));
        if (staff.size() > 1) {
            roster.assign(Actor.SYSTEM, new DutyDraft(hall.id(), day, DutyRole.LOBBY_MANAGER, staff.get(1).id(), null,
                    null));
        }
        int s = 2;
        for (ServiceWindow w : ws) {
            if (w.state() == WindowState.OPEN && s < staff.size()) {
                roster.assign(Actor.SYSTEM, new DutyDraft(hall.id(), day, DutyRole.WINDOW_STAFF, staff.get(s++).id(),
                        w.id(), null));
            }
        }
    }

    /**
     * This morning's tickets, taken every few minutes over the last two and a half hours: the older ones served and
     * finished (a few no-shows), the latest ones called or being served at the open windows, the rest waiting.
     */
    private int morning(Hall hall, List<ServiceWindow> ws, List<Staff> staff, LocalDate day) {
        long existing = Jpa.read(emf, em -> em.createQuery("SELECT COUNT(t) FROM TicketEntity t WHERE t.hallId = :h "
                + "AND t.day = :d", Long.class).setParameter("h", hall.id()).setParameter("d", day).getSingleResult());
        List<ServiceWindow> open = ws.stream().filter(w -> w.state() == WindowState.OPEN).toList();
        if (existing > 0 || open.isEmpty()) {
            return 0;
        }
        boolean county = ws.size() > 2;
        int n = county ? 48 : 12;
        Instant now = time.now();
        Instant first = now.minus(Duration.ofMinutes(150));
        List<String> codes = codes(hall);
        String[] classes = { "ELDERLY", "DISABLED", "VETERAN", "PREGNANT" };
        return Jpa.inTransaction(emf, em -> {
            HallEntity h = em.find(HallEntity.class, hall.id());
            int busy = 0;
            for (int i = 0; i < n; i++) {
                Instant taken = first.plus(Duration.ofSeconds(i * (150 * 60L / n)));
                ServiceWindow w = open.get(i % open.size());
                String code = w.matterCodes().get(i % w.matterCodes().size());
                TicketEntity t = TicketStore.insert(em, h, code, matters.name(hall.unitId(), code),
                        i % 9 == 4 ? classes[i % classes.length] : null,
                        i % 5 == 0 ? TicketSource.WEB : TicketSource.KIOSK,
                        null, null, taken, day);
                long age = Duration.between(taken, now).toMinutes();
                Staff who = staff.isEmpty() ? null : staff.get(2 + (i % open.size()) % Math.max(1, staff.size() - 2));
                if (age > 30) {
                    Instant called = taken.plus(Duration.ofMinutes(4 + i % 11));
                    t.calledAt = Timestamp.from(called);
                    t.lastCalledAt = t.calledAt;
                    t.calls = 1;
                    t.windowId = w.id();
                    t.windowNumber = w.number();
                    t.staffId = who == null ? null : who.id();
                    t.staffName = who == null ? null : who.name();
                    if (i % 13 == 7) {
                        t.calls = 3;
                        t.state = TicketState.NO_SHOW.name();
                        t.finishedAt = Timestamp.from(called.plus(Duration.ofMinutes(5)));
                    } else {
                        t.startedAt = Timestamp.from(called.plus(Duration.ofMinutes(1)));
                        t.finishedAt = Timestamp.from(called.plus(Duration.ofMinutes(5 + i % 9)));
                        t.state = TicketState.FINISHED.name();
                        t.outcome = (i % 6 == 3 ? Outcome.MATERIALS_MISSING : Outcome.DONE).name();
                    }
                } else if (busy < open.size() && age > 12) {
                    ServiceWindow at = open.get(busy++);
                    t.calledAt = Timestamp.from(now.minus(Duration.ofMinutes(3 + busy)));
                    t.lastCalledAt = t.calledAt;
                    t.calls = 1;
                    t.windowId = at.id();
                    t.windowNumber = at.number();
                    t.state = busy % 3 == 0 ? TicketState.CALLED.name() : TicketState.SERVING.name();
                    if (t.state.equals(TicketState.SERVING.name())) {
                        t.startedAt = Timestamp.from(now.minus(Duration.ofMinutes(2)));
                    }
                }
            }
            return n;
        });
    }
}
