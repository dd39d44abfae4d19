package org.xingfeng.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluations (好差评) ingest: durable commits of raw embedded Derby (1 and 16 threads, commits of 500 rows) as the
 * machine's limit, then POST /api/v1/evaluations/submissions from 32 and 64 keep-alive clients beside a JDK HttpServer
 * answering 201 to the same requests; afterwards every 201 must be a stored row and counted in the roll-ups. Every
 * submission carries its evaluation ticket, issued ahead of the round; the ticket check's own cost is measured beside.
 */
final class IngestScenario implements Scenario {

    static final int[] CLIENTS = { 32, 64 };
    static final int DERBY_THREADS_MANY = 16;
    static final double TARGET_RATE = 5_000;
    static final double TARGET_P99_MS = 50;
    static final byte[] RECEIPT = ("{\"id\":123456,\"recordNo\":\"B-0000000000-00-000000\","
            + "\"acceptedAt\":\"2026-01-01T00:00:00.000000000Z\",\"caseId\":null}").getBytes(StandardCharsets.UTF_8);

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String summary() {
        return "raw Derby commits (1, 16 threads; --derby-round 10 s), then evaluation submissions from 32 and 64 clients "
                + "(--warmup 20 s, --round 15 s), each with its evaluation ticket issued ahead (--tickets-per-second 2000 for the "
                + "warm-up), beside a JDK HttpServer and the ticket check alone; stored rows checked (~4 min)";
    }

    @Override
    public String title() {
        return "Evaluations (好差评) ingest";
    }

