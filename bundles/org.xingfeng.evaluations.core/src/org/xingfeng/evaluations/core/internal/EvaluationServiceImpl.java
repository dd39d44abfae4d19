package org.xingfeng.evaluations.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.component.annotations.ReferenceScope;
import org.slf4j.LoggerFactory;
import org.slf4j.Logger;
import org.xingfeng.platform.api.tasks.Tasks;
import org.xingfeng.evaluations.api.AppealState;
import org.xingfeng.evaluations.api.Channel;
import org.xingfeng.evaluations.api.Evaluation;
import org.xingfeng.evaluations.api.EvaluationQuery;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.EvaluationSubmission;
import org.xingfeng.evaluations.api.Indicator;
import org.xingfeng.evaluations.api.Level;
import org.xingfeng.evaluations.api.Receipt;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * 好差评 intake and lists. A submission is checked and resolved here (unit, staff member, section, roll-up keys,
 * case deadlines), on the caller's thread, then handed to the {@link EvaluationWriter}.
 *
 * Settings (component configuration {@code org.xingfeng.evaluations.intake}): {@code evaluations.callbackDays} (1),
 * {@code evaluations.rectifyDays} (15) working days; {@code evaluations.indicators.window} and
 * {@code evaluations.indicators.online}; {@code evaluations.queue} (20000) and {@code evaluations.batch} (500).
 */
@Component(configurationPid = EvaluationServiceImpl.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = EvaluationServiceImpl.Config.class)
public class EvaluationServiceImpl implements EvaluationService, EvaluationIntake {

    static final Messages MESSAGES = Messages.of(EvaluationServiceImpl.class);

    public static final String PID = "org.xingfeng.evaluations.intake";

    @ObjectClassDefinition(id = PID, name = "Evaluation intake",
            description = "好差评 intake: indicators, bad reviews' deadlines, the writer's queue")
    public @interface Config {

        @AttributeDefinition(name = "Call-back days", description = "working days to call back after a bad review")
        int evaluations_callbackDays() default 1;

        @AttributeDefinition(name = "Rectify days", description = "working days to rectify after a bad review")
        int evaluations_rectifyDays() default 15;

        @AttributeDefinition(name = "Window indicators",
                description = "indicator set at a window, id:名称,id:名称 (国办发〔2019〕51号)")
        String evaluations_indicators_window() default IndicatorSets.WINDOW_DEFAULT;

        @AttributeDefinition(name = "Online indicators",
                description = "indicator set online, id:名称,id:名称 (国办发〔2019〕51号)")
        String evaluations_indicators_online() default IndicatorSets.ONLINE_DEFAULT;

        @AttributeDefinition(name = "Queue", description = "intake queue length (beyond it: 503)")
        int evaluations_queue() default 20_000;

