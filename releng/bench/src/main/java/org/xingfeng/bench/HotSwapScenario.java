package org.xingfeng.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Per-county installs and the hot-swap of a module: a server with every module and one with the platform only
 * assembled by the p2 director from the update site (timed), then on the first, module A's (matters) throughput
 * without a swap, and module B (evaluations) removed and installed again over REST under the same unpaced load.
 */
final class HotSwapScenario implements Scenario {

    /** The module admin's log line for each change (INFO, {@code P2ModuleAdmin}). */
    static final java.util.regex.Pattern P2_TIMES = java.util.regex.Pattern
            .compile("P2ModuleAdmin - (.+): planned in (\\d+) ms, p2 engine (\\d+) ms, bundles applied in (\\d+) ms");

    static final String MODULES = "matters,evaluations";

    @Override
    public String name() {
        return "hotswap";
    }

    @Override
    public String summary() {
        return "assemble a county's server by the p2 director, then remove and reinstall evaluations under load on "
                + "matters (--clients 8, env HOTSWAP_CLIENTS), beside the same load without a swap (--warmup 5 s, "
                + "--round 15 s) (~1.5 min)";
    }

    @Override
    public String title() {
        return "Per-county installs and hot-swap";
    }

    @Override
    public void run(Run run, Report.Section section) throws Exception {
        String env = System.getenv("HOTSWAP_CLIENTS");
        int clients = run.options.integer("clients", env == null || env.isBlank() ? 8 : Integer.parseInt(env.trim()));
        long warmup = run.options.seconds("warmup", 5).toSeconds();
        long round = run.options.seconds("round", 15).toSeconds();
        section.parameters.put("clients", clients);
        section.parameters.put("warmup", warmup + " s");
        section.parameters.put("round", round + " s");

        Path full = run.work().resolve("server");
        long fullMs = assemble(run, full, true);
        long fullMb = Run.sizeOf(full) / 1024 / 1024;
        System.out.printf("  assemble a server with the platform and %s (p2 director): %d ms, %d MB%n", MODULES, fullMs,
                fullMb);
        Path platform = run.work().resolve("platform-only");
        long platformMs = assemble(run, platform, false);
        long platformMb = Run.sizeOf(platform) / 1024 / 1024;
        System.out.printf("  assemble a server with the platform only: %d ms, %d MB%n", platformMs, platformMb);
        Run.deleteTree(platform);
        section.row("Assemble a server, platform + matters + evaluations (director, local site)",
                String.format(Locale.ROOT, "%.1f s, %d MB", fullMs / 1000.0, fullMb), "-", "-")
                .figure("ms", fullMs).figure("megabytes", fullMb);
        section.row("Assemble a server, platform only",
                String.format(Locale.ROOT, "%.1f s, %d MB", platformMs / 1000.0, platformMb),
                "-", "-").figure("ms", platformMs).figure("megabytes", platformMb);

        ServerProcess server = ServerProcess.start(run, full, run.work().resolve("hotswap-data"), "hotswap",
                List.of("-Dxingfeng.ratelimit.guide=100000000", "-Dxingfeng.modules.sites=file:" + run.site()));
        System.out.printf("  server ready in %d ms%n", server.readyMillis);
        HotSwap.Result r;
        try {
            // the demo matters list loads in the background after start: until unit 2's guide page has it
            Thread.sleep(5_000);
            for (int i = 0; i < 115
                    && Http.status(Http.get(server.base + "/guide/matters/units/2", null)) != 200; i++) {
                Thread.sleep(1_000);
            }
            r = new HotSwap(server.base, "file:" + run.site(), 2, section)
                    .run(ServerProcess.PASSWORD, clients, 0, warmup, round);
        } finally {
            server.stop();
            server.keepLog("hotswap-" + run.id + "-server.log"); // a failed check's stack traces are in it
        }
        // where a change's time went, as the module admin logs it: p2's planning, its engine, the new bundle list
        for (String line : Files.readAllLines(server.log)) {
            java.util.regex.Matcher m = P2_TIMES.matcher(line);
            if (m.find()) {
                System.out.println("  p2: " + m.group(1) + ": planned " + m.group(2) + " ms, engine " + m.group(3)
                        + " ms, bundles applied " + m.group(4) + " ms");
                section.row("Inside the module admin: `" + m.group(1) + "`",
                        String.format(Locale.ROOT, "p2 planning %s ms, p2 engine %s ms, bundle list applied %s ms",
                                m.group(2), m.group(3), m.group(4)),
                        "-", "-").figure("change", m.group(1)).figure("plannedMs", Long.parseLong(m.group(2)))
                        .figure("engineMs", Long.parseLong(m.group(3))).figure("appliedMs", Long.parseLong(m.group(4)));
            }
        }
        HotSwap.Load.Result during = r.during();
        HotSwap.Load.Result without = r.withoutSwap();
        System.out.printf(Locale.ROOT,
                "  hot-swap: uninstall %d ms, install %d ms (answering after %d ms), swap window %d ms%n",
                r.uninstallMs(), r.installMs(), r.readyMs(), r.swapMs());
        System.out.printf(Locale.ROOT, "  stop %d ms, start %d ms (until it answers)%n", r.stopMs(), r.startMs());
        section.row("Stop `evaluations` (REST call: its bundles stopped, its paths answering 503)",
                String.format(Locale.ROOT, "%.2f s", r.stopMs() / 1000.0), "-", "< 1 s")
                .figure("ms", r.stopMs());
        section.row("Start `evaluations` again (REST call; until it answers)",
                String.format(Locale.ROOT, "%.2f s", r.startMs() / 1000.0), "-", "-").figure("ms", r.startMs());
        section.row("Uninstall `evaluations` (REST call: its bundles removed, its paths answering 503)",
                String.format(Locale.ROOT, "%.1f s", r.uninstallMs() / 1000.0), "-", "-").figure("ms", r.uninstallMs());
        section.row("Reinstall `evaluations` from the update site (REST call; until it answers)",
                String.format(Locale.ROOT, "%.1f s; %.1f s", r.installMs() / 1000.0, r.readyMs() / 1000.0), "-", "-")
                .figure("installMs", r.installMs()).figure("answeringMs", r.readyMs())
                .figure("swapWindowMs", r.swapMs());
        section.row(
                String.format(Locale.ROOT, "Requests on `matters` (list, search, guide) during the swap, %d clients",
                        clients),
                String.format(Locale.ROOT, "%,d, %d failed", during.requests(), during.failed()),
                String.format(Locale.ROOT, "without a swap: %,d, %d failed", without.requests(), without.failed()), "-")
                .figure("requests", during.requests()).figure("failed", during.failed())
                .figure("requestsWithoutSwap", without.requests()).figure("failedWithoutSwap", without.failed());
        section.row("`matters` throughput during the swap",
                String.format(Locale.ROOT, "%,.0f req/s over %.1f s", during.perSecond(), during.seconds()),
                String.format(Locale.ROOT, "same run, no swap: %,.0f req/s over %.1f s", without.perSecond(),
                        without.seconds()),
                String.format(Locale.ROOT, "%.2f", during.perSecond() / without.perSecond()))
                .figure("requestsPerSecond", during.perSecond())
                .figure("requestsPerSecondWithoutSwap", without.perSecond());
        section.note("The limit for the swap is the same load on the same server just before it, without a swap; the "
                + "director, the server and the load share the CPUs.");
    }

    /** releng/bin/assemble into dest, with every module or the platform only; returns the time it took in ms. */
    static long assemble(Run run, Path dest, boolean modules) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", run.assembleScript().toString()));
        if (modules) {
            cmd.addAll(List.of("--modules", MODULES));
        }
        cmd.addAll(List.of("--dest", dest.toString(), "--repository", run.site().toString()));
        Path log = run.work().resolve("assemble-" + dest.getFileName() + ".log");
        long t0 = System.nanoTime();
        Process p = run.track(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start());
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException("assembling " + dest.getFileName() + " failed; log:\n" + ServerProcess.tail(log));
            }
        } finally {
            run.untrack(p);
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
