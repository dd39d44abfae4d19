package org.xingfeng.demands.core.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xingfeng.demands.api.demands.DemandAction;
import org.xingfeng.demands.api.demands.DemandCategory;
import org.xingfeng.demands.api.demands.DemandChannel;
import org.xingfeng.demands.api.demands.DemandState;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;
import org.xingfeng.platform.api.event.OrgEvents;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * With {@code xingfeng.demo=true}: four months of demands for each county bureau of the demo city, in every state (in
 * time and overdue, reminded, escalated, extended, replied on time and late, satisfied, reopened, closed, a duplicate),
 * with their steps dated as they would have happened. Works on Event Admin's thread (no thread of its own): it asks
 * itself to load once at activation and again whenever the platform creates a unit, and fills only a county that has
 * no demo demand yet (each county in one transaction), so a load cut short is finished at the next start.
 */
@Component(immediate = true, configurationPid = DemandsDemo.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = { EventConstants.EVENT_TOPIC + "=" + OrgEvents.TOPIC_PREFIX + "*",
                EventConstants.EVENT_TOPIC + "=" + DemandsDemo.LOAD })
@Designate(ocd = DemandsDemo.Config.class)
public class DemandsDemo implements EventHandler {

    public static final String PID = "org.xingfeng.demands.demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemandsDemo.class);

    @ObjectClassDefinition(id = PID, name = "Demands demo data", description = "民生诉求 of the demo city")
    public @interface Config {

        @AttributeDefinition(name = "Demo data", description = "give the demo county bureaus four months of demands")
        boolean demo() default false;
    }

    static final String LOAD = "org/xingfeng/demands/demo/LOAD";
    static final List<String> COUNTIES = List.of("510722", "510723", "510725");
    static final String PREFIX = "DEMO-";
    /** Demands per county, one every {@value #SPACING} days back from today. */
    static final int PER_COUNTY = 27;
    static final int SPACING = 4;

    /** Topic, category and text of the demo demands. */
    static final String[][] TOPICS = { { "医保卡补办", "CONSULTATION", "医保卡丢失，咨询补办需要哪些材料、在哪里办理。" },
            { "异地就医备案", "HELP", "父亲长期在外地居住，需办理异地就医备案，网上操作不成功，请求帮助。" },
            { "门诊慢特病申报进度", "CONSULTATION", "上月申报门诊慢特病，至今未收到审核结果，咨询进度。" },
            { "窗口工作人员态度生硬", "COMPLAINT", "在服务大厅办理报销时，窗口工作人员态度生硬，未一次性告知所需材料。" },
            { "建议增设自助服务终端", "SUGGESTION", "乡镇服务站排队时间长，建议增设自助服务终端。" },
            { "表扬综合窗口工作人员", "PRAISE", "综合窗口工作人员耐心细致，帮助老人办完业务，特此表扬。" },
            { "生育津贴未按时发放", "COMPLAINT", "生育津贴申请已超过两个月仍未发放。" },
            { "城乡居民医保缴费", "CONSULTATION", "咨询今年城乡居民医保缴费标准和缴费渠道。" },
            { "药店无法刷医保卡", "HELP", "定点药店称系统故障无法刷卡，请求协调处理。" } };
    static final String[] NAMES = { "王建国", "李秀英", "张伟", "刘芳", "陈明", "杨丽", "赵强", "黄敏", "周杰" };
    /** The state each demo demand ends in, cycled. */
    static final DemandState[] STATES = { DemandState.REGISTERED, DemandState.INSTRUCTED, DemandState.ASSIGNED,
            DemandState.HANDLED, DemandState.REVIEWED, DemandState.REPLIED, DemandState.RATED, DemandState.CLOSED,
            DemandState.REOPENED };
    static final DemandChannel[] CHANNELS = DemandChannel.values();

    private final boolean demo;
    private final OrgService org;
    private final BureauTime time;
    private final DemandDeadlines deadlines;
    private final EntityManagerFactory emf;
    private final AtomicBoolean running = new AtomicBoolean();