        @AttributeDefinition(name = "Batch", description = "largest group commit")
        int evaluations_batch() default 500;
    }

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationServiceImpl.class);

    record Deadlines(LocalDate callback, LocalDate rectify, long at) {
    }

    /** A bad review's deadlines: call back and rectify within so many working days after its day. */
    static Deadlines deadlines(WorkingDayCalendar calendar, LocalDate day, int callbackDays, int rectifyDays) {
        return deadlines(calendar, day, callbackDays, rectifyDays, 0L);
    }

    /** The same, noted as computed at {@code at} ({@link System#nanoTime()}, for the cache's age). */
    static Deadlines deadlines(WorkingDayCalendar calendar, LocalDate day, int callbackDays, int rectifyDays, long at) {
        return new Deadlines(calendar.addWorkingDays(day, callbackDays), calendar.addWorkingDays(day, rectifyDays), at);
    }

    private final EntityManagerFactory emf;
    private final WorkingDayCalendar calendar;
    private final OrgService org;
    private final UserService users;
    private final AuditLog audit;
    private final BureauTime time;
    private final OrgCache orgCache;
    private final EvaluationWriter writer;
    private final int callbackDays;
    private final int rectifyDays;
    private final List<Indicator> windowIndicators;
    private final List<Indicator> onlineIndicators;
    private final Map<LocalDate, Deadlines> deadlines = new ConcurrentHashMap<>();

    @Activate
    public EvaluationServiceImpl(@Reference EvaluationsDatabase db, @Reference WorkingDayCalendar calendar,
            @Reference OrgService org, @Reference OrgCache orgCache, @Reference UserService users,
            @Reference AuditLog audit,
            @Reference BureauTime time,
            @Reference(scope = ReferenceScope.PROTOTYPE_REQUIRED) Tasks tasks, Config config) {
        this.emf = db.emf();
        this.calendar = calendar;
        this.org = org;
        this.users = users;
        this.audit = audit;
        this.time = time;
        this.orgCache = orgCache;
        this.callbackDays = config.evaluations_callbackDays();
        this.rectifyDays = config.evaluations_rectifyDays();
        this.windowIndicators = IndicatorSets.parse(config.evaluations_indicators_window());
        this.onlineIndicators = IndicatorSets.parse(config.evaluations_indicators_online());
        this.treeWork = tasks.executor("evaluation-tree", 1, 16);
        this.writer = new EvaluationWriter(emf, orgCache::tree, config.evaluations_queue(),
                config.evaluations_batch(), tasks);
        orgCache.addTreeListener(followTree);
        // catch up with units moved while this module was stopped or absent
        followTree.run();
    }

    /** Moves roll-up counts after units moved, off the thread that noticed (an event or a cache reload). */
    private final java.util.concurrent.ExecutorService treeWork;
    private final Runnable followTree = this::queueFollowTree;

    private void queueFollowTree() {
        try {
            treeWork.execute(this::followTree);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // enough follow-ups are queued: each follows the tree as it is when it runs
        }
    }

    private void followTree() {
        try {
            RollupTree.Outcome done = writer.followTree();
            if (done.moved() > 0) {
                LOG.info("roll-ups follow " + done.moved() + " moved unit(s)");
            }
        } catch (RuntimeException e) {
            LOG.warn("roll-ups could not follow the organisation tree (retried at the next change)", e);
        }
    }

    @Deactivate
    void close() {
        orgCache.removeTreeListener(followTree);
        treeWork.shutdownNow();
        writer.close();
    }

    @Override
    public long rebuildRollups(Actor actor) {
        if (!actor.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException(MESSAGES.text("evaluation.requires_role", Roles.ADMIN));
        }
        if (!actor.reach().everywhere()) { // the roll-ups of every unit are counted afresh
            throw new ForbiddenException(MESSAGES.text("evaluation.requires_account_whole_installation"));
        }
        // the entry commits with the new roll-ups: a rebuild that cannot be audited leaves the old ones
        return writer.rebuild(orgCache.tree(), counted -> audit.record(actor, "rollups.rebuild",
                "evaluations.rollups", "all", null, java.util.Map.of("evaluations", counted)));
    }

    @Override
    public List<Indicator> indicators(Channel channel) {
        return channel.atWindow() ? windowIndicators : onlineIndicators;
    }

    @Override
    public CompletionStage<Receipt> submit(EvaluationSubmission s) {
        return submitAt(s, time.now(), null);
    }

    @Override
    public CompletionStage<Receipt> submit(EvaluationSubmission s, java.util.function.Consumer<Receipt> inTransaction) {
        return submitAt(s, time.now(), inTransaction);
    }

    /** An evaluation given at {@code now} (the demo's past evaluations; the intake's is the current time). */
    CompletableFuture<Receipt> submitAt(EvaluationSubmission s, Instant now) {
        return submitAt(s, now, null);
    }

    private CompletableFuture<Receipt> submitAt(EvaluationSubmission s, Instant now,
            java.util.function.Consumer<Receipt> inTransaction) {
        List<FieldError> errors = new ArrayList<>(
                SubmissionRules.check(s, s.channel() == null ? List.of() : indicators(s.channel())));
        Optional<OrgUnit> unit = s.unitId() > 0 ? orgCache.unit(s.unitId()) : Optional.empty();
        if (s.unitId() > 0 && unit.isEmpty()) {
            errors.add(FieldError.of("unitId", MESSAGES.text("evaluation.no_such_unit", s.unitId())));
        }
        String staffNumber = Strings.blankToNull(s.staffNumber());
        Optional<Staff> staff = staffNumber == null ? Optional.empty() : orgCache.staffByNumber(staffNumber);
        if (staff.isPresent() && unit.isPresent() && staff.get().unitId() != s.unitId()) {
            // staff numbers are unique across the installation: one of another unit does not rate this unit's service
            errors.add(FieldError.of("staffNumber",
                    MESSAGES.text("evaluation.staff_number_not_member_staff", staffNumber)));
        }
        if (!errors.isEmpty()) {
            throw ValidationException.of(errors);
        }
        LocalDate day = LocalDate.ofInstant(now, time.zone());
        Long staffId = staff.map(Staff::id).orElse(null);
        Long sectionId = staff.map(Staff::sectionId).orElse(null);
        String windowNo = Strings.blankToNull(s.windowNo());
        String matterCode = Strings.blankToNull(s.matterCode());
        Deadlines due = s.level().bad() ? deadlinesFor(day) : null;
        EvaluationWriter.Row row = new EvaluationWriter.Row(s.unitId(), s.recordNo().strip(), s.level().score(),
                s.channel().name(), windowNo, staffNumber, staffId, sectionId, matterCode,
                Strings.blankToNull(s.comment()),
                s.tags().isEmpty() ? null : s.tags().stream().map(String::strip).collect(Collectors.joining("|")),
                s.realName(), Strings.blankToNull(s.citizenName()), Strings.blankToNull(s.citizenPhone()),
                indicatorText(s.indicators()),
                now, day, due == null ? null : due.callback, due == null ? null : due.rectify);
        return writer.submit(row, inTransaction);
    }

    private Deadlines deadlinesFor(LocalDate day) {
        long now = System.nanoTime();
        Deadlines d = deadlines.get(day);
        if (d == null || now - d.at > 60_000_000_000L) {
            if (deadlines.size() > 100) {
                deadlines.clear();
            }
            d = deadlines(calendar, day, callbackDays, rectifyDays, now);
            deadlines.put(day, d);
        }
        return d;
    }

    private static String indicatorText(Map<String, Integer> indicators) {
        if (indicators.isEmpty()) {
            return null;
        }
        return new java.util.TreeMap<>(indicators).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    static Evaluation toRecord(EvaluationEntity e) {
        Map<String, Integer> indicators = new LinkedHashMap<>();
        if (e.indicators != null) {
            for (String part : e.indicators.split(",")) {
                String[] kv = part.split("=", 2);
                indicators.put(kv[0], Integer.valueOf(kv[1]));
            }
        }
        return new Evaluation(e.id, e.unitId, e.recordNo, Level.ofScore(e.score), Channel.valueOf(e.channel),
                e.windowNo,
                e.staffNumber, e.staffId, e.sectionId, e.matterCode, e.remark,
                e.tags == null ? List.of() : Arrays.asList(e.tags.split("\\|")), e.realName, e.citizenName,
                e.citizenPhone, indicators, e.createdAt, AppealState.valueOf(e.appeal));
    }

    /** Staff who are not officers, reviewers, auditors or administrators see only evaluations of themselves. */
    private Long ownStaffOnly(Actor actor) {
        if (actor.hasAnyRole(OFFICER_ROLE, REVIEWER_ROLE, Roles.AUDITOR, Roles.ADMIN)) {
            return null;
        }
        Long staffId = users.user(Actor.SYSTEM, actor.userId()).map(u -> u.staffId()).orElse(null);
        if (staffId == null) {
            throw new ForbiddenException(MESSAGES.text("evaluation.requires_role_or_account_linked", OFFICER_ROLE));
        }
        return staffId;
    }

    @Override
    public Page<Evaluation> evaluations(Actor actor, EvaluationQuery query, PageRequest page) {
        Long own = ownStaffOnly(actor);
        EvaluationQuery q = query == null ? EvaluationQuery.ALL : query;
        List<Long> units = UnitScope.ids(org, actor, q.unitId());
        boolean clear = PersonalDataView.clear(actor);
        return Jpa.read(emf, em -> Jpa.page(em, EvaluationEntity.class, "unitId", units, (cb, e) -> {
            List<Predicate> where = new ArrayList<>();
            if (own != null) {
                where.add(cb.equal(e.get("staffId"), own));
            }
            if (q.from() != null) {
                where.add(cb.greaterThanOrEqualTo(e.get("day"), q.from()));
            }
            if (q.to() != null) {
                where.add(cb.lessThanOrEqualTo(e.get("day"), q.to()));
            }
            if (q.level() != null) {
                where.add(cb.equal(e.get("score"), q.level().score()));
            }
            if (q.badOnly()) {
                where.add(cb.lessThanOrEqualTo(e.get("score"), 2));
            }
            if (q.channel() != null) {
                where.add(cb.equal(e.get("channel"), q.channel().name()));
            }
            if (q.windowNo() != null) {
                where.add(cb.equal(e.get("windowNo"), q.windowNo()));
            }
            if (q.staffId() != null) {
                where.add(cb.equal(e.get("staffId"), q.staffId()));
            }
            if (q.sectionId() != null) {
                where.add(cb.equal(e.get("sectionId"), q.sectionId()));
            }
            if (q.matterCode() != null) {
                where.add(cb.equal(e.get("matterCode"), q.matterCode()));
            }
            if (q.recordNo() != null) {
                where.add(cb.equal(e.get("recordNo"), q.recordNo()));
            }
            return where;
        }, (cb, e) -> cb.desc(e.get("id")), page).map(e -> PersonalDataView.evaluation(toRecord(e), clear)));
    }

    @Override
    public Optional<Evaluation> evaluation(Actor actor, long id) {
        Long own = ownStaffOnly(actor);
        boolean clear = PersonalDataView.clear(actor);
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(EvaluationEntity.class, id))
                .filter(e -> actor.reach().contains(e.unitId) && (own == null || own.equals(e.staffId)))
                .map(e -> PersonalDataView.evaluation(toRecord(e), clear)));
    }

    @Override
    public Table export(Actor actor, EvaluationQuery query) {
        EvaluationQuery q = query == null ? EvaluationQuery.ALL : query;
        List<Evaluation> rows = evaluations(actor, q, PageRequest.EXPORT).items();
        if (PersonalDataView.clear(actor)
                && rows.stream().anyMatch(e -> e.citizenName() != null || e.citizenPhone() != null)) {
            audit.record(actor, "export", "evaluations.evaluation", null, null, q);
        }
        return table(rows);
    }

    static Table table(List<Evaluation> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (Evaluation e : rows) {
            out.add(Arrays.asList(e.id(), e.createdAt(), e.unitId(), e.recordNo(), e.level().nameZh(),
                    e.channel().nameZh(),
                    e.windowNo(), e.staffNumber(), e.matterCode(), e.realName() ? "实名" : "匿名", e.comment(),
                    String.join("、", e.tags()), e.appeal().nameZh(), e.citizenName(), e.citizenPhone()));
        }
        return new Table("evaluations", "好差评", List.of(MESSAGES.get(Languages.CHINESE, "column.id"),
                MESSAGES.get(Languages.CHINESE, "column.evaluatedAt"), MESSAGES.get(Languages.CHINESE, "column.unit"),
                MESSAGES.get(Languages.CHINESE, "column.recordNo"), MESSAGES.get(Languages.CHINESE, "column.level"),
                MESSAGES.get(Languages.CHINESE, "column.channel"), MESSAGES.get(Languages.CHINESE, "column.window"),
                MESSAGES.get(Languages.CHINESE, "column.staffNumber"),
                MESSAGES.get(Languages.CHINESE, "column.matterCode"),
                MESSAGES.get(Languages.CHINESE, "column.realName"), MESSAGES.get(Languages.CHINESE, "column.comment"),
                MESSAGES.get(Languages.CHINESE, "column.tags"), MESSAGES.get(Languages.CHINESE, "column.appeal"),
                MESSAGES.get(Languages.CHINESE, "column.citizen"), MESSAGES.get(Languages.CHINESE, "column.phone")),
                out);
    }
}
