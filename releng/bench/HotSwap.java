// Hot-swap of a module on a running Xingfeng server, under load: while several clients keep reading module A
// (matters: list, search, service guide), module B (evaluations) is removed and installed again through the REST
// administration API. Checks that A never fails, that B answers 404 with a JSON body while absent, that B's data
// written before the swap is there afterwards, and that both changes are in the audit log.
//
//   java releng/bench/HotSwap.java --base http://127.0.0.1:PORT --password PW --repository URI [--bench]
//
// Without --bench it is the integration test (paced stream of a few hundred requests a second; exit 1 on any failed
// check). With --bench it first measures A's throughput without a swap (the machine's own limit in this run), then
// swaps under an unpaced stream, and prints the figures. Only connects to the given server.

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class HotSwap {

    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static String base;
    static String token;
    static int passed;
    static int failed;

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        base = opt.get("base");
        String repository = opt.get("repository");
        boolean bench = opt.containsKey("bench");
        int clients = Integer.parseInt(opt.getOrDefault("clients", bench ? "8" : "6"));
        long unit = Long.parseLong(opt.getOrDefault("unit", "2"));
        if (base == null || repository == null || opt.get("password") == null) {
            System.err.println("usage: java HotSwap.java --base URL --password PW --repository URI [--bench] [--clients N] [--unit ID]");
            System.exit(2);
        }
        token = login(opt.get("password"));
        List<String> aPaths = List.of("/api/v1/matters/items?size=20&unitId=" + unit,
                "/api/v1/matters/items?size=20&q=%E5%8C%BB%E4%BF%9D&unitId=" + unit,
                "/guide/matters/units/" + unit);
        for (String p : aPaths) {
            check("module A answers " + p, get(p).statusCode() == 200);
        }

        // B's data before the swap: one evaluation submitted by a citizen
        String record = "HOTSWAP-" + System.currentTimeMillis();
        HttpResponse<String> submitted = send("POST", "/api/v1/evaluations/submissions",
                "{\"unitId\":" + unit + ",\"recordNo\":\"" + record + "\",\"level\":5,\"channel\":\"WINDOW_DEVICE\",\"windowNo\":\"1\"}");
        check("an evaluation is submitted before the swap (201)", submitted.statusCode() == 201);
        String listB = "/api/v1/evaluations?unitId=" + unit + "&recordNo=" + record;
        check("it is listed before the swap", get(listB).body().contains(record));

        Load baseline = null;
        if (bench) {
            baseline = new Load(aPaths, clients, 0);
            Thread.sleep(5_000); // warm-up
            baseline.reset();
            Thread.sleep(15_000);
            baseline.stop();
        }

        Load load = new Load(aPaths, clients, bench ? 0 : 50);
        Thread.sleep(2_000);
        load.reset();
        long t0 = System.nanoTime();

        HttpResponse<String> removed = send("DELETE", "/api/v1/admin/modules/evaluations", null);
        long uninstallMs = (System.nanoTime() - t0) / 1_000_000;
        check("DELETE /api/v1/admin/modules/evaluations answers 204", removed.statusCode() == 204);
        HttpResponse<String> absent = get(listB);
        boolean allJson = true;
        for (int i = 0; i < 25 && absent.statusCode() != 404; i++) { // the REST runtime lets the resource go
            allJson &= absent.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
            Thread.sleep(200);
            absent = get(listB);
        }
        check("B's resource answers 404 with a JSON error body while absent (every answer JSON)", allJson
                && absent.statusCode() == 404 && absent.body().contains("\"error\":\"not_found\"")
                && absent.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        HttpResponse<String> absentSubmit = send("POST", "/api/v1/evaluations/submissions",
                "{\"unitId\":" + unit + ",\"recordNo\":\"" + record + "-X\",\"level\":5,\"channel\":\"WINDOW_DEVICE\"}");
        check("B's submission servlet path answers 404 JSON while absent", absentSubmit.statusCode() == 404
                && absentSubmit.body().contains("\"error\""));
        check("/health no longer lists B", !get("/health").body().contains("\"id\":\"evaluations\""));

        long t1 = System.nanoTime();
        HttpResponse<String> installed = send("POST", "/api/v1/admin/modules/evaluations/install",
                "{\"repository\":\"" + repository + "\"}");
        long installMs = (System.nanoTime() - t1) / 1_000_000;
        check("POST /api/v1/admin/modules/evaluations/install answers 200 ACTIVE",
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

        check("B answers again after the reinstall", readyMs >= 0);
        check("B's evaluation from before the swap is there again", get(listB).body().contains(record));
        check("/health lists B again", get("/health").body().contains("\"id\":\"evaluations\""));
        String audit = get("/api/v1/audit?entityType=platform.module&size=20").body();
        check("the uninstall and the install are in the audit log, by admin",
                audit.contains("module.uninstall") && audit.contains("module.install") && audit.contains("\"admin\""));
        check("zero failed requests on module A during the swap (" + during.requests + " requests, " + during.failed
                + " failed" + during.firstFailure() + ")", during.requests > 0 && during.failed == 0);

        System.out.printf(Locale.ROOT, "hot-swap: uninstall %d ms, install %d ms (answering after %d ms), swap window %d ms%n",
                uninstallMs, installMs, readyMs, swapMs);
        System.out.printf(Locale.ROOT, "module A during the swap: %d requests, %d failed, %.0f req/s (%d clients%s)%n",
                during.requests, during.failed, during.perSecond(), clients, bench ? "" : ", paced");
        if (baseline != null) {
            Load.Result b = baseline.result();
            System.out.printf(Locale.ROOT, "module A without a swap, same run: %d requests, %d failed, %.0f req/s (%d clients)%n",
                    b.requests, b.failed, b.perSecond(), clients);
            System.out.println();
            System.out.println("| Measure | During the hot-swap | Same run, no swap |");
            System.out.println("|---|---|---|");
            System.out.printf(Locale.ROOT, "| Uninstall `evaluations` (REST call) | %d ms | - |%n", uninstallMs);
            System.out.printf(Locale.ROOT, "| Reinstall `evaluations` from the update site (REST call; answering) | %d ms; %d ms | - |%n",
                    installMs, readyMs);
            System.out.printf(Locale.ROOT, "| Requests on `matters` (list, search, guide), %d clients | %d, %d failed | %d, %d failed |%n",
                    clients, during.requests, during.failed, b.requests, b.failed);
            System.out.printf(Locale.ROOT, "| `matters` throughput | %.0f req/s over %.1f s | %.0f req/s over %.1f s |%n",
                    during.perSecond(), during.seconds(), b.perSecond(), b.seconds());
        }
        System.out.println("hot-swap: " + passed + " passed, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }

    /** Clients reading module A in a loop; every answer but a 2xx, and every connection error, is a failure. */
    static final class Load {
        record Result(long requests, long failed, long nanos, String first) {
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

        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicLong requests = new AtomicLong();
        final AtomicLong failures = new AtomicLong();
        final Map<String, String> firstFailure = new ConcurrentHashMap<>();
        final List<Thread> threads = new ArrayList<>();
        volatile long started = System.nanoTime();
        long stoppedAt;

        Load(List<String> paths, int clients, int perClientPerSecond) {
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
                            if (r.statusCode() / 100 != 2) {
                                failure = r.statusCode() + " " + path + " " + r.body().substring(0, Math.min(200, r.body().length()));
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
                t.start();
                threads.add(t);
            }
        }

        void reset() {
            requests.set(0);
            failures.set(0);
            firstFailure.clear();
            started = System.nanoTime();
        }

        Result stop() throws InterruptedException {
            running.set(false);
            stoppedAt = System.nanoTime();
            for (Thread t : threads) {
                t.join();
            }
            return result();
        }

        Result result() {
            return new Result(requests.get(), failures.get(), stoppedAt - started, firstFailure.get("first"));
        }
    }

    static void check(String name, boolean ok) {
        if (ok) {
            passed++;
            System.out.println("  ok   " + name);
        } else {
            failed++;
            System.out.println("  FAIL " + name);
        }
    }

    static String login(String password) throws IOException, InterruptedException {
        // the first administrator is made just after the HTTP side comes up: a first start may need a moment
        HttpResponse<String> r = null;
        for (int attempt = 0; attempt < 45; attempt++) { // at most 30 logins a minute per address
            r = send("POST", "/api/v1/auth/login", "{\"username\":\"admin\",\"password\":\"" + password + "\"}");
            if (r.statusCode() != 401) {
                break;
            }
            Thread.sleep(2000);
        }
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    static HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                continue;
            }
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                map.put(a.substring(2), args[++i]);
            } else {
                map.put(a.substring(2), "true");
            }
        }
        return map;
    }
}
