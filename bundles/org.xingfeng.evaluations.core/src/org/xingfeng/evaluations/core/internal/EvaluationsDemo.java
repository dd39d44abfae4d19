package org.xingfeng.evaluations.core.internal;

import java.time.Instant;
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
import org.xingfeng.evaluations.api.Channel;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.EvaluationSubmission;
import org.xingfeng.evaluations.api.Indicator;
import org.xingfeng.evaluations.api.Level;
import org.xingfeng.platform.api.XingfengException;

/**
 * With {@code xingfeng.demo=true}: citizens' evaluations of the demo handling records, so the evaluation lists, the
 * satisfaction figures, the indicator ratings and the cases show a year at first start. The windows module's demo posts
 * the records it closed, a month at a time, as plain values ({@value #RECORDS}); this rates about
 * {@code sharePercent} of them an hour or two after closing: mostly 非常满意 and 满意, worse for late records and
 * refusals; the bad ones open their cases as any bad review does (some real-name, for the call-back). Without the
 * windows module nothing comes and nothing is made.
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
    private final boolean demo;
    private final int share;

    @Activate
    public EvaluationsDemo(@Reference EvaluationService evaluations, Config config) {
        this.evaluations = evaluations;
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
        List<CompletableFuture<?>> stored = new ArrayList<>();
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
            } catch (XingfengException x) { // a station's record served by county staff: rated without the staff number
                stored.add(impl.submitAt(new EvaluationSubmission(s.unitId(), s.recordNo(), s.level(), s.channel(),
                        s.windowNo(), null, s.matterCode(), s.comment(), s.tags(), s.citizenName(), s.citizenPhone(),
                        s.indicators()), at).exceptionally(x2 -> null));
            }
        }
        try {
            CompletableFuture.allOf(stored.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            System.out.println("[xingfeng] demo evaluations: " + stored.size() + " of " + numbers.length
                    + " handling records rated");
        } catch (Exception e) {
            LOG.warn("demo evaluations not all stored: {}", e.toString());
        }
    }
}
