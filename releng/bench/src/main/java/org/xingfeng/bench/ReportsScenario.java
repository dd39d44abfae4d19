package org.xingfeng.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Satisfaction reports on --rows evaluations bulk-loaded into the product's database (server stopped), beside a raw
 * SQL count of a county's quarter on the same database: the first report after a restart, then, with the server at
 * rest and --report-warmup untimed calls of each kind, --calls reports each for a unit, by=UNIT and by=WINDOW over
 * random days, months, quarters and the year, one at a time, beside the same client's no-op request.
 */
final class ReportsScenario implements Scenario {

    /** Issue 22's goals: the first report after a restart, and every kind's p99 warm. */
    static final double FIRST_GOAL_MS = 250;
    static final double P99_GOAL_MS = 10;

    @Override
    public String name() {
        return "reports";
    }

    @Override
    public String summary() {
        return "satisfaction reports on --rows 10,000,000 bulk-loaded evaluations, --calls 200 per kind, beside a raw SQL "
                + "count and a no-op request (15-20 min, ~4.5 GiB of scratch data)";
    }

    @Override
    public String title() {
        return "Evaluations (好差评) satisfaction reports";
    }

    @Override
    public boolean usesLoadedEvaluations() {
        return true;
    }

    @Override
    public void run(Run run, Report.Section section) throws Exception {
        int calls = run.options.integer("calls", 200);
        int warmup = run.options.integer("report-warmup", 50);
        if (calls < 1 || warmup < 0) {
            throw new IllegalArgumentException("--calls must be at least 1, --report-warmup at least 0");
        }
        section.parameters.put("rows", Stats.count(run.options.number("rows", 10_000_000L)));
        section.parameters.put("calls", calls);
        section.parameters.put("report-warmup", warmup);
        EvaluationsData d = EvaluationsData.of(run);
        ServerProcess server = d.server(run);
        System.out.printf("  server restarted on %s in %d ms%n", Stats.gib(Run.sizeOf(d.data.resolve("db"))),
                server.readyMillis);

        // the very first report after the restart: the county quarter of the raw SQL figure
        String firstUrl = "/api/v1/evaluations/satisfaction?unitId=" + d.county + "&from=" + d.quarter.from() + "&to="
                + d.quarter.to();
        long t0 = System.nanoTime();
        Http.getOk(server.base + firstUrl, d.token);
        double first = (System.nanoTime() - t0) / 1e6;
        System.out.printf("  first report after the restart (%s): %s ms%n", firstUrl, Stats.ms(first));
        section.row(
                String.format(Locale.ROOT, "First satisfaction report after a restart, %,d evaluations", d.load.rows()),
                Stats.ms(first) + " ms", d.rawCell(), "< 250 ms: " + (first < FIRST_GOAL_MS ? "met" : "missed"))
                .figure("firstMs", first).figure("rawCountFirstMs", d.raw.firstMs())
                .figure("rawCountMedianMs", d.raw.medianMs())
                .figure("rawCountRows", d.raw.count());

        // warm means a server at rest (the restart's own work done) whose code has run: one untimed pass first
        System.out.printf("  server at rest %d ms after the first report%n", server.waitIdle(120));
        Kinds kinds = new Kinds(d);
        for (String report : Kinds.REPORTS) {
            for (String period : Kinds.PERIODS) {
                series(server, d.token, warmup, () -> kinds.url(report, period), 200, null);
            }
        }
        long[] noop = series(server, d.token, calls, () -> MattersSearchScenario.NOOP, 404, null);
        Arrays.sort(noop);
        String noopCell = String.format(Locale.ROOT,
                "no-op request (JSON 404), same server and client, one at a time: p50 %s ms, p99 %s ms, max %s ms",
                Stats.ms(Stats.percentileMs(noop, 0.5)), Stats.ms(Stats.percentileMs(noop, 0.99)),
                Stats.ms(Stats.maxMs(noop)));
        System.out.println("  " + noopCell);
        for (String report : Kinds.REPORTS) {
            for (String period : Kinds.PERIODS) {
                Slowest slowest = new Slowest(3);
                long[] lat = series(server, d.token, calls, () -> kinds.url(report, period), 200, slowest);
                long errors = calls - lat.length;
                Arrays.sort(lat);
                double p50 = Stats.percentileMs(lat, 0.5);
                double p99 = Stats.percentileMs(lat, 0.99);
                System.out.printf(Locale.ROOT,
                        "  GET satisfaction %-9s %-7s p50 %6s ms  p99 %6s ms  max %6s ms  errors %d; the slowest:%n",
                        report, period, Stats.ms(p50), Stats.ms(p99), Stats.ms(Stats.maxMs(lat)), errors);
                slowest.print();
                section.row(String.format(Locale.ROOT, "`GET satisfaction` %s, random %s, %,d evaluations, %d calls",
                        report.equals("UNIT") ? "unit" : "`" + report + "`", period, d.load.rows(), calls),
                        String.format(Locale.ROOT, "p50 %s ms, p99 %s ms, max %s ms%s", Stats.ms(p50), Stats.ms(p99),
                                Stats.ms(Stats.maxMs(lat)), errors == 0 ? "" : "; " + errors + " errors"),
                        noopCell, "p99 < 10 ms: " + (p99 < P99_GOAL_MS ? "met" : "missed"))
                        .figure("report", report).figure("period", period)
                        .figure("p50Ms", p50).figure("p99Ms", p99).figure("maxMs", Stats.maxMs(lat))
                        .figure("noopP50Ms", Stats.percentileMs(noop, 0.5))
                        .figure("noopP99Ms", Stats.percentileMs(noop, 0.99))
                        .figure("errors", errors);
                section.check("GET satisfaction " + report + " " + period + ": every call answered 200", errors == 0);
            }
        }

        long yearTotal = EvaluationsData.satisfactionTotal(server.base, d.token, d.org.root, d.from, d.to);
        section.check(
                String.format(Locale.ROOT, "the root unit's roll-ups over the loaded year add up to the rows loaded "
                        + "(%,d of %,d)", yearTotal, d.load.rows()),
                yearTotal == d.load.rows());
        section.check(
                String.format(Locale.ROOT, "raw SQL count and EVAL_ROLLUP agree for the county quarter (%,d / %,d)",
                        d.raw.count(), d.raw.rollupCount()),
                d.raw.count() == d.raw.rollupCount());
        long after = EvaluationsData.postOne(server.base, d.token, d.org, "B" + run.id + "-after-load");
        section.check(String.format(Locale.ROOT, "a new evaluation after the load takes the next id (%,d > %,d)", after,
                d.load.lastId()), after > d.load.lastId());
        section.note(String.format(Locale.ROOT,
                "Loaded over one year of days up to yesterday: %,d evaluations, %,d closed cases, "
                        + "%,d roll-up rows in %.0f s (%,.0f rows/s); the same county quarter from EVAL_ROLLUP over JDBC: first %s ms, "
                        + "median %s ms. Goals (issue 22): the first report after a restart < 250 ms, every kind p99 < 10 ms warm.",
                d.load.rows(), d.load.cases(), d.load.rollups(), d.load.loadSeconds(),
                d.load.rows() / d.load.loadSeconds(), Stats.ms(d.raw.rollupFirstMs()),
                Stats.ms(d.raw.rollupMedianMs())));
    }

