package org.xingfeng.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The matters list searched by text over 10,000 sub-items (twenty counties' lists of 500, imported as a county imports
 * its list), as the installation's administrator (every unit), beside a no-op request of the same client to the same
 * server: an authenticated GET of a path no resource has (Jetty, the REST runtime's filters and a JSON 404).
 */
final class MattersSearchScenario implements Scenario {

    static final int UNITS = 20;
    static final int MAINS_PER_UNIT = 25;
    static final int SUBS_PER_MAIN = 20;
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The no-op: under /api/v1, so it passes what every API request passes, and answers 404. */
    static final String NOOP = "/api/v1/bench-no-such-resource";

    static final String[] MAINS = { "参保登记", "缴费基数申报", "医疗费用手工报销", "异地就医备案", "医保关系转移接续", "门诊慢特病待遇认定",
            "生育保险待遇核准", "定点医药机构申请", "医保电子凭证激活", "城乡居民参保缴费", "灵活就业人员参保", "退休人员医保待遇", "长期护理保险待遇",
            "大病保险待遇", "医疗救助", "药品目录调整申请", "特殊药品备案", "转诊转院备案", "个人账户家庭共济", "参保信息查询" };
    static final String[] VARIANTS = { "单位", "个人", "在职职工", "退休人员", "城乡居民", "灵活就业人员", "新生儿", "学生",
            "异地安置人员", "外派人员" };
    /** Words a county's staff type: common ones (many hits), rarer ones, a code, one that finds nothing. */
    static final String[] TERMS = { "登记", "医疗", "退休", "转移接续", "异地", "新生儿", "备案", "待遇", "家庭共济", "第7项",
            "没有这个事项" };

    @Override
    public String name() {
        return "matters";
    }

    @Override
    public String summary() {
        return "matters search by text over 10,000 sub-items, 1 and 8 clients, --warmup 10 s, --round 15 s, beside a "
                + "no-op request to the same server (~2 min)";
    }

    @Override
    public String title() {
        return "Matters (事项): search over 10,000 items";
    }

    @Override
    public void run(Run run, Report.Section section) throws Exception {
        Duration warmup = run.options.seconds("warmup", 10);
        Duration round = run.options.seconds("round", 15);
        section.parameters.put("items", UNITS * MAINS_PER_UNIT * SUBS_PER_MAIN);
        section.parameters.put("warmup", warmup.toSeconds() + " s");
        section.parameters.put("round", round.toSeconds() + " s");
        ServerProcess server = ServerProcess.start(run, run.fullServer(), run.work().resolve("matters-data"),
                "matters", StartupScenario.SERVER_OPTIONS);
        try {
            String base = server.base;
            String token = Http.login(base, ServerProcess.PASSWORD);
            long before = total(base, token, "");
            long t0 = System.nanoTime();
            for (int u = 0; u < UNITS; u++) {
                long unit = Long.parseLong(Http.field(send(Http.json("POST", base + "/api/v1/org/units", token,
                        "{\"parentId\":null,\"code\":\"BENCH-" + run.id + "-" + u + "\",\"name\":\"基准测试县" + u
                                + "\",\"level\":\"COUNTY\"}"),
                        201), "id"));
                HttpRequest upload = HttpRequest.newBuilder(java.net.URI.create(
                        base + "/api/v1/matters/units/" + unit + "/import")).timeout(Duration.ofMinutes(5))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(list(u), StandardCharsets.UTF_8)).build();
                send(upload, 200);
            }
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            long items = total(base, token, "") - before;
            System.out.printf(Locale.ROOT, "Matters: %d lists of %d items imported in %.1f s; %d items in all%n", UNITS,
                    MAINS_PER_UNIT * SUBS_PER_MAIN, importSeconds, items + before);
            section.check("10,000 items imported (" + items + ")",
                    items == (long) UNITS * MAINS_PER_UNIT * SUBS_PER_MAIN);
            for (String term : TERMS) {
                System.out.printf("  q=%s: %d items%n", term, total(base, token, term));
            }
            send(Http.get(base + NOOP, token, TIMEOUT), 404);

            ClosedLoad.Result w = search(base, token, 4, warmup);
            System.out.printf("  warm-up search %d s: %s%n", warmup.toSeconds(), w.summary());
            w = noop(base, token, 4, warmup);
            System.out.printf("  warm-up no-op %d s: %s%n", warmup.toSeconds(), w.summary());
            for (int clients : new int[] { 1, 8 }) {
                ClosedLoad.Result s = search(base, token, clients, round);
                System.out.printf("  search C=%d %s%n", clients, s.summary());
                ClosedLoad.Result b = noop(base, token, clients, round);
                System.out.printf("  no-op  C=%d %s%n", clients, b.summary());
                section.row(String.format(Locale.ROOT,
                        "`GET /api/v1/matters/items?q=…&size=20`, %,d items, %d client%s, %d s",
                        items + before, clients, clients == 1 ? "" : "s", round.toSeconds()),
                        String.format(Locale.ROOT, "%,.0f req/s; p50 %s ms, p99 %s ms, max %s ms; %d errors",
                                s.requestsPerSecond(), Stats.ms(s.p(0.5)), Stats.ms(s.p(0.99)), Stats.ms(s.p(1.0)),
                                s.errors()),
                        String.format(Locale.ROOT, "no-op request (JSON 404), same server: %,.0f req/s; p50 %s ms, "
                                + "p99 %s ms", b.requestsPerSecond(), Stats.ms(b.p(0.5)), Stats.ms(b.p(0.99))),
                        String.format(Locale.ROOT, "p99 < 20 ms: %s", s.p(0.99) < 20 ? "met" : "missed"))
                        .figure("clients", clients).figure("requestsPerSecond", s.requestsPerSecond())
                        .figure("p50Ms", s.p(0.5)).figure("p99Ms", s.p(0.99)).figure("maxMs", s.p(1.0))
                        .figure("errors", s.errors()).figure("noopRequestsPerSecond", b.requestsPerSecond())
                        .figure("noopP50Ms", b.p(0.5)).figure("noopP99Ms", b.p(0.99));
                section.check("no search failed (" + clients + " clients)", s.errors() == 0);
                if (clients == 1) {
                    section.check("p99 of a search under 20 ms, one client (the issue's goal)", s.p(0.99) < 20);
                }
            }
        } finally {
            server.stop();
        }
        section.note("Each request searches names and codes of every unit's items (the administrator reaches every "
                + "unit) for one of " + TERMS.length + " words in turn, a page of 20 sorted by code and the count of "
                + "all matches; the no-op passes the same client, Jetty and the REST runtime's authentication and "
                + "answers a JSON 404 without reading the database.");
    }

    /** A county's list in the import's layout (attachment 1): 25 main items of 20 sub-items each. */
    static String list(int unit) {
        StringBuilder b = new StringBuilder("序号,主项名称,主项类别,子项名称,办理层级,设定依据,办理材料明细,办理时限,办事流程,备注\n");
        int n = 1;
        for (int m = 0; m < MAINS_PER_UNIT; m++) {
            String main = MAINS[m % MAINS.length] + (m < MAINS.length ? "" : "（" + (m / MAINS.length + 1) + "）");
            String category = m % 3 == 0 ? "公共服务" : m % 3 == 1 ? "确定" : "给付";
            for (int s = 0; s < SUBS_PER_MAIN; s++) {
                b.append(n++).append(',').append(s == 0 ? main : "").append(',').append(category).append(',')
                        .append(VARIANTS[s % VARIANTS.length]).append(main).append("第").append(s + 1).append("项")
                        .append(unit).append(",C,《中华人民共和国社会保险法》,居民身份证；申请表,5个工作日,受理—审核—办结,\n");
            }
        }
        return b.toString();
    }

    static ClosedLoad.Result search(String base, String token, int clients, Duration duration)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<HttpRequest> requests = java.util.Arrays.stream(TERMS)
                .map(t -> Http.get(base + "/api/v1/matters/items?size=20&q=" + URLEncoder.encode(t,
                        StandardCharsets.UTF_8), token, TIMEOUT))
                .toList();
        return ClosedLoad.run(clients, duration, 200,
                i -> () -> requests.get(Math.floorMod(next.getAndIncrement(), requests.size())));
    }

    static ClosedLoad.Result noop(String base, String token, int clients, Duration duration)
            throws InterruptedException {
        HttpRequest request = Http.get(base + NOOP, token, TIMEOUT);
        return ClosedLoad.run(clients, duration, 404, i -> () -> request);
    }

    static long total(String base, String token, String term) throws IOException, InterruptedException {
        String body = send(Http.get(base + "/api/v1/matters/items?size=1"
                + (term.isEmpty() ? "" : "&q=" + URLEncoder.encode(term, StandardCharsets.UTF_8)), token, TIMEOUT),
                200);
        return Long.parseLong(Http.field(body, "total"));
    }

    private static String send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = Http.send(request);
        if (r.statusCode() != expected) {
            throw new IOException(request.method() + " " + request.uri() + " answered " + r.statusCode() + ": "
                    + r.body());
        }
        return r.body();
    }
}
