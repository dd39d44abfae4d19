package org.xingfeng.windows.core.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
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
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;
import org.xingfeng.platform.api.event.OrgEvents;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.windows.api.halls.Hall;
import org.xingfeng.windows.api.halls.HallQuery;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.ServiceWindow;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.halls.WindowState;
import org.xingfeng.windows.api.records.HandlingChannel;
import org.xingfeng.windows.api.records.RecordState;
import org.xingfeng.windows.api.records.StepKind;

/**
 * With {@code xingfeng.demo=true}: a year of handling records (办件) at the demo halls' open windows, so the record
 * lists, the due and overdue flags and the on-time rates show real figures at first start: most matters completed on
 * time (on the spot or within their working days), some late, some still open (due soon, overdue, stalled for weeks),
 * a few one-time notices (一次性告知), refusals (不予受理), returns (退回) and, in the last five working days, records received and not
 * yet accepted, so every state shows; closed records carry their evaluation ticket when the evaluations module is there.
 * Made one month per event (the oldest missing month first; each in one transaction), so the first start is not held
 * up and a load cut short goes on at the next start. Records it made are opened by {@value #BY}.
 */
@Component(immediate = true, configurationPid = RecordsDemo.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = { EventConstants.EVENT_TOPIC + "=" + OrgEvents.TOPIC_PREFIX + "*",
                EventConstants.EVENT_TOPIC + "=" + RecordsDemo.NEXT })
@Designate(ocd = RecordsDemo.Config.class)
public class RecordsDemo implements EventHandler {

    public static final String PID = "org.xingfeng.windows.records.demo";
    static final String NEXT = "org/xingfeng/windows/demo/RECORDS";
    static final String BY = "demo";
    static final int MONTHS = 12;
    private static final Logger LOG = LoggerFactory.getLogger(RecordsDemo.class);

    @ObjectClassDefinition(id = PID, name = "Windows demo records", description = "a year of 办件 in the demo halls")
    public @interface Config {

