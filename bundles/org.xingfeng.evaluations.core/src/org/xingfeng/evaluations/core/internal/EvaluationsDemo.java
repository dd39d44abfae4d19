package org.xingfeng.evaluations.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xingfeng.evaluations.api.AppealReason;
import org.xingfeng.evaluations.api.Appeals;
import org.xingfeng.evaluations.api.CaseAction;
import org.xingfeng.evaluations.api.CaseStep;
import org.xingfeng.evaluations.api.Channel;
import org.xingfeng.evaluations.api.EvaluationCase;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.EvaluationSubmission;
import org.xingfeng.evaluations.api.Indicator;
import org.xingfeng.evaluations.api.Level;
import org.xingfeng.evaluations.api.Receipt;
import org.xingfeng.evaluations.api.complaints.Complaint;
import org.xingfeng.evaluations.api.complaints.ComplaintCategory;
import org.xingfeng.evaluations.api.complaints.ComplaintChannel;
import org.xingfeng.evaluations.api.complaints.ComplaintDraft;
import org.xingfeng.evaluations.api.complaints.ComplaintReply;
import org.xingfeng.evaluations.api.complaints.ComplaintService;
import org.xingfeng.evaluations.api.complaints.ComplaintSubject;
import org.xingfeng.evaluations.api.complaints.ComplaintVerification;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * With {@code xingfeng.demo=true}: citizens' evaluations of the demo handling records, so the evaluation lists, the
 * satisfaction figures, the indicator ratings and the cases show a year at first start. The windows module's demo posts
 * the records it closed, a month at a time, as plain values ({@value #RECORDS}); this rates about
 * {@code sharePercent} of them an hour or two after closing: mostly 非常满意 and 满意, worse for late records and
 * refusals; the bad ones open their cases as any bad review does (some real-name, for the call-back), and the cases
 * go on as a bureau would have handled them by now (every state, some overdue, some appealed), with a few complaints
 * about the windows of the last two months. Without the windows module nothing comes and nothing is made.
 */
@Component(immediate = true, configurationPid = EvaluationsDemo.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = EventConstants.EVENT_TOPIC + "=" + EvaluationsDemo.RECORDS)
@Designate(ocd = EvaluationsDemo.Config.class)
public class EvaluationsDemo implements EventHandler {

    public static final String PID = "org.xingfeng.evaluations.demo";
    static final String RECORDS = "org/xingfeng/windows/demo/RECORDS";
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationsDemo.class);

    @ObjectClassDefinition(id = PID, name = "Evaluations demo", description = "好差评 of the demo handling records")
    public @interface Config {

        @AttributeDefinition(name = "Demo data", description = "rate the demo city's handling records")
        boolean demo() default false;

        @AttributeDefinition(name = "Share rated", description = "percent of the demo records citizens rate (0..100)")
        int sharePercent() default 60;
    }

    private static final String[] GOOD_TAGS = { "热情周到", "办事高效", "讲解清楚", "一次办成" };
    private static final String[] BAD_TAGS = { "等候太久", "态度不好", "材料反复要求", "解释不清" };
    private static final String[] BAD_COMMENTS = { "排队等了一个多小时，窗口只开了两个", "工作人员态度冷淡，问了两遍才回答",
            "材料第一次没有说清楚，跑了三趟", "超过承诺时限还没有办好，也没有人通知" };
    private static final String[] GOOD_COMMENTS = { "工作人员很耐心，一次就办好了", "流程清楚，比以前快多了", "" };

    private final EvaluationService evaluations;
    private final EvaluationCases cases;
    private final Appeals appeals;
    private final ComplaintService complaints;
    private final BureauTime time;
    private final boolean demo;
    private final int share;

    @Activate
    public EvaluationsDemo(@Reference EvaluationService evaluations, @Reference EvaluationCases cases,
            @Reference Appeals appeals, @Reference ComplaintService complaints, @Reference BureauTime time,
            Config config) {
        this.evaluations = evaluations;
        this.cases = cases;
        this.appeals = appeals;
        this.complaints = complaints;
        this.time = time;
        this.demo = config.demo();
        this.share = Math.max(0, Math.min(100, config.sharePercent()));
    }

    @Override
    public void handleEvent(Event event) {
        if (!demo || !(evaluations instanceof EvaluationServiceImpl impl)
                || !(event.getProperty("numbers") instanceof String[] numbers)) {
            return;
        }
        long[] units = (long[]) event.getProperty("unitIds");
        String[] staff = (String[]) event.getProperty("staffNumbers");
        String[] windows = (String[]) event.getProperty("windowNumbers");
        String[] codes = (String[]) event.getProperty("matterCodes");
        long[] closedAt = (long[]) event.getProperty("closedAt");
        boolean[] late = (boolean[]) event.getProperty("late");
        List<CompletableFuture<Receipt>> stored = new ArrayList<>();
        List<Instant> ratedAt = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            SplittableRandom r = new SplittableRandom(numbers[i].hashCode() * 31L + units[i]);
            if (r.nextInt(100) >= share) {
                continue;
            }
            int p = r.nextInt(100);
            int score = late[i] ? (p < 30 ? 1 : p < 60 ? 2 : p < 80 ? 3 : 4)
                    : (p < 62 ? 5 : p < 88 ? 4 : p < 95 ? 3 : p < 98 ? 2 : 1);
            Channel channel = r.nextInt(5) == 0 ? Channel.WEB : Channel.WINDOW_DEVICE;
            Map<String, Integer> ratings = new LinkedHashMap<>();
            for (Indicator ind : evaluations.indicators(channel)) {
                ratings.put(ind.id(), Math.max(1, Math.min(5, score + (r.nextInt(5) == 0 ? r.nextInt(3) - 1 : 0))));
            }
            boolean bad = score <= 2;
            String tag = bad ? BAD_TAGS[r.nextInt(BAD_TAGS.length)]
                    : score >= 4 && r.nextBoolean() ? GOOD_TAGS[r.nextInt(GOOD_TAGS.length)] : null;
            String comment = bad ? BAD_COMMENTS[r.nextInt(BAD_COMMENTS.length)]
                    : r.nextInt(4) == 0 ? GOOD_COMMENTS[r.nextInt(GOOD_COMMENTS.length)] : null;
            boolean realName = bad && r.nextBoolean();
            Instant at = Instant.ofEpochMilli(closedAt[i]).plusSeconds(300 + r.nextInt(7200));
            String staffNumber = staff[i] == null || staff[i].isEmpty() ? null : staff[i];
            EvaluationSubmission s = new EvaluationSubmission(units[i], numbers[i], Level.ofScore(score), channel,
                    windows[i], staffNumber, codes[i], comment, tag == null ? List.of() : List.of(tag),
                    realName ? "市民" + (char) ('甲' + r.nextInt(10)) : null,
                    realName ? "138" + String.format("%08d", r.nextInt(100_000_000)) : null, ratings);
            try {
                stored.add(impl.submitAt(s, at).exceptionally(x -> null)); // rated already (a restart): skipped
                ratedAt.add(at);
            } catch (XingfengException x) { // a station's record served by county staff: rated without the staff number
                stored.add(impl.submitAt(new EvaluationSubmission(s.unitId(), s.recordNo(), s.level(), s.channel(),
                        s.windowNo(), null, s.matterCode(), s.comment(), s.tags(), s.citizenName(), s.citizenPhone(),
                        s.indicators()), at).exceptionally(x2 -> null));
                ratedAt.add(at);
            }
        }
        try {
            CompletableFuture.allOf(stored.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            System.out.println("[xingfeng] demo evaluations: " + stored.size() + " of " + numbers.length
                    + " handling records rated");
        } catch (Exception e) {
            LOG.warn("demo evaluations not all stored: {}", e.toString());
            return;
        }
        int fresh = 0;
        for (int i = 0; i < stored.size(); i++) {
            Receipt receipt = stored.get(i).getNow(null);
            fresh += receipt == null ? 0 : 1;
            if (receipt != null && receipt.caseId() != null) {
                follow(receipt, ratedAt.get(i));
            }
        }
        if (fresh > 0) { // the same records posted again (a restart) complain no more
            complain(units, windows, closedAt, servedBy(stored));
        }
    }

    /**
     * What the bureau did about a bad review, by its age: a month old and more, the case is mostly closed (a few stuck
     * in a step, overdue); from a week to a month, somewhere on its way; younger, still open or just verified. Each
     * step is dated when it would have been done. Some bad reviews of the last two months are appealed (申诉).
     */
    private void follow(Receipt receipt, Instant ratedAt) {
        Instant now = time.now();
        long ageDays = Duration.between(ratedAt, now).toDays();
        SplittableRandom r = new SplittableRandom(receipt.id() * 7919L);
        int steps = ageDays > 30 ? (r.nextInt(8) == 0 ? 1 + r.nextInt(3) : 5)
                : ageDays > 7 ? 1 + r.nextInt(4) : r.nextInt(2);
        try {
            for (int k = 0; k < steps; k++) {
                EvaluationCase c = cases.evaluationCase(Actor.SYSTEM, receipt.caseId()).orElse(null);
                CaseStep due = c == null ? null : CaseRules.due(c.state(), c.realName());
                if (due == null) {
                    break;
                }
                Instant at = ratedAt.plus(Duration.ofHours(20L + 24L * k + r.nextInt(6)));
                if (at.isAfter(now)) {
                    break;
                }
                if (due == CaseStep.CALLBACK && r.nextInt(6) == 0) { // not reached at the first call
                    act(c.id(), new CaseAction(due, "电话未接通，次日再次回访", false), at);
                    at = at.plus(Duration.ofHours(3));
                }
                act(c.id(), new CaseAction(due, STEP_NOTES[due.ordinal()], due == CaseStep.CALLBACK ? true : null), at);
            }
            if (ageDays <= 60 && r.nextInt(6) == 0) {
                appeals.file(Actor.SYSTEM, receipt.id(), r.nextBoolean() ? AppealReason.UNRELATED
                        : AppealReason.MALICIOUS, APPEAL_STATEMENTS[r.nextInt(APPEAL_STATEMENTS.length)]);
            }
        } catch (XingfengException e) { // done already (a restart): the case keeps what it has
            LOG.debug("demo case {}: {}", receipt.caseId(), e.toString());
        }
    }

    private void act(long caseId, CaseAction action, Instant at) {
        if (cases instanceof EvaluationCasesImpl impl) {
            impl.act(Actor.SYSTEM, caseId, action, at);
        }
    }

    /**
     * A month's complaints (投诉) about the demo windows: one or two a unit, in the last two months only (received,
     * verified and answered now, as the register's dates are its own).
     */
    /** A member of staff per unit who served one of these evaluated records (for complaints about a person). */
    private Map<Long, Long> servedBy(List<CompletableFuture<Receipt>> stored) {
        Map<Long, Long> staff = new LinkedHashMap<>();
        for (CompletableFuture<Receipt> f : stored) {
            Receipt receipt = f.getNow(null);
            if (receipt != null) {
                evaluations.evaluation(Actor.SYSTEM, receipt.id()).filter(e -> e.staffId() != null)
                        .ifPresent(e -> staff.putIfAbsent(e.unitId(), e.staffId()));
            }
        }
        return staff;
    }

    private void complain(long[] units, String[] windows, long[] closedAt, Map<Long, Long> servedBy) {
        Map<Long, String> window = new LinkedHashMap<>();
        Instant newest = Instant.EPOCH;
        for (int i = 0; i < units.length; i++) {
            if (windows[i] != null && !windows[i].isEmpty()) {
                window.putIfAbsent(units[i], windows[i]);
            }
            newest = Instant.ofEpochMilli(Math.max(newest.toEpochMilli(), closedAt[i]));
        }
        LocalDate today = time.today();
        LocalDate month = LocalDate.ofInstant(newest, time.zone());
        if (month.isBefore(today.minusDays(60))) {
            return;
        }
        for (Map.Entry<Long, String> w : window.entrySet()) {
            SplittableRandom r = new SplittableRandom(w.getKey() * 31L + month.getMonthValue());
            for (int n = 1 + r.nextInt(2); n > 0; n--) {
                LocalDate received = month.minusDays(r.nextInt(25));
                if (received.isAfter(today)) {
                    received = today;
                }
                int kind = r.nextInt(COMPLAINTS.length);
                // attitude and discipline are a person's: about the member of staff who served, when one is known
                Long person = COMPLAINT_CATEGORIES[kind] == ComplaintCategory.EFFICIENCY ? null
                        : servedBy.get(w.getKey());
                try {
                    Complaint c = complaints.register(Actor.SYSTEM, new ComplaintDraft(
                            r.nextBoolean() ? ComplaintChannel.HOTLINE : ComplaintChannel.MAILBOX,
                            COMPLAINT_CATEGORIES[kind], w.getKey(),
                            person == null ? ComplaintSubject.WINDOW : ComplaintSubject.STAFF, person, w.getValue(),
                            null,
                            r.nextBoolean() ? "市民" + (char) ('甲' + r.nextInt(10)) : null, null, COMPLAINTS[kind],
                            received));
                    long days = Duration.between(received.atStartOfDay(), today.atStartOfDay()).toDays();
                    if (days >= 3) {
                        boolean upheld = person == null ? r.nextInt(3) == 0 : r.nextInt(3) != 0;
                        complaints.verify(Actor.SYSTEM, c.id(), new ComplaintVerification(upheld,
                                upheld ? "经调取窗口录像核实，情况属实，已对当事人批评教育" : "经调取窗口录像核实，工作人员按规定办理，投诉不属实"));
                        if (days >= 7) {
                            complaints.reply(Actor.SYSTEM, c.id(), new ComplaintReply(
                                    "已电话告知投诉人核实结果及处理意见，投诉人表示理解"));
                        }
                    }
                } catch (XingfengException e) { // a unit without that window any more: no complaint
                    LOG.debug("demo complaint for unit {}: {}", w.getKey(), e.toString());
                }
            }
        }
    }

    private static final String[] STEP_NOTES = { "已调取窗口录像和办件记录，情况属实", "已电话回访，群众表示理解",
            "已对窗口人员进行批评教育并组织业务培训", "已将整改情况反馈评价人", "整改完成，予以办结" };
    private static final String[] APPEAL_STATEMENTS = { "评价内容涉及政策规定本身，与窗口服务无关",
            "评价人因个人诉求未获支持连续给出差评，经录像核实窗口按规定办理" };
    private static final String[] COMPLAINTS = { "窗口工作人员态度生硬，不耐心解释报销政策", "异地就医备案办理超过承诺时限",
            "工作时间窗口无人，等候二十分钟" };
    private static final ComplaintCategory[] COMPLAINT_CATEGORIES = { ComplaintCategory.ATTITUDE,
            ComplaintCategory.EFFICIENCY, ComplaintCategory.DISCIPLINE };
}
