package org.xingfeng.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hot-swap of a module on a running server, under load: while clients keep reading module A (matters: list, search,
 * service guide), module B (evaluations) is removed and installed again through the REST administration API. Checks
 * that A never fails, that B answers 404 with a JSON body while absent, that B's data written before the swap is there
 * afterwards, and that both changes are in the audit log. The module test runs it paced ({@link HotSwapCheck}); the
 * hot-swap scenario unpaced, after measuring A's throughput without a swap.
 */
final class HotSwap {

    record Result(long stopMs, long startMs, long uninstallMs, long installMs, long readyMs, long swapMs,
            Load.Result during, Load.Result withoutSwap) {
    }

    private final String base;
    private final String repository;
    private final long unit;
    private final Report.Section checks;
    private String token;

    HotSwap(String base, String repository, long unit, Report.Section checks) {
        this.base = base;
        this.repository = repository;
        this.unit = unit;
        this.checks = checks;
    }

    /**
     * Swaps B under load from {@code clients} clients, each sending {@code perClientPerSecond} requests a second (0:
     * unpaced). With {@code baselineSeconds > 0} it first measures A without a swap, after {@code warmupSeconds}.
     */
    Result run(String password, int clients, int perClientPerSecond, long warmupSeconds, long baselineSeconds)
            throws IOException, InterruptedException {
        token = Http.login(base, password);
        List<String> aPaths = List.of("/api/v1/matters/items?size=20&unitId=" + unit,
                "/api/v1/matters/items?size=20&q=%E5%8C%BB%E4%BF%9D&unitId=" + unit,
                "/guide/matters/units/" + unit);
        for (String p : aPaths) {
            checks.check("module A answers " + p, get(p).statusCode() == 200);
        }

        // B's data before the swap: one evaluation submitted by a citizen
        String record = "HOTSWAP-" + System.currentTimeMillis();
        HttpResponse<String> issued = send("POST", EvaluationTickets.ISSUE,
                "{\"unitId\":" + unit + ",\"recordNo\":\"" + record + "\",\"windowNo\":\"1\"}");
        java.util.regex.Matcher ticket = java.util.regex.Pattern.compile("\"token\":\"([^\"]+)\"")
                .matcher(issued.body());
        String evaluationTicket = issued.statusCode() == 201 && ticket.find() ? ticket.group(1) : "";
        checks.check("its evaluation ticket is issued (201)", !evaluationTicket.isEmpty());
        HttpResponse<String> submitted = send("POST", "/api/v1/evaluations/submissions",
                "{\"ticket\":\"" + evaluationTicket + "\",\"level\":5,\"channel\":\"WINDOW_DEVICE\"}");
        checks.check("an evaluation is submitted before the swap (201)", submitted.statusCode() == 201);
        String listB = "/api/v1/evaluations?unitId=" + unit + "&recordNo=" + record;
        checks.check("it is listed before the swap", get(listB).body().contains(record));

        Load.Result withoutSwap = null;
        if (baselineSeconds > 0) {
            Load baseline = new Load(aPaths, clients, 0);
            Thread.sleep(warmupSeconds * 1000);
            baseline.reset();
            Thread.sleep(baselineSeconds * 1000);
            withoutSwap = baseline.stop();
        }

        Load load = new Load(aPaths, clients, perClientPerSecond);
        // B's own paths while it goes and comes back: each answer 200, 503 module_unavailable (being removed) or 404
        // not_found (gone), always JSON; never a 500
        Load onB = new Load(List.of(listB, "/api/v1/evaluations/indicators?channel=WINDOW_DEVICE"), 2,
                perClientPerSecond == 0 ? 50 : perClientPerSecond, HotSwap::answerWhileGoing);
        Thread.sleep(2_000);
        load.reset();
        onB.reset();
        // first stopped and started again (its bundles stay installed): what an administrator does to take a module
        // out for a while
        long s0 = System.nanoTime();
        HttpResponse<String> stopped = send("POST", "/api/v1/admin/modules/evaluations/stop", null);
        long stopMs = (System.nanoTime() - s0) / 1_000_000;
        checks.check("POST /api/v1/admin/modules/evaluations/stop answers 200 STOPPED",
                stopped.statusCode() == 200 && stopped.body().contains("\"state\":\"STOPPED\""));
        HttpResponse<String> whileStopped = get(listB);
        checks.check("B's resource is gone once the stop has answered (404 or 503, JSON; was "
                + whileStopped.statusCode() + ")",
                (whileStopped.statusCode() == 404
                        || whileStopped.statusCode() == 503)
                        && whileStopped.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        long s1 = System.nanoTime();
        HttpResponse<String> started = send("POST", "/api/v1/admin/modules/evaluations/start", null);
        checks.check("POST /api/v1/admin/modules/evaluations/start answers 200 ACTIVE",
                started.statusCode() == 200 && started.body().contains("\"state\":\"ACTIVE\""));
        long startMs = -1;
        for (int i = 0; i < 300; i++) {
            if (get(listB).statusCode() == 200) {
                startMs = (System.nanoTime() - s1) / 1_000_000;
                break;
            }
            Thread.sleep(20);
        }
        checks.check("B answers again after the start", startMs >= 0);

        long t0 = System.nanoTime();

        HttpResponse<String> removed = send("DELETE", "/api/v1/admin/modules/evaluations", null);
        long uninstallMs = (System.nanoTime() - t0) / 1_000_000;
        checks.check("DELETE /api/v1/admin/modules/evaluations answers 204", removed.statusCode() == 204);
        HttpResponse<String> absent = get(listB);
        boolean allJson = true;
        for (int i = 0; i < 25 && absent.statusCode() != 404; i++) { // the REST runtime lets the resource go
            allJson &= absent.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
            Thread.sleep(200);
            absent = get(listB);
        }
        checks.check("B's resource answers 404 with a JSON error body while absent (every answer JSON)", allJson
                && absent.statusCode() == 404 && absent.body().contains("\"error\":\"not_found\"")
                && absent.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        HttpResponse<String> absentSubmit = send("POST", "/api/v1/evaluations/submissions",
                "{\"unitId\":" + unit + ",\"recordNo\":\"" + record
                        + "-X\",\"level\":5,\"channel\":\"WINDOW_DEVICE\"}");
        checks.check("B's submission servlet path answers 404 JSON while absent", absentSubmit.statusCode() == 404
                && absentSubmit.body().contains("\"error\""));
        checks.check("/health no longer lists B", !get("/health").body().contains("\"id\":\"evaluations\""));

        long t1 = System.nanoTime();
        HttpResponse<String> installed = send("POST", "/api/v1/admin/modules/evaluations/install",
                "{\"repository\":\"" + repository + "\"}");
        long installMs = (System.nanoTime() - t1) / 1_000_000;
        checks.check("POST /api/v1/admin/modules/evaluations/install answers 200 ACTIVE",
                installed.statusCode() == 200 && installed.body().contains("\"state\":\"ACTIVE\""));
        long readyMs = -1;
        for (int i = 0; i < 300; i++) { // its resources register as its components activate
            HttpResponse<String> r = get(listB);
            if (r.statusCode() == 200) {
                readyMs = (System.nanoTime() - t1) / 1_000_000;
                break;
            }
            Thread.sleep(100);
        }
        long swapMs = (System.nanoTime() - t0) / 1_000_000;
        Thread.sleep(1_000);
        Load.Result during = load.stop();
        Load.Result duringB = onB.stop();

        checks.check("B answers again after the reinstall", readyMs >= 0);
        checks.check("B's evaluation from before the swap is there again", get(listB).body().contains(record));
        checks.check("/health lists B again", get("/health").body().contains("\"id\":\"evaluations\""));
        String audit = get("/api/v1/audit?entityType=platform.module&size=20").body();
        checks.check("the uninstall and the install are in the audit log, by admin",
                audit.contains("module.uninstall") && audit.contains("module.install") && audit.contains("\"admin\""));
        checks.check("zero failed requests on module A during the swap (" + during.requests() + " requests, "
                + during.failed()
                + " failed" + during.firstFailure() + ")", during.requests() > 0 && during.failed() == 0);
        checks.check("module B's own paths during the swap: 200, 503 module_unavailable or 404 not_found, all JSON, "
                + "never a 500 (" + duringB.requests() + " requests, " + duringB.statuses() + ", " + duringB.failed()
                + " otherwise" + duringB.firstFailure() + ")", duringB.requests() > 0 && duringB.failed() == 0);
        return new Result(stopMs, startMs, uninstallMs, installMs, readyMs, swapMs, during, withoutSwap);
    }

    /** For B's paths while it goes: null when the answer is one a client may meet then, else what is wrong with it. */
    static String answerWhileGoing(HttpResponse<String> r) {
        boolean json = r.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
        int s = r.statusCode();
        boolean fits = s == 200 || (s == 503 && r.body().contains("\"error\":\"module_unavailable\""))
                || (s == 404 && r.body().contains("\"error\":\"not_found\""));
        return fits && json ? null : "not JSON 200/503/404";
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    private HttpResponse<String> send(String method, String path, String json)
            throws IOException, InterruptedException {
        // a module change is p2 planning against the whole profile: minutes on a crowded machine
        java.time.Duration timeout = java.time.Duration.ofSeconds(path.startsWith("/api/v1/admin/modules") ? 600 : 60);
        return Http.LOAD.send(Http.json(method, base + path, token, json, timeout),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Clients reading module A in a loop; every answer but a 2xx, and every connection error, is a failure. */
    final class Load {
        record Result(long requests, long failed, long nanos, String first, Map<Integer, Long> byStatus) {
            String statuses() {
                return new java.util.TreeMap<>(byStatus).toString();
            }

            double seconds() {
                return nanos / 1e9;
            }

            double perSecond() {
                return requests / seconds();
            }

            String firstFailure() {
                return first == null ? "" : "; first: " + first;
            }
        }

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong requests = new AtomicLong();
        private final AtomicLong failures = new AtomicLong();
        private final Map<String, String> firstFailure = new ConcurrentHashMap<>();
        private final List<Thread> threads = new ArrayList<>();
        private volatile long started = System.nanoTime();
        private long stoppedAt;

        private final Map<Integer, Long> byStatus = new ConcurrentHashMap<>();

        Load(List<String> paths, int clients, int perClientPerSecond) {
            this(paths, clients, perClientPerSecond, r -> r.statusCode() / 100 == 2 ? null : "not 2xx");
        }

        /** {@code rule}: null for an answer that is right, else what is wrong with it. */
        Load(List<String> paths, int clients, int perClientPerSecond,
                java.util.function.Function<HttpResponse<String>, String> rule) {
            for (int c = 0; c < clients; c++) {
                int offset = c;
                Thread t = new Thread(() -> {
                    long pause = perClientPerSecond > 0 ? 1_000_000_000L / perClientPerSecond : 0;
                    long next = System.nanoTime();
                    for (int i = offset; running.get(); i++) {
                        String path = paths.get(i % paths.size());
                        String failure = null;
                        try {
                            HttpResponse<String> r = get(path);
                            byStatus.merge(r.statusCode(), 1L, Long::sum);
                            if (rule.apply(r) != null) {
                                failure = r.statusCode() + " " + path + " "
                                        + r.body().substring(0, Math.min(200, r.body().length()));
                            }
                        } catch (IOException | InterruptedException e) {
                            failure = e + " " + path;
                        }
                        requests.incrementAndGet();
                        if (failure != null) {
                            failures.incrementAndGet();
                            firstFailure.putIfAbsent("first", failure);
                        }
                        if (pause > 0) {
                            next += pause;
                            long wait = next - System.nanoTime();
                            if (wait > 0) {
                                try {
                                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                        }
                    }
                });
                t.setDaemon(true); // a check that fails half-way still ends its JVM
                t.start();
                threads.add(t);
            }
        }

        void reset() {
            requests.set(0);
            failures.set(0);
            firstFailure.clear();
            byStatus.clear();
            started = System.nanoTime();
        }

        Result stop() throws InterruptedException {
            running.set(false);
            stoppedAt = System.nanoTime();
            for (Thread t : threads) {
                t.join();
            }
            return new Result(requests.get(), failures.get(), stoppedAt - started, firstFailure.get("first"),
                    Map.copyOf(byStatus));
        }
    }
}