        @AttributeDefinition(name = "Demo data",
                description = "give the demo halls' windows a year of handling records")
        boolean demo() default false;
    }

    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马",
            "胡", "朱", "郭", "何", "罗", "高", "林" };
    private static final String[] GIVEN = { "秀英", "建国", "桂兰", "志强", "丽", "伟", "敏", "静", "海燕", "军", "小红", "德明",
            "玉兰", "春梅", "国华", "晓东", "淑珍", "成", "雪", "文斌" };
    private static final List<String> MISSING = List.of("居民身份证复印件", "户口簿复印件", "医疗费用发票原件",
            "出院小结", "参保人员转移接续申请表", "银行卡复印件");

    private final boolean demo;
    private final EntityManagerFactory emf;
    private final HallService halls;
    private final WindowService windows;
    private final OrgService org;
    private final MatterDirectory matters;
    private final WorkingDayCalendar calendar;
    private final BureauTime time;
    private final EventAdmin events;
    private final AtomicBoolean running = new AtomicBoolean();
    /** The month in which every month of the year was found made: until it ends, an event has nothing to do. */
    private volatile YearMonth completeIn;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile MatterTerms terms;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TicketIssuer issuer;

    @Activate
    public RecordsDemo(@Reference WindowsDatabase database, @Reference HallService halls,
            @Reference WindowService windows, @Reference OrgService org, @Reference MatterDirectory matters,
            @Reference WorkingDayCalendar calendar, @Reference BureauTime time, @Reference EventAdmin events,
            Config config) {
        this.demo = config.demo();
        this.emf = database.emf();
        this.halls = halls;
        this.windows = windows;
        this.org = org;
        this.matters = matters;
        this.calendar = calendar;
        this.time = time;
        this.events = events;
        if (demo) {
            events.postEvent(new Event(NEXT, Map.of()));
        }
    }

    @Override
    public void handleEvent(Event event) {
        if (!demo || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<Closed> closed = new ArrayList<>();
            if (month(closed)) { // the next month, after other events had their turn
                events.postEvent(new Event(NEXT, closedProperties(closed)));
            }
        } catch (RuntimeException e) {
            LOG.warn("demo records not made yet: {}", e.toString());
        } finally {
            running.set(false);
        }
    }

    /** A record the demo closed: what the evaluations module's demo needs to have it rated. */
    record Closed(long unitId, String number, String staffNumber, String windowNumber, String matterCode,
            long closedAt, boolean late) {
    }

    /**
     * The records closed in the month just made, as the event's properties (arrays of plain values: the evaluations
     * module's demo rates them without a dependency on this module's api): {@code unitIds}, {@code numbers},
     * {@code staffNumbers}, {@code windowNumbers}, {@code matterCodes}, {@code closedAt} (epoch ms), {@code late}.
     */
    static Map<String, Object> closedProperties(List<Closed> closed) {
        int n = closed.size();
        long[] units = new long[n];
        String[] numbers = new String[n];
        String[] staff = new String[n];
        String[] windowNumbers = new String[n];
        String[] codes = new String[n];
        long[] at = new long[n];
        boolean[] late = new boolean[n];
        for (int i = 0; i < n; i++) {
            Closed c = closed.get(i);
            units[i] = c.unitId();
            numbers[i] = c.number();
            staff[i] = c.staffNumber() == null ? "" : c.staffNumber();
            windowNumbers[i] = c.windowNumber();
            codes[i] = c.matterCode();
            at[i] = c.closedAt();
            late[i] = c.late();
        }
        return Map.of("unitIds", units, "numbers", numbers, "staffNumbers", staff, "windowNumbers", windowNumbers,
                "matterCodes", codes, "closedAt", at, "late", late);
    }

    /**
     * Makes the oldest month still missing; whether one was made. Months are made oldest first, so when this month is
     * made every one is: a warm start (and every organisation event after it, until the month ends) does nothing more
     * than look that up once, instead of a query per month on EventAdmin's thread.
     */
    private boolean month(List<Closed> closed) {
        LocalDate today = time.today();
        YearMonth current = YearMonth.from(today);
        if (current.equals(completeIn)) {
            return false;
        }
        List<Hall> demoHalls = halls.halls(Actor.SYSTEM, HallQuery.ALL, PageRequest.ALL).items().stream()
                .filter(h -> h.code().startsWith("DEMO-")).toList();
        if (demoHalls.isEmpty()) {
            return false; // the halls come first (WindowsDemo); a later event tries again
        }
        List<Long> units = demoHalls.stream().map(Hall::unitId).distinct().toList();
        if (made(units, current)) {
            completeIn = current;
            return false;
        }
        YearMonth first = current.minusMonths(MONTHS - 1L);
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = first.plusMonths(m);
            if (made(units, month)) {
                continue;
            }
            int n = 0;
            for (Hall hall : demoHalls) {
                n += make(hall, month, today, closed);
            }
            System.out.println("[xingfeng] demo records: " + n + " of " + month + " in " + demoHalls.size() + " halls");
            return n > 0;
        }
        return false;
    }

    /** Whether the demo made records of that month in those units (by the unit and day index, not a table scan). */
    private boolean made(List<Long> units, YearMonth month) {
        return Jpa.read(emf, em -> !em.createQuery("SELECT r.id FROM HandlingRecordEntity r WHERE r.unitId IN :units "
                + "AND r.openedOn >= :a AND r.openedOn <= :b AND r.openedBy = :by", Long.class)
                .setParameter("units", units).setParameter("by", BY).setParameter("a", month.atDay(1))
                .setParameter("b", month.atEndOfMonth()).setMaxResults(1).getResultList().isEmpty());
    }

    private int make(Hall hall, YearMonth month, LocalDate today, List<Closed> closed) {
        List<ServiceWindow> open = windows.windows(Actor.SYSTEM, hall.id()).stream()
                .filter(w -> w.state() == WindowState.OPEN).toList();
        if (open.isEmpty()) {
            return 0;
        }
        List<Staff> staff = staffOf(hall.unitId());
        boolean county = open.size() > 2;
        int perWindowDay = county ? 2 : 1;
        SplittableRandom r = new SplittableRandom(hall.id() * 1_000_003L + month.hashCode());
        String key = hall.unitId() + ":" + month.getYear();
        return Jpa.inTransaction(emf, em -> {
            RecordCounterEntity counter = em.find(RecordCounterEntity.class, key);
            if (counter == null) {
                counter = new RecordCounterEntity();
                counter.key = key;
                counter.last = 0;
                em.persist(counter);
            }
            int made = 0;
            for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()) && day.isBefore(today); day = day
                    .plusDays(1)) {
                if (!calendar.isWorkingDay(day)) {
                    continue;
                }
                for (int w = 0; w < open.size(); w++) {
                    for (int k = 0; k < perWindowDay; k++) {
                        Staff who = staff.isEmpty() ? null : staff.get((w + 2) % staff.size());
                        record(em, hall, open.get(w), who, day, today, ++counter.last, r, closed);
                        made++;
                    }
                }
            }
            return made;
        });
    }

    private List<Staff> staffOf(long unitId) {
        List<Staff> s = org.staff(Actor.SYSTEM, new StaffQuery(unitId, null, null, null, null), PageRequest.ALL)
                .items();
        if (s.isEmpty()) { // a township station: the county's staff serve there
            Long parent = org.unit(Actor.SYSTEM, unitId).map(u -> u.parentId()).orElse(null);
            if (parent != null) {
                s = org.staff(Actor.SYSTEM, new StaffQuery(parent, null, null, null, null), PageRequest.ALL).items();
            }
        }
        return s;
    }

    private void record(EntityManager em, Hall hall, ServiceWindow w, Staff who, LocalDate day, LocalDate today,
            int seq, SplittableRandom r, List<Closed> closed) {
        String code = w.matterCodes().get(r.nextInt(w.matterCodes().size()));
        MatterTerms t = terms;
        Optional<MatterTerms.Terms> known = t == null ? Optional.empty() : t.terms(hall.unitId(), code);
        Integer limit = known.map(MatterTerms.Terms::limitDays).orElse(Math.floorMod(code.hashCode(), 3) * 5);
        HandlingRecordEntity e = new HandlingRecordEntity();
        e.unitId = hall.unitId();
        e.number = HandlingRecordRules.number(day.getYear(), seq);
        e.hallId = hall.id();
        e.windowId = w.id();
        e.windowNumber = w.number();
        e.channel = HandlingChannel.WINDOW.name();
        e.matterCode = code;
        e.matterName = known.map(MatterTerms.Terms::name).orElse(matters.name(hall.unitId(), code));
        e.limitDays = limit;
        e.citizenName = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
        e.citizenIdNumber = "5107" + (22 + r.nextInt(4)) + (1950 + r.nextInt(55)) + String.format("%02d%02d",
                1 + r.nextInt(12), 1 + r.nextInt(28)) + String.format("%03d", r.nextInt(1000)) + r.nextInt(10);
        e.staffId = who == null ? null : who.id();
        e.staffName = who == null ? null : who.name();
        e.firstStaffId = e.staffId;
        e.firstStaffName = e.staffName;
        Timestamp opened = at(day, 9 * 60 + r.nextInt(7 * 60));
        e.openedAt = opened;
        e.openedOn = day;
        e.openedBy = BY;
        List<HandlingStepEntity> steps = new ArrayList<>();
        int p = r.nextInt(100);
        if (p >= 88 && !day.isBefore(workingDaysBefore(today, 5))) {
            // one in eight of the last five working days' applications is still being checked (收件): counted in
            // working days, so there are some the day after a long holiday too
            e.state = RecordState.RECEIVED.name();
        } else if (p < 7) { // 一次性告知: the materials missing, on the spot
            List<String> missing = List.of(MISSING.get(r.nextInt(MISSING.size())));
            e.missing = String.join("\n", missing);
            close(e, RecordState.NOTIFIED, day, plus(opened, 10));
            steps.add(step(StepKind.NOTIFY, plus(opened, 10), who, null, e.missing));
        } else if (p < 9) {
            close(e, RecordState.REJECTED, day, plus(opened, 15));
            steps.add(step(StepKind.REJECT, plus(opened, 15), who, "不属于本单位受理范围，已告知到有关部门办理", null));
        } else if (p < 10) { // 退回 after acceptance: the review found the application does not qualify
            e.acceptedOn = day;
            e.dueDate = HandlingRecordRules.dueDate(day, limit, calendar::isWorkingDay);
            steps.add(step(StepKind.ACCEPT, plus(opened, 5), who, null, null));
            close(e, RecordState.RETURNED, day, plus(opened, 40));
            steps.add(step(StepKind.RETURN, plus(opened, 40), who, "申请材料与参保信息不符，请核对后重新申请", null));
        } else {
            e.acceptedOn = day;
            e.dueDate = HandlingRecordRules.dueDate(day, limit, calendar::isWorkingDay);
            steps.add(step(StepKind.ACCEPT, plus(opened, 5), who, null, null));
            boolean stalled = limit > 0 && p >= 97 && !day.isBefore(today.minusMonths(2)); // still open, overdue
            LocalDate done = stalled ? today
                    : limit == 0 ? day
                            : p < 94 ? workingDaysAfter(day, 1 + r.nextInt(Math.max(1, limit)))
                                    : workingDaysAfter(e.dueDate, 1 + r.nextInt(3)); // late
            if (done.isBefore(today)) {
                Timestamp at = limit == 0 ? plus(opened, 20) : at(done, 10 * 60 + r.nextInt(6 * 60));
                if (limit > 0) {
                    steps.add(step(StepKind.REVIEW, at(done, 9 * 60), who, null, null));
                }
                steps.add(step(StepKind.COMPLETE, at, who, null, null));
                boolean delivered = r.nextInt(3) == 0;
                close(e, delivered ? RecordState.DELIVERED : RecordState.COMPLETED, done, at);
                if (delivered) {
                    steps.add(step(StepKind.DELIVER, plus(at, 60), who, null, null));
                }
            } else {
                e.state = (limit > 1 && r.nextBoolean() ? RecordState.REVIEWED : RecordState.ACCEPTED).name();
                if (e.state.equals(RecordState.REVIEWED.name())) {
                    steps.add(step(StepKind.REVIEW, plus(opened, 24 * 60), who, null, null));
                }
            }
        }
        if (e.closedAt != null && issuer != null) {
            e.evaluationTicket = ticket(e, who);
        }
        if (e.closedAt != null) {
            boolean late = e.dueDate != null && e.closedOn.isAfter(e.dueDate);
            closed.add(new Closed(e.unitId, e.number, who == null ? null : who.staffNumber(), e.windowNumber,
                    e.matterCode, e.closedAt.getTime(), late || RecordState.REJECTED.name().equals(e.state)));
        }
        em.persist(e);
        em.flush();
        for (HandlingStepEntity s : steps) {
            s.recordId = e.id;
            em.persist(s);
        }
    }

    private String ticket(HandlingRecordEntity e, Staff who) {
        TicketIssuer i = issuer;
        try {
            return i == null ? null
                    : i.issue(e.unitId, e.number, who == null ? null : who.staffNumber(), e.windowNumber, e.matterCode);
        } catch (RuntimeException x) {
            return null;
        }
    }

    private static void close(HandlingRecordEntity e, RecordState state, LocalDate on, Timestamp at) {
        e.state = state.name();
        e.closedOn = on;
        e.closedAt = at;
    }

    private HandlingStepEntity step(StepKind kind, Timestamp at, Staff who, String note, String materials) {
        HandlingStepEntity s = new HandlingStepEntity();
        s.kind = kind.name();
        s.at = at;
        s.by = BY;
        s.staffId = who == null ? null : who.id();
        s.staffName = who == null ? null : who.name();
        s.note = note;
        s.materials = materials;
        return s;
    }

    private LocalDate workingDaysBefore(LocalDate day, int n) {
        return workingDays(day, n, -1);
    }

    private LocalDate workingDaysAfter(LocalDate day, int n) {
        return workingDays(day, n, 1);
    }

    /** The n-th working day after ({@code step} 1) or before (-1) the day. */
    private LocalDate workingDays(LocalDate day, int n, int step) {
        LocalDate d = day;
        for (int i = 0; i < n;) {
            d = d.plusDays(step);
            if (calendar.isWorkingDay(d)) {
                i++;
            }
        }
        return d;
    }

    private Timestamp at(LocalDate day, int minuteOfDay) {
        return Timestamp.from(day.atTime(LocalTime.of(minuteOfDay / 60, minuteOfDay % 60)).atZone(time.zone())
                .toInstant());
    }

    private static Timestamp plus(Timestamp t, int minutes) {
        return new Timestamp(t.getTime() + minutes * 60_000L);
    }
}
