package org.xingfeng.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Authenticated reads under concurrent load on the full server (demo data), each round beside a JDK HttpServer
 * answering a fixed JSON body to the same client code.
 */
final class ReadsScenario implements Scenario {

    static final String UNITS = "/api/v1/org/units";
    static final String STAFF = "/api/v1/org/staff?size=20";
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Fixed body for the baseline server, about 200 bytes. */
    static final byte[] BASELINE_BODY = ("[{\"id\":1,\"parentId\":null,\"code\":\"510000\",\"name\":\"baseline\",\"level\":\"PROVINCE\"},"
            + "{\"id\":2,\"parentId\":1,\"code\":\"510700\",\"name\":\"baseline\",\"level\":\"CITY\"},"
            + "{\"id\":3,\"parentId\":2,\"code\":\"510722\",\"name\":\"baseline\",\"level\":\"COUNTY\"}]")
            .getBytes(StandardCharsets.UTF_8);

    @Override
    public String name() {
        return "reads";
    }

    @Override
    public String summary() {
        return "GET org units and staff with 8 and 32 keep-alive clients, --warmup 20 s, --round 15 s, beside a JDK "
                + "HttpServer (~2 min)";
    }

    @Override
    public String title() {
        return "Authenticated reads";
    }

    @Override
    public void run(Run run, Report.Section section) throws Exception {
        Duration warmup = run.options.seconds("warmup", 20); // the JIT needs it: shorter warm-ups understate the server
        Duration round = run.options.seconds("round", 15);
        section.parameters.put("warmup", warmup.toSeconds() + " s");
        section.parameters.put("round", round.toSeconds() + " s");
        ServerProcess server = ServerProcess.start(run, run.fullServer(), run.work().resolve("reads-data"), "reads",
                StartupScenario.SERVER_OPTIONS);
        System.out.printf("Reads: server ready in %d ms (fresh database, demo data)%n", server.readyMillis);
        try (BaselineServer baseline = new BaselineServer(200, BASELINE_BODY, "application/json", 256)) {
            String token = Http.login(server.base, ServerProcess.PASSWORD);
            int unitsBytes = checkedGet(server.base + UNITS, token);
            int staffBytes = checkedGet(server.base + STAFF, token);
            System.out.printf("  HTTP/1.1 keep-alive, %d s per round, every latency recorded%n", round.toSeconds());
            System.out.printf("  response sizes: %s %d bytes, %s %d bytes, baseline %d bytes%n", UNITS, unitsBytes,
                    STAFF,
                    staffBytes, BASELINE_BODY.length);
            ClosedLoad.Result w = load(List.of(server.base + UNITS, server.base + STAFF), token, 8, warmup);
            System.out.printf("  warm-up server %d s: %d requests, %d errors%n", warmup.toSeconds(), w.requests(),
                    w.errors());
            w = load(List.of(baseline.base() + UNITS), token, 8, warmup);
            System.out.printf("  warm-up baseline %d s: %d requests, %d errors%n", warmup.toSeconds(), w.requests(),
                    w.errors());
            String[][] rounds = { { UNITS, "8" }, { UNITS, "32" }, { STAFF, "8" } };
            for (String[] r : rounds) {
                int c = Integer.parseInt(r[1]);
                ClosedLoad.Result s = load(List.of(server.base + r[0]), token, c, round);
                System.out.printf("  server   GET %-26s C=%-2d %s%n", r[0], c, s.summary());
                ClosedLoad.Result b = load(List.of(baseline.base() + r[0]), token, c, round);
                System.out.printf("  baseline GET %-26s C=%-2d %s%n", r[0], c, b.summary());
                section.row(String.format(Locale.ROOT, "`GET %s`, %d clients, %d s", r[0], c, round.toSeconds()),
                        String.format(Locale.ROOT, "%,.0f req/s; p50 %s ms, p99 %s ms, max %s ms; %d errors",
                                s.requestsPerSecond(),
                                Stats.ms(s.p(0.5)), Stats.ms(s.p(0.99)), Stats.ms(s.p(1.0)), s.errors()),
                        String.format(Locale.ROOT, "JDK HttpServer, fixed body: %,.0f req/s; p50 %s ms, p99 %s ms",
                                b.requestsPerSecond(), Stats.ms(b.p(0.5)), Stats.ms(b.p(0.99))),
                        String.format(Locale.ROOT, "%.2f", s.requestsPerSecond() / b.requestsPerSecond()))
                        .figure("clients", c).figure("requestsPerSecond", s.requestsPerSecond())
                        .figure("p50Ms", s.p(0.5))
                        .figure("p99Ms", s.p(0.99)).figure("maxMs", s.p(1.0)).figure("errors", s.errors())
                        .figure("baselineRequestsPerSecond", b.requestsPerSecond()).figure("baselineP50Ms", b.p(0.5))
                        .figure("baselineP99Ms", b.p(0.99));
            }
        } finally {
            server.stop();
        }
        section.note("Ratio: server req/s / baseline req/s. Baseline: JDK com.sun.net.httpserver on 127.0.0.1, "
                + BaselineServer.THREADS + " threads, a fixed " + BASELINE_BODY.length
                + "-byte JSON body, inside the bench's "
                + "JVM; client, baseline and server share the CPUs. Every read goes to the database (embedded Derby).");
    }

    /** C threads, thread i sending urls[i % size] in a loop until the time is up. */
    static ClosedLoad.Result load(List<String> urls, String token, int clients, Duration duration)
            throws InterruptedException {
        return ClosedLoad.run(clients, duration, 200, i -> {
            HttpRequest request = Http.get(urls.get(i % urls.size()), token, TIMEOUT);
            return () -> request;
        });
    }

    /** One authenticated GET that must answer 200 with a non-empty list; returns the body size. */
    static int checkedGet(String url, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = Http.PROBE.send(Http.get(url, token, TIMEOUT),
                HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(r.body(), StandardCharsets.UTF_8);
        if (r.statusCode() != 200 || !body.contains("\"id\"")) {
            throw new IOException("GET " + url + " answered " + r.statusCode() + ": " + body);
        }
        return r.body().length;
    }
}