    @Override
    public void run(Run run, Report.Section section) throws Exception {
        Duration warmup = run.options.seconds("warmup", 20); // the JIT needs it: shorter warm-ups understate the server
        Duration round = run.options.seconds("round", 15);
        Duration derbyRound = run.options.seconds("derby-round", 10);
        section.parameters.put("warmup", warmup.toSeconds() + " s");
        section.parameters.put("round", round.toSeconds() + " s");
        section.parameters.put("derby-round", derbyRound.toSeconds() + " s");

        System.out.println(
                "Machine limit: raw embedded Derby, default durability (log forced at each commit), scratch database");
        DerbyCommits derby = new DerbyCommits(run.work().resolve("scratch-db"), derbyRound);
        DerbyCommits.Limit d1 = derby.perRow(1);
        System.out.println("  1 thread,   1 row per commit: " + d1.summary());
        DerbyCommits.Limit d16 = derby.perRow(DERBY_THREADS_MANY);
        System.out.println("  " + DERBY_THREADS_MANY + " threads, 1 row per commit: " + d16.summary());
        DerbyCommits.Limit dBatch = derby.batches(500);
        System.out.println("  1 thread, 500 rows per commit (the writer's largest batch): " + dBatch.summary());
        derby.drop();

        ServerProcess server = ServerProcess.start(run, run.fullServer(), run.work().resolve("ingest-data"), "ingest",
                EvaluationsData.OWN_EVALUATIONS_ONLY);
        System.out.printf("HTTP ingest: server ready in %d ms (fresh database, demo data)%n", server.readyMillis);
        long acknowledged = 0;
        double checkNanos;
        int ticketsPerSecond = run.options.integer("tickets-per-second", 2000);
        section.parameters.put("tickets-per-second", ticketsPerSecond);
        long stored;
        long rolledUp;
        List<ClosedLoad.Result[]> rounds = new ArrayList<>();
        try {
            String token = Http.login(server.base, ServerProcess.PASSWORD);
            DemoOrg org = DemoOrg.read(server.base, token);
            System.out.println("  " + org.describe());
            checkNanos = EvaluationTickets.checkNanos();
            System.out.printf(Locale.ROOT,
                    "  ticket check alone (decode, HMAC-SHA256, compare; this JVM, 1 thread): %.2f us (%,.0f checks/s)%n",
                    checkNanos / 1000, 1e9 / checkNanos);
            // every submission carries its ticket, issued ahead of the round (sized from the rate seen so far)
            double rate = ticketsPerSecond;
            try (BaselineServer baseline = new BaselineServer(201, RECEIPT, "application/json;charset=utf-8", 1024)) {
                EvaluationTickets.Pool wp = EvaluationTickets.prepare(server.base, token, org,
                        (int) (rate * warmup.toSeconds()), "B" + run.id + "-w");
                System.out.println("  warm-up: " + wp.describe());
                ClosedLoad.Result w = ingest(server.base, wp, 32, warmup);
                acknowledged += w.ok();
                rate = w.okPerSecond();
                System.out.printf("  warm-up server   %d s, C=32: %s%n", warmup.toSeconds(), w.summary());
                Duration baselineWarmup = Duration.ofSeconds(Math.min(10, warmup.toSeconds()));
                ClosedLoad.Result wb = baseline(baseline.base(), wp.sample(), 32, baselineWarmup);
                System.out.printf("  warm-up baseline %d s, C=32: %s%n", baselineWarmup.toSeconds(), wb.summary());
                int k = 0;
                for (int c : CLIENTS) {
                    EvaluationTickets.Pool p = EvaluationTickets.prepare(server.base, token, org,
                            (int) Math.ceil(Math.max(rate, ticketsPerSecond) * 1.5 * round.toSeconds()) + 1000,
                            "B" + run.id + "-r" + k);
                    System.out.println("  round C=" + c + ": " + p.describe());
                    ClosedLoad.Result s = ingest(server.base, p, c, round);
                    acknowledged += s.ok();
                    rate = Math.max(rate, s.okPerSecond());
                    if (p.used() == p.bodies.length) {
                        System.out.printf(Locale.ROOT, "  (the round used up its tickets after %.1f s of %d: measured "
                                + "until then)%n", s.seconds(), round.toSeconds());
                    }
                    System.out.printf("  server   POST %s C=%-2d %s%n", EvaluationsData.SUBMIT, c, s.summary());
                    ClosedLoad.Result b = baseline(baseline.base(), p.sample(), c, round);
                    k++;
                    System.out.printf("  baseline POST %s C=%-2d %s; ticket check alone %.2f us%n",
                            EvaluationsData.SUBMIT, c, b.summary(), checkNanos / 1000);
                    rounds.add(new ClosedLoad.Result[] { s, b });
                }
            }
            stored = EvaluationsData.evaluationsTotal(server.base, token);
            LocalDate today = LocalDate.now(EvaluationsData.BUREAU);
            rolledUp = EvaluationsData.satisfactionTotal(server.base, token, org.root, today.minusDays(1),
                    today.plusDays(1));
        } finally {
            server.stop();
        }

        String derbyCell = String.format(Locale.ROOT,
                "raw embedded Derby, durable commit per row: %,.0f commits/s (1 thread), "
                        + "%,.0f commits/s (%d threads); %,.0f rows/s in commits of 500",
                d1.commitsPerSecond(), d16.commitsPerSecond(),
                DERBY_THREADS_MANY, dBatch.rowsPerSecond());
        for (ClosedLoad.Result[] r : rounds) {
            ClosedLoad.Result s = r[0];
            ClosedLoad.Result b = r[1];
            section.row(
                    String.format(Locale.ROOT, "`POST %s`, %d keep-alive clients, %d s", EvaluationsData.SUBMIT,
                            s.clients(),
                            round.toSeconds()),
                    String.format(Locale.ROOT,
                            "%,.0f evaluations/s (201); p50 %s ms, p99 %s ms, max %s ms; %d errors%s",
                            s.okPerSecond(), Stats.ms(s.p(0.5)), Stats.ms(s.p(0.99)), Stats.ms(s.p(1.0)), s.errors(),
                            s.errorKinds().isEmpty() ? "" : " " + s.errorKinds()),
                    String.format(Locale.ROOT,
                            "%s; JDK HttpServer answering 201: %,.0f req/s, p99 %s ms; the ticket check alone: %.1f us"
                                    + " a submission (%,.0f checks/s on one core)",
                            derbyCell, b.okPerSecond(), Stats.ms(b.p(0.99)), checkNanos / 1000, 1e9 / checkNanos),
                    verdict(s))
                    .figure("clients", s.clients()).figure("createdPerSecond", s.okPerSecond())
                    .figure("p50Ms", s.p(0.5))
                    .figure("p99Ms", s.p(0.99)).figure("maxMs", s.p(1.0)).figure("errors", s.errors())
                    .figure("baselinePerSecond", b.okPerSecond()).figure("baselineP99Ms", b.p(0.99))
                    .figure("derbyCommitsPerSecond1Thread", d1.commitsPerSecond())
                    .figure("derbyCommitsPerSecond16Threads", d16.commitsPerSecond())
                    .figure("derbyRowsPerSecondBatch500", dBatch.rowsPerSecond())
                    .figure("ticketCheckMicros", checkNanos / 1000);
        }
        boolean match = stored == acknowledged && rolledUp == acknowledged;
        section.row("Durability after the ingest rounds",
                String.format(Locale.ROOT, "%,d answered 201, %,d rows stored, %,d in the "
                        + "roll-ups", acknowledged, stored, rolledUp),
                "-", match ? "all match" : "MISMATCH")
                .figure("acknowledged", acknowledged).figure("stored", stored).figure("rolledUp", rolledUp);
        section.check(
                String.format(Locale.ROOT, "every 201 is a stored row and counted in the roll-ups (%,d / %,d / %,d)",
                        acknowledged, stored, rolledUp),
                match);
        section.note(
                "Target: >= 5,000 evaluations/s with p99 < 50 ms. Derby limit: scratch database, default durability, "
                        + "one row per commit with a primary key and a unique 20-character index; commit p50/p99 "
                        + Stats.ms(Stats.percentileMs(d1.sorted(), 0.5)) + "/"
                        + Stats.ms(Stats.percentileMs(d1.sorted(), 0.99))
                        + " ms (1 thread). Baseline: JDK HttpServer, " + BaselineServer.THREADS
                        + " threads, reads the body and answers "
                        + "201 with a fixed " + RECEIPT.length
                        + "-byte receipt, same client code; client, baseline and server share the CPUs.");
    }