    /**
     * {@code calls} GETs one after another, each URL from {@code next}: the latencies in nanoseconds of those answered
     * with {@code expected}, so {@code calls} less the length is the errors.
     */
    private static long[] series(ServerProcess server, String token, int calls, Supplier<String> next, int expected,
            Slowest slowest) throws InterruptedException {
        long[] lat = new long[calls];
        int ok = 0;
        for (int i = 0; i < calls; i++) {
            String path = next.get();
            long s = System.nanoTime();
            int status;
            try {
                status = Http.LOAD.send(Http.get(server.base + path, token), HttpResponse.BodyHandlers.ofByteArray())
                        .statusCode();
            } catch (IOException e) {
                status = -1;
            }
            long t = System.nanoTime() - s;
            if (slowest != null) {
                slowest.offer(t, path);
            }
            if (status == expected) {
                lat[ok++] = t;
            }
        }
        return Arrays.copyOf(lat, ok);
    }

    /** The twelve kinds of report: what, over which period, for a random unit of the right sort. */
    private static final class Kinds {

        static final List<String> REPORTS = List.of("UNIT", "by=UNIT", "by=WINDOW");
        static final List<String> PERIODS = List.of("day", "month", "quarter", "year");

        private final EvaluationsData d;
        private final List<EvaluationsData.Period> months;
        private final List<EvaluationsData.Period> quarters;
        private final List<DemoOrg.Unit> all;
        private final SplittableRandom random = new SplittableRandom(42);

        Kinds(EvaluationsData d) {
            this.d = d;
            this.months = EvaluationsData.fullMonths(d.from, d.to);
            this.quarters = EvaluationsData.fullQuarters(d.from, d.to);
            this.all = new ArrayList<>(d.org.units.values());
        }

        String url(String report, String period) {
            EvaluationsData.Period p = switch (period) {
                case "day" -> {
                    LocalDate day = d.from
                            .plusDays(random.nextInt((int) (d.to.toEpochDay() - d.from.toEpochDay() + 1)));
                    yield new EvaluationsData.Period(day, day);
                }
                case "month" -> months.get(random.nextInt(months.size()));
                case "quarter" -> quarters.get(random.nextInt(quarters.size()));
                default -> new EvaluationsData.Period(d.from, d.to);
            };
            List<DemoOrg.Unit> pool = switch (report) {
                case "by=UNIT" -> d.org.parents;
                case "by=WINDOW" -> d.org.leaves;
                default -> all;
            };
            DemoOrg.Unit u = pool.get(random.nextInt(pool.size()));
            return "/api/v1/evaluations/satisfaction?unitId=" + u.id() + "&from=" + p.from() + "&to=" + p.to()
                    + (report.startsWith("by=") ? "&" + report : "");
        }
    }
}
