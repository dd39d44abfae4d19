package org.xingfeng.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A server product started from its folder's start script, on its own port on 127.0.0.1 and a data directory. */
final class ServerProcess {

    static final String PASSWORD = "Bench-admin-2026";
    static final Duration START_LIMIT = Duration.ofSeconds(180);

    final Process process;
    final String base;
    final Path log;
    final long readyMillis;
    /** The server's CPU time (all its threads) from launch to ready: on a shared machine, steadier than the wall time. */
    final long readyCpuMillis;
    private final Run run;

    private ServerProcess(Run run, Process process, String base, Path log, long readyMillis, long readyCpuMillis) {
        this.run = run;
        this.process = process;
        this.base = base;
        this.log = log;
        this.readyMillis = readyMillis;
        this.readyCpuMillis = readyCpuMillis;
    }

    /**
     * Starts {@code product/xingfeng-server.sh} with demo data and the bench's administrator password, and waits until
     * it is ready: /health answers 200 and the login resource 400 to an empty body. {@code options} are more system
     * properties for the server (rate limits the load would hit).
     */
    static ServerProcess start(Run run, Path product, Path data, String name, List<String> options)
            throws IOException, InterruptedException {
        Path script = product.toAbsolutePath().resolve("xingfeng-server.sh");
        if (!Files.isExecutable(script)) {
            throw new IOException("not found or not executable: " + script);
        }
        int port = port();
        List<String> opts = new ArrayList<>(List.of(
                "-Dorg.osgi.service.http.port=" + port,
                "-Dorg.osgi.service.http.host=127.0.0.1",
                "-Dxingfeng.data=" + data,
                "-Dxingfeng.admin.password=" + PASSWORD,
                "-Dxingfeng.demo=true"));
        opts.addAll(options);
        if (!Files.exists(data)) {
            forgetKeptSettings(product);
        }
        String extra = run.options.string("server-opts", "");
        if (!extra.isBlank()) {
            opts.add(extra.strip());
        }
        ProcessBuilder pb = new ProcessBuilder(script.toString()).directory(script.getParent().toFile());
        pb.environment().put("XINGFENG_OPTS", String.join(" ", opts));
        Path log = run.work().resolve(name + ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        Process p = run.track(pb.start());
        String base = "http://127.0.0.1:" + port;
        long ready = waitReady(p, base, log, t0);
        // the start script execs the JVM, so the process is the server's
        long cpu = cpuMillis(p.toHandle());
        return new ServerProcess(run, p, base, log, (ready - t0) / 1_000_000, cpu);
    }

    /**
     * Waits until the server uses under 5 % of a CPU over a second (at most {@code limitSeconds}): ms waited. The demo's
     * loaders fill a year of records after ready, and a load cut short goes on at the next start.
     */
    long waitIdle(int limitSeconds) throws InterruptedException {
        long t0 = System.nanoTime();
        long before = cpuMillis(process.toHandle());
        for (int i = 0; i < limitSeconds; i++) {
            Thread.sleep(1000);
            long now = cpuMillis(process.toHandle());
            if (now - before < 50) {
                break;
            }
            before = now;
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** The process's CPU time so far (all its threads), or -1 where the system does not tell it. */
    static long cpuMillis(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    /**
     * Deletes the suite's settings ConfigAdmin keeps in the folder's configuration area. A setting given at one start
     * is kept for every later start that does not give it again (as a bureau's server keeps what its administrator
     * set): one scenario's database, rate limits or demo share would otherwise be the next scenario's. A server on a
     * fresh data directory starts from the defaults and its own options, as a newly installed one does.
     */
    static void forgetKeptSettings(Path product) throws IOException {
        Path framework = product.toAbsolutePath().resolve("configuration/org.eclipse.osgi");
        if (!Files.isDirectory(framework)) {
            return;
        }
        try (var bundles = Files.list(framework)) {
            for (Path kept : bundles.map(b -> b.resolve("data/config/org/xingfeng")).filter(Files::isDirectory)
                    .toList()) {
                try (var files = Files.walk(kept)) {
                    for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
    }

    /** The folder the bench keeps its results and logs in (made when missing). */
    static Path results() throws IOException {
        Path dir = Path.of(System.getProperty("xingfeng.bench.results", "target/bench")).toAbsolutePath();
        Files.createDirectories(dir);
        return dir;
    }

    /** Copies the server's log into the results folder under {@code fileName}, saying where. */
    void keepLog(String fileName) {
        try {
            Path file = results().resolve(fileName);
            Files.copy(log, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println("  (the server's log: " + file + ")");
        } catch (IOException e) {
            System.out.println("  could not keep the server's log: " + e);
        }
    }

    /** XINGFENG_BENCH_PORT when set, otherwise a free port. */
    static int port() throws IOException {
        String fixed = System.getenv("XINGFENG_BENCH_PORT");
        if (fixed != null && !fixed.isBlank()) {
            return Integer.parseInt(fixed.trim());
        }
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static long waitReady(Process process, String base, Path log, long t0)
            throws IOException, InterruptedException {
        long deadline = t0 + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("server exited with " + process.exitValue() + " before ready (its log follows)\n"
                        + tail(log));
            }
            if (Http.status(Http.post(base + "/api/v1/auth/login", "{}")) == 400
                    && Http.status(Http.get(base + "/health", null)) == 200) {
                return System.nanoTime();
            }
            Thread.sleep(50);
        }
        throw new IOException(
                "server not ready within " + START_LIMIT.toSeconds() + " s (its log follows)\n" + tail(log));
    }

    /** SIGTERM, then a kill after 60 s. */
    void stop() throws InterruptedException {
        Run.stop(process, 60);
        run.untrack(process);
    }

    /** The log's first 20 lines (where a start-up failure begins) and its last 40. */
    static String tail(Path log) {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            if (lines.size() <= 60) {
                return String.join("\n", lines);
            }
            return String.join("\n", lines.subList(0, 20)) + "\n...\n"
                    + String.join("\n", lines.subList(lines.size() - 40, lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