    /**
     * Submissions with their tickets from the pool (unique records over the demo units, windows, staff and matters,
     * ~5 % bad reviews); the round ends when the pool is used up.
     */
    static ClosedLoad.Result ingest(String base, EvaluationTickets.Pool pool, int clients, Duration duration)
            throws InterruptedException {
        URI uri = URI.create(base + EvaluationsData.SUBMIT);
        // the round ends early when its tickets are used up (a submission without one is refused, and fast
        // refusals counted in its time would dilute the rate)
        return ClosedLoad.run(clients, duration, 201, i -> () -> {
            String body = pool.next();
            return body == null ? null
                    : HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        });
    }

    /** The same requests (a body of the same size) to the no-op server. */
    static ClosedLoad.Result baseline(String base, String body, int clients, Duration duration)
            throws InterruptedException {
        URI uri = URI.create(base + EvaluationsData.SUBMIT);
        return ClosedLoad.run(clients, duration, 201, i -> () -> HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static String verdict(ClosedLoad.Result s) {
        boolean rate = s.okPerSecond() >= TARGET_RATE;
        boolean p99 = s.p(0.99) < TARGET_P99_MS;
        if (rate && p99) {
            return "met";
        }
        List<String> by = new ArrayList<>();
        if (!rate) {
            by.add(String.format(Locale.ROOT, "rate %.0f%% of target", 100 * s.okPerSecond() / TARGET_RATE));
        }
        if (!p99) {
            by.add(String.format(Locale.ROOT, "p99 %.1fx the limit", s.p(0.99) / TARGET_P99_MS));
        }
        return "missed: " + String.join(", ", by);
    }
}
