// Benchmark of the built Xingfeng server product. Every figure is printed beside the machine's own limit,
// measured in the same run, so the ratio means something on a shared, noisy machine. Not a test: it prints
// numbers and exits 0 (1 only if the server could not be started or measured at all).
//
//   java releng/bench/Bench.java PRODUCT_DIR        (usually through releng/bin/bench)
//
// Only connects to 127.0.0.1. Runs for about 2.5 minutes.

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public class Bench {

    static final String PASSWORD = "Bench-admin-2026";
    static final int STARTS = 3;
    static final Duration START_LIMIT = Duration.ofSeconds(90);
    static final Duration WARMUP = Duration.ofSeconds(20); // the JIT needs it: shorter warm-ups understate the server
    static final Duration ROUND = Duration.ofSeconds(15);
    static final int MAX_PER_THREAD = 2_000_000;
    static final String UNITS = "/api/v1/org/units";
    static final String STAFF = "/api/v1/org/staff?size=20";

    // Fixed body for the baseline server, about 200 bytes.
    static final byte[] BASELINE_BODY = ("[{\"id\":1,\"parentId\":null,\"code\":\"510000\",\"name\":\"baseline\",\"level\":\"PROVINCE\"},"
            + "{\"id\":2,\"parentId\":1,\"code\":\"510700\",\"name\":\"baseline\",\"level\":\"CITY\"},"
            + "{\"id\":3,\"parentId\":2,\"code\":\"510722\",\"name\":\"baseline\",\"level\":\"COUNTY\"}]")
            .getBytes(StandardCharsets.UTF_8);

    static final List<Process> running = new CopyOnWriteArrayList<>();
    static Path work;

    // Readiness probes and login.
    static final HttpClient probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    // The load client, shared by the server and the baseline rounds.
    static final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java Bench.java PRODUCT_DIR   (the folder holding xingfeng-server.sh)");
            System.exit(2);
        }
        Path script = Path.of(args[0]).toAbsolutePath().resolve("xingfeng-server.sh");
        if (!Files.isExecutable(script)) {
            System.err.println("not found or not executable: " + script);
            System.exit(2);
        }
        // Without this the JDK server's separate header and body writes meet the client's delayed ACK (about 40 ms each).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int code = 0;
        try {
            work = Files.createTempDirectory("xingfeng-bench-");
            Runtime.getRuntime().addShutdownHook(new Thread(Bench::cleanUp));
            run(script);
        } catch (Exception e) {
            System.out.flush();
            System.err.println("bench failed: " + e.getMessage());
            code = 1;
        } finally {
            cleanUp();
        }
        System.exit(code);
    }

    static void run(Path script) throws Exception {
        long benchStart = System.nanoTime();
        Machine machine = Machine.read();
        System.out.println("Xingfeng server benchmark");
        System.out.println("  " + machine.describe());
        System.out.println("  1-minute load average at start: " + machine.loadStart);
        System.out.println();

        // 1. Start-up, and the machine's limit: a bare JVM start.
        System.out.println("Start-up (launch to ready: /health 200 and login resource 400), demo data on");
        long[] jvm = new long[STARTS];
        for (int i = 0; i < STARTS; i++) {
            jvm[i] = bareJvmStart();
            System.out.printf("  bare JVM start (java -version) %d: %d ms%n", i + 1, jvm[i]);
        }
        long[] cold = new long[STARTS];
        Path data = null;
        for (int i = 0; i < STARTS; i++) {
            data = work.resolve("data-" + (i + 1));
            Server s = Server.launch(script, data, "cold-" + (i + 1));
            cold[i] = s.readyMillis;
            System.out.printf("  cold start %d (fresh data directory): %d ms%n", i + 1, cold[i]);
            s.stop();
        }
        long[] warm = new long[STARTS];
        Server server = null;
        for (int i = 0; i < STARTS; i++) {
            server = Server.launch(script, data, "warm-" + (i + 1));
            warm[i] = server.readyMillis;
            System.out.printf("  warm restart %d (same data directory): %d ms%n", i + 1, warm[i]);
            if (i < STARTS - 1) {
                server.stop();
            }
        }
        System.out.println();

        // 2. Load on the last warm server, each round next to the baseline with the same client code.
        String token = login(server.base);
        int unitsBytes = checkedGet(server.base + UNITS, token);
        int staffBytes = checkedGet(server.base + STAFF, token);
        HttpServer baseline = null;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Row> rows = new ArrayList<>();
        try {
            baseline = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
            baseline.setExecutor(pool);
            baseline.createContext("/", Bench::answerBaseline);
            baseline.start();
            String baseUrl = "http://127.0.0.1:" + baseline.getAddress().getPort();
            System.out.printf("Load (HTTP/1.1 keep-alive, %d s per round, every latency recorded)%n", ROUND.toSeconds());
            System.out.printf("  response sizes: %s %d bytes, %s %d bytes, baseline %d bytes%n",
                    UNITS, unitsBytes, STAFF, staffBytes, BASELINE_BODY.length);
            Result w = load(List.of(server.base + UNITS, server.base + STAFF), token, 8, WARMUP);
            System.out.printf("  warm-up server %d s: %d requests, %d errors%n", WARMUP.toSeconds(), w.requests, w.errors);
            w = load(List.of(baseUrl + UNITS), token, 8, WARMUP);
            System.out.printf("  warm-up baseline %d s: %d requests, %d errors%n", WARMUP.toSeconds(), w.requests, w.errors);
            String[][] rounds = { { UNITS, "8" }, { UNITS, "32" }, { STAFF, "8" } };
            for (String[] r : rounds) {
                int c = Integer.parseInt(r[1]);
                Result sr = load(List.of(server.base + r[0]), token, c, ROUND);
                System.out.printf("  server   GET %-26s C=%-2d %s%n", r[0], c, sr.summary());
                Result br = load(List.of(baseUrl + r[0]), token, c, ROUND);
                System.out.printf("  baseline GET %-26s C=%-2d %s%n", r[0], c, br.summary());
                rows.add(new Row(r[0], c, sr, br));
            }
        } finally {
            if (baseline != null) {
                baseline.stop(0);
            }
            pool.shutdownNow();
            server.stop();
        }
        String loadEnd = Machine.loadAverage();
        long seconds = (System.nanoTime() - benchStart) / 1_000_000_000L;
        System.out.println();
        printTable(machine, loadEnd, jvm, cold, warm, rows, seconds);
        printMarkdown(machine, loadEnd, jvm, cold, warm, rows);
    }

    // ---- start-up ----

    static long bareJvmStart() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("java", "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        running.add(p);
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                throw new IOException("java -version did not finish within 30 s");
            }
            return (System.nanoTime() - t0) / 1_000_000;
        } finally {
            p.destroyForcibly();
            running.remove(p);
        }
    }

    static final class Server {
        final Process process;
        final String base;
        final Path log;
        long readyMillis;

        Server(Process process, String base, Path log) {
            this.process = process;
            this.base = base;
            this.log = log;
        }

        static Server launch(Path script, Path data, String name) throws IOException, InterruptedException {
            int port = freePort();
            ProcessBuilder pb = new ProcessBuilder(script.toString()).directory(script.getParent().toFile());
            pb.environment().put("XINGFENG_OPTS", String.join(" ",
                    "-Dorg.osgi.service.http.port=" + port,
                    "-Dorg.osgi.service.http.host=127.0.0.1",
                    "-Dxingfeng.data=" + data,
                    "-Dxingfeng.admin.password=" + PASSWORD,
                    "-Dxingfeng.ratelimit.auth.login=100000",
                    "-Dxingfeng.demo=true"));
            Path log = work.resolve(name + ".log");
            pb.redirectErrorStream(true).redirectOutput(log.toFile());
            long t0 = System.nanoTime();
            Process p = pb.start();
            running.add(p);
            Server s = new Server(p, "http://127.0.0.1:" + port, log);
            s.readyMillis = (s.waitReady(t0) - t0) / 1_000_000;
            return s;
        }

        // Ready when /health answers 200 and the login resource answers 400 to an empty body.
        long waitReady(long t0) throws IOException, InterruptedException {
            long deadline = t0 + START_LIMIT.toNanos();
            for (int i = 0; i < 10_000 && System.nanoTime() < deadline; i++) {
                if (!process.isAlive()) {
                    throw new IOException("server exited with " + process.exitValue() + " before ready; log:\n" + tail());
                }
                if (status(post(base + "/api/v1/auth/login", "{}")) == 400 && status(get(base + "/health", null)) == 200) {
                    return System.nanoTime();
                }
                Thread.sleep(50);
            }
            throw new IOException("server not ready within " + START_LIMIT.toSeconds() + " s; log:\n" + tail());
        }

        // SIGTERM, then kill after 30 s.
        void stop() throws InterruptedException {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            running.remove(process);
        }

        String tail() {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static HttpRequest get(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    static HttpRequest post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static int status(HttpRequest request) throws InterruptedException {
        try {
            return probe.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    static String login(String base) throws IOException, InterruptedException {
        // the first administrator is made just after the HTTP side comes up: a first start may need a moment
        HttpResponse<String> r = null;
        for (int attempt = 0; attempt < 45; attempt++) { // at most 30 logins a minute per address
            r = probe.send(post(base + "/api/v1/auth/login",
                    "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}"), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 401) {
                break;
            }
            Thread.sleep(2000);
        }
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IOException("login failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    // One authenticated GET that must answer 200 with a non-empty list; returns the body size.
    static int checkedGet(String url, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = probe.send(get(url, token), HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(r.body(), StandardCharsets.UTF_8);
        if (r.statusCode() != 200 || !body.contains("\"id\"")) {
            throw new IOException("GET " + url + " answered " + r.statusCode() + ": " + body);
        }
        return r.body().length;
    }

    // ---- load ----

    static void answerBaseline(HttpExchange ex) throws IOException {
        try {
            ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, BASELINE_BODY.length);
            ex.getResponseBody().write(BASELINE_BODY);
        } finally {
            ex.close();
        }
    }

    static final class Worker extends Thread {
        final HttpRequest request;
        final long end;
        long[] latencies = new long[4096];
        int n;
        long errors;
        String firstError;

        Worker(HttpRequest request, long end, int i) {
            super("load-" + i);
            this.request = request;
            this.end = end;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (n < MAX_PER_THREAD) {
                long t0 = System.nanoTime();
                if (t0 >= end) {
                    break;
                }
                String error = null;
                try {
                    HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                        error = "HTTP " + r.statusCode();
                    }
                } catch (IOException e) {
                    error = e.getClass().getSimpleName() + ": " + e.getMessage();
                } catch (InterruptedException e) {
                    break;
                }
                if (n == latencies.length) {
                    latencies = Arrays.copyOf(latencies, Math.min(MAX_PER_THREAD, n * 2));
                }
                latencies[n++] = System.nanoTime() - t0;
                if (error != null) {
                    errors++;
                    if (firstError == null) {
                        firstError = error;
                    }
                    if (error.startsWith("HTTP")) {
                        continue;
                    }
                    try {
                        Thread.sleep(10); // no busy loop when the connection fails
                    } catch (InterruptedException e) {
                        break;
                    }
                }
            }
        }
    }

    // C threads, each sending one URL (thread i takes urls[i % size]) in a loop until the time is up.
    static Result load(List<String> urls, String token, int clients, Duration duration) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        Worker[] workers = new Worker[clients];
        for (int i = 0; i < clients; i++) {
            workers[i] = new Worker(get(urls.get(i % urls.size()), token), end, i);
            workers[i].start();
        }
        for (Worker w : workers) {
            w.join(Math.max(1, (end - System.nanoTime()) / 1_000_000) + 30_000);
            if (w.isAlive()) {
                w.interrupt();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long total = 0;
        long errors = 0;
        String firstError = null;
        for (Worker w : workers) {
            total += w.n;
            errors += w.errors;
            if (firstError == null) {
                firstError = w.firstError;
            }
        }
        long[] all = new long[(int) total];
        int k = 0;
        for (Worker w : workers) {
            System.arraycopy(w.latencies, 0, all, k, w.n);
            k += w.n;
        }
        Arrays.sort(all);
        return new Result(clients, total, errors, firstError, seconds, all);
    }

    record Result(int clients, long requests, long errors, String firstError, double seconds, long[] sorted) {
        double rps() {
            return requests / seconds;
        }

        double percentileMs(double q) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }

        double maxMs() {
            return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
        }

        String summary() {
            return String.format(Locale.ROOT, "%7.0f req/s  p50 %s ms  p99 %s ms  max %s ms  errors %d%s", rps(),
                    ms(percentileMs(0.50)), ms(percentileMs(0.99)), ms(maxMs()), errors,
                    firstError == null ? "" : " (first: " + firstError + ")");
        }
    }

    record Row(String path, int clients, Result server, Result baseline) {
        double ratio() {
            return server.rps() / baseline.rps();
        }
    }

    // ---- machine ----

    record Machine(String nproc, String cpu, String memory, String java, String os, String loadStart) {
        static Machine read() {
            String nproc = command("nproc");
            if (nproc == null) {
                nproc = String.valueOf(Runtime.getRuntime().availableProcessors());
            }
            String cpu = firstValue("/proc/cpuinfo", "model name");
            String mem = firstValue("/proc/meminfo", "MemTotal");
            String memory = "unknown";
            if (mem != null) {
                memory = String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(mem.replaceAll("\\D", "")) / 1024.0 / 1024.0);
            }
            String java = System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ", "
                    + System.getProperty("java.vendor") + ")";
            String os = System.getProperty("os.name") + " " + System.getProperty("os.version");
            return new Machine(nproc, cpu == null ? "unknown" : cpu, memory, java, os, loadAverage());
        }

        String describe() {
            return nproc + " CPUs (nproc), " + cpu + ", " + memory + " RAM, Java " + java + ", " + os;
        }

        static String loadAverage() {
            try {
                return Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0];
            } catch (IOException | RuntimeException e) {
                return "unknown";
            }
        }

        static String firstValue(String file, String key) {
            try (Stream<String> lines = Files.lines(Path.of(file))) {
                return lines.filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).trim())
                        .findFirst().orElse(null);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        static String command(String name) {
            try {
                Process p = new ProcessBuilder(name).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty() ? out : null;
            } catch (IOException | InterruptedException e) {
                return null;
            }
        }
    }

    // ---- report ----

    static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[(s.length - 1) / 2];
    }

    static long min(long[] v) {
        return Arrays.stream(v).min().orElse(0);
    }

    static long max(long[] v) {
        return Arrays.stream(v).max().orElse(0);
    }

    static String ms(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : v < 100 ? "%.1f" : "%.0f", v);
    }

    static String times(double v) {
        return String.format(Locale.ROOT, "%.1fx", v);
    }

    static void printTable(Machine m, String loadEnd, long[] jvm, long[] cold, long[] warm, List<Row> rows, long seconds) {
        String line = "-".repeat(108);
        System.out.println("Summary");
        System.out.println(line);
        System.out.println("Machine: " + m.describe());
        System.out.println("1-minute load average: " + m.loadStart + " at start, " + loadEnd
                + " at end (includes this run's own load); run took " + seconds + " s");
        System.out.println(line);
        System.out.printf("%-44s %8s %8s %8s   %s%n", "Start-up, launch to ready (ms)", "min", "median", "max",
                "median / bare JVM start");
        System.out.printf("%-44s %8d %8d %8d   %s%n", "cold: fresh data directory (n=3)", min(cold), median(cold),
                max(cold), times((double) median(cold) / median(jvm)));
        System.out.printf("%-44s %8d %8d %8d   %s%n", "warm restart: same data directory (n=3)", min(warm), median(warm),
                max(warm), times((double) median(warm) / median(jvm)));
        System.out.printf("%-44s %8d %8d %8d   %s%n", "machine limit: bare JVM start, java -version", min(jvm),
                median(jvm), max(jvm), "1.0x");
        System.out.println(line);
        System.out.printf("%-30s %3s | %8s %8s %8s %8s %6s | %8s %8s %8s | %s%n", "Load, " + ROUND.toSeconds() + " s per round",
                "C", "req/s", "p50 ms", "p99 ms", "max ms", "errors", "base r/s", "base p50", "base p99", "server/base");
        for (Row r : rows) {
            Result s = r.server;
            Result b = r.baseline;
            System.out.printf(Locale.ROOT, "%-30s %3d | %8.0f %8s %8s %8s %6d | %8.0f %8s %8s | %.3f%n", "GET " + r.path,
                    r.clients, s.rps(), ms(s.percentileMs(0.5)), ms(s.percentileMs(0.99)), ms(s.maxMs()), s.errors,
                    b.rps(), ms(b.percentileMs(0.5)), ms(b.percentileMs(0.99)), r.ratio());
        }
        System.out.println(line);
        System.out.println("Baseline: JDK com.sun.net.httpserver on 127.0.0.1, 16 threads, fixed " + BASELINE_BODY.length
                + "-byte JSON body,");
        System.out.println("loaded by the same client code (java.net.http, HTTP/1.1) in the same run, next to each server round.");
        System.out.println("Client, baseline and server share the same CPUs; the baseline runs inside the client's JVM.");
        System.out.println();
    }

    static void printMarkdown(Machine m, String loadEnd, long[] jvm, long[] cold, long[] warm, List<Row> rows) {
        System.out.println("Markdown for a README:");
        System.out.println();
        System.out.println("| Measure | Xingfeng server | Machine limit, same run | Ratio |");
        System.out.println("|---|---|---|---|");
        String jvmCell = "bare JVM start (`java -version`), median of 3: " + median(jvm) + " ms";
        System.out.printf("| Cold start to ready, fresh database (min / median / max of 3) | %d / %d / %d ms | %s | %s |%n",
                min(cold), median(cold), max(cold), jvmCell, times((double) median(cold) / median(jvm)));
        System.out.printf("| Warm restart to ready (min / median / max of 3) | %d / %d / %d ms | %s | %s |%n",
                min(warm), median(warm), max(warm), jvmCell, times((double) median(warm) / median(jvm)));
        for (Row r : rows) {
            Result s = r.server;
            Result b = r.baseline;
            System.out.printf(Locale.ROOT,
                    "| `GET %s`, %d clients, %d s | %,.0f req/s; p50 %s ms, p99 %s ms, max %s ms; %d errors "
                            + "| JDK HttpServer, fixed body: %,.0f req/s; p50 %s ms, p99 %s ms | %.2f |%n",
                    r.path, r.clients, ROUND.toSeconds(), s.rps(), ms(s.percentileMs(0.5)), ms(s.percentileMs(0.99)),
                    ms(s.maxMs()), s.errors, b.rps(), ms(b.percentileMs(0.5)), ms(b.percentileMs(0.99)), r.ratio());
        }
        System.out.println();
        System.out.println("Machine: " + m.describe() + ". 1-minute load average " + m.loadStart + " at start, " + loadEnd
                + " at end (includes the benchmark's own load). Start-up ratio: server time / bare JVM start; "
                + "load ratio: server req/s / baseline req/s. "
                + "Client, baseline and server share the CPUs; demo data (3 counties, 24 staff), embedded Derby.");
    }

    // ---- clean-up ----

    static synchronized void cleanUp() {
        for (Process p : running) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
            running.remove(p);
        }
        if (work != null && Files.isDirectory(work)) {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                System.err.println("could not remove " + work + ": " + e.getMessage());
            }
        }
    }
}
