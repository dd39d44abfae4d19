package org.xingfeng.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One run of the bench: the options, the report, a scratch directory deleted at the end, the processes started (all
 * stopped at the end, also on Ctrl-C) and what scenarios of the same run share (the bulk-loaded evaluations).
 */
final class Run implements AutoCloseable {

    final Options options;
    /** Tells this run's record numbers and unit codes from an earlier run's. */
    final String id = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
    final Report report;
    private final Path work;
    private final List<Process> processes = new CopyOnWriteArrayList<>();
    /** The evaluations loaded by the reports scenario, for the unit move after it (same run only). */
    EvaluationsData loaded;

    Run(Options options, Report report) throws IOException {
        this.options = options;
        this.report = report;
        this.work = Files.createTempDirectory("xingfeng-bench-");
    }

    Path work() {
        return work;
    }

    /** The folder of the server assembled with every module (releng/bin/bench passes it). */
    Path fullServer() {
        return path("xingfeng.bench.fullServer");
    }

    Path clientProduct() {
        return path("xingfeng.bench.clientProduct");
    }

    /** The update site the build makes. */
    Path site() {
        return path("xingfeng.bench.site");
    }

    /** releng/bin/assemble: a county's server from the update site by the p2 director. */
    Path assembleScript() {
        return path("xingfeng.bench.assemble");
    }

    private static Path path(String property) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(
                    "system property " + property + " is not set (run through releng/bin/bench)");
        }
        return Path.of(v).toAbsolutePath();
    }

    Process track(Process p) {
        processes.add(p);
        return p;
    }

    void untrack(Process p) {
        processes.remove(p);
    }

    /** SIGTERM to the process and its children, a kill after the given seconds. */
    static void stop(Process p, long seconds) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void close() {
        for (Process p : processes) {
            try {
                stop(p, 30);
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
            processes.remove(p);
        }
        try {
            deleteTree(work);
        } catch (IOException e) {
            System.err.println("could not remove " + work + ": " + e.getMessage());
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