    @Activate
    public DemandsDemo(@Reference OrgService org, @Reference BureauTime time, @Reference DemandDeadlines deadlines,
            @Reference DemandsDatabase database, @Reference EventAdmin events, Config config) {
        this.demo = config.demo();
        this.org = org;
        this.time = time;
        this.deadlines = deadlines;
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
            int made = 0;
            for (String code : COUNTIES) {
                Optional<OrgUnit> county = org.unitByCode(Actor.SYSTEM, code);
                if (county.isEmpty()) {
                    continue; // the city is still being made: the next unit's event tries again
                }
                List<Section> sections = org.sections(Actor.SYSTEM, county.get().id());
                if (sections.size() >= 2 && !loaded(county.get().id())) {
                    made += county(county.get(), sections);
                }
            }
            if (made > 0) {
                System.out.println("[xingfeng] demo demands: " + made + " demands of the last four months");
            }
        } catch (RuntimeException e) {
            LOG.warn("demo demands not loaded yet: {}", e.toString());
        } finally {
            running.set(false);
        }
    }

    private boolean loaded(long unitId) {
        return Jpa.read(emf, em -> em.createQuery(
                "select count(d) from DemandEntity d where d.unitId = :unit and d.externalNo like :prefix", Long.class)
                .setParameter("unit", unitId).setParameter("prefix", PREFIX + "%").getSingleResult() > 0);
    }

    /** One county's demands in one transaction. */
    private int county(OrgUnit county, List<Section> sections) {
        LocalDate today = time.today();
        WorkingDayCalendar calendar = deadlines.calendar();
        return Jpa.inTransaction(emf, em -> {
            List<DemandEntity> made = new ArrayList<>();
            for (int i = 0; i < PER_COUNTY; i++) {
                String[] topic = TOPICS[i % TOPICS.length];
                DemandState target = STATES[i % STATES.length];
                LocalDate received = calendar.addWorkingDays(today.minusDays((long) i * SPACING + 1), 0);
                if (received.isAfter(today)) {
                    received = today;
                }
                DemandEntity e = new DemandEntity();
                e.unitId = county.id();
                e.channel = CHANNELS[i % CHANNELS.length];
                e.category = DemandCategory.valueOf(topic[1]);
                e.topic = topic[0];
                e.text = topic[2];
                e.citizenName = e.channel == DemandChannel.LETTER && i % 2 == 0 ? null : NAMES[i % NAMES.length];
                e.citizenPhone = e.citizenName == null ? null : String.format("1380838%04d", (i * 37 + 11) % 10000);
                e.citizenIdNumber = e.channel == DemandChannel.WALK_IN ? String.format("510722198%08dX", 100000 + i)
                        : null;
                e.externalNo = PREFIX + county.code() + "-" + String.format("%03d", i + 1);
                e.receivedOn = received;
                e.state = DemandState.REGISTERED;
                e.round = 1;
                e.clockStart = received;
                e.registeredBy = "demo.officer";
                e.registeredAt = at(received, 0);
                e.updatedAt = e.registeredAt;
                em.persist(e);
                em.flush();
                step(em, e, DemandAction.REGISTER, null, e.registeredAt, null);
                walk(em, e, target, i, sections, calendar, today);
                made.add(e);
            }
            // the last of the county's open demands repeats the first open one: a duplicate, linked
            DemandEntity original = made.get(0);
            DemandEntity repeat = made.get(9);
            if (repeat.state == DemandState.REGISTERED && original.state.open()) {
                repeat.duplicateOf = original.id;
                step(em, repeat, DemandAction.LINK_DUPLICATE, DemandState.CLOSED, repeat.registeredAt,
                        "重复件，并入诉求 " + original.id);
            }
            return made.size();
        });
    }

    /** The steps from registered to the target state, each a working day after the one before (never after today). */
    private void walk(EntityManager em, DemandEntity e, DemandState target, int i, List<Section> sections,
            WorkingDayCalendar calendar, LocalDate today) {
        int days = deadlines.days(e.category);
        boolean late = i % 4 == 3; // a quarter of the replies come after the deadline
        List<DemandState> path = List.of(DemandState.INSTRUCTED, DemandState.ASSIGNED, DemandState.HANDLED,
                DemandState.REVIEWED, DemandState.REPLIED, DemandState.RATED, DemandState.CLOSED);
        int stop = target == DemandState.REOPENED ? path.indexOf(DemandState.REPLIED) : path.indexOf(target);
        LocalDate day = e.receivedOn;
        for (int k = 0; k <= stop; k++) {
            DemandState next = path.get(k);
            LocalDate candidate = next == DemandState.REPLIED
                    ? calendar.addWorkingDays(e.receivedOn, late ? days + 2 : Math.max(1, days - 1))
                    : calendar.addWorkingDays(day, next == DemandState.HANDLED ? Math.max(1, days / 2) : 0);
            if (candidate.isAfter(today)) {
                return; // a recent demand has not got that far yet
            }
            day = candidate;
            Timestamp when = at(day, k + 1);
            switch (next) {
                case INSTRUCTED -> {
                    e.instruction = "请分管领导牵头，" + days + "个工作日内答复群众。";
                    step(em, e, DemandAction.INSTRUCT, next, when, e.instruction);
                }
                case ASSIGNED -> {
                    Section lead = sections.get(i % sections.size());
                    Section other = sections.get((i + 1) % sections.size());
                    e.leadSectionId = lead.id();
                    e.handlingSections = DemandViews.stored(List.of(other.id()));
                    step(em, e, DemandAction.ASSIGN, next, when, lead.name() + "、" + other.name());
                    if (i % 6 == 2) { // an extension asked and approved the same day
                        ExtensionEntity x = new ExtensionEntity();
                        x.demandId = e.id;
                        x.round = 1;
                        x.days = 3;
                        x.reason = "需调取历年缴费记录";
                        x.requestedOn = day;
                        x.requestedBy = "demo.handler";
                        x.decidedOn = day;
                        x.approved = true;
                        x.decidedBy = "demo.coordinator";
                        em.persist(x);
                        step(em, e, DemandAction.EXTENSION_REQUEST, next, when, "申请延期 3 个工作日：" + x.reason);
                        step(em, e, DemandAction.EXTENSION_DECISION, next, when, "同意延期 3 个工作日");
                    }
                }
                case HANDLED -> step(em, e, DemandAction.HANDLE, next, when, "已核实情况并按政策办理。");
                case REVIEWED -> step(em, e, DemandAction.REVIEW, next, when, "审核通过");
                case REPLIED -> {
                    e.reply = "您反映的“" + e.topic + "”已办理，感谢您的理解与支持。";
                    e.repliedOn = day;
                    step(em, e, DemandAction.REPLY, next, when, e.reply);
                }
                case RATED -> {
                    e.satisfied = true;
                    step(em, e, DemandAction.RATE, next, when, "满意");
                }
                case CLOSED -> step(em, e, DemandAction.CLOSE, next, when, null);
                default -> throw new IllegalStateException(next.name());
            }
        }
        if (target == DemandState.REOPENED && e.state == DemandState.REPLIED) {
            LocalDate rated = calendar.addWorkingDays(day, 1);
            if (!rated.isAfter(today)) {
                e.satisfied = false;
                e.round = 2;
                e.clockStart = rated;
                e.repliedOn = null;
                step(em, e, DemandAction.RATE, DemandState.REOPENED, at(rated, 9), "不满意，重新办理");
            }
        }
        if (e.state.open() && e.duplicateOf == null && i % 3 == 0) {
            LocalDate due = deadlines.due(e, List.of(), today);
            if (!today.isBefore(DeadlineRules.reminderDay(calendar, due))) {
                e.reminded = true;
                step(em, e, DemandAction.REMIND, e.state, at(DeadlineRules.reminderDay(calendar, due), 10), "请加快办理");
            }
        }
    }

    private Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(time.startOf(day).plusSeconds((9 + Math.min(hour, 8)) * 3600L));
    }

    private static void step(EntityManager em, DemandEntity e, DemandAction action, DemandState to, Timestamp when,
            String text) {
        DemandStepEntity s = new DemandStepEntity();
        s.demandId = e.id;
        s.action = action;
        s.fromState = action == DemandAction.REGISTER ? null : e.state;
        s.toState = to == null ? DemandState.REGISTERED : to;
        s.takenBy = switch (action) {
            case INSTRUCT -> "demo.head";
            case ASSIGN, EXTENSION_DECISION, REMIND, ESCALATE -> "demo.coordinator";
            case HANDLE, REVIEW, EXTENSION_REQUEST -> "demo.handler";
            default -> "demo.officer";
        };
        s.takenAt = when;
        s.text = text;
        em.persist(s);
        e.state = s.toState;
        e.updatedAt = when.after(e.updatedAt) ? when : e.updatedAt;
    }
}
