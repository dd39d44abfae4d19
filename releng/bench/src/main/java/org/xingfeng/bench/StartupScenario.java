package org.xingfeng.bench;

import java.util.List;
import java.util.Locale;

/**
 * Server start-up: launch to ready (/health 200 and the login resource answering 400) of the full server, cold on a
 * fresh data directory and warm on the same one, beside a bare JVM start.
 */
final class StartupScenario implements Scenario {

    /** The rate-limit the readiness probe and the logins would hit. */
    static final List<String> SERVER_OPTIONS = List.of("-Dxingfeng.ratelimit.auth.login=100000");

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String summary() {
        return "server launch to ready, cold (fresh database) and warm, --starts 3 each, beside a bare JVM start (~1 min)";
    }

    @Override
    public String title() {
        return "Server start-up";
    }

    @Override
    public void run(Run run, Report.Section section) throws Exception {
        int starts = run.options.integer("starts", 3);
        section.parameters.put("starts", starts);
        System.out.println("Start-up (launch to ready: /health 200 and login resource 400), demo data on");
        long[] jvm = Limits.bareJvmStarts(run, starts);
        long[] cold = new long[starts];
        java.nio.file.Path data = null;
        for (int i = 0; i < starts; i++) {
            data = run.work().resolve("startup-data-" + (i + 1));
            ServerProcess s = ServerProcess.start(run, run.fullServer(), data, "cold-" + (i + 1), SERVER_OPTIONS);
            cold[i] = s.readyMillis;
            System.out.printf("  cold start %d (fresh data directory): %d ms%n", i + 1, cold[i]);
            s.stop();
        }
        long[] warm = new long[starts];
        for (int i = 0; i < starts; i++) {
            ServerProcess s = ServerProcess.start(run, run.fullServer(), data, "warm-" + (i + 1), SERVER_OPTIONS);
            warm[i] = s.readyMillis;
            System.out.printf("  warm restart %d (same data directory): %d ms%n", i + 1, warm[i]);
            s.stop();
        }
        String jvmCell = "bare JVM start (`java -version`), min / median / max: " + Stats.minMedianMax(jvm);
        section.row("Cold start to ready, fresh database (min / median / max of " + starts + ")",
                Stats.minMedianMax(cold),
                jvmCell, ratio(Stats.median(cold), Stats.median(jvm)))
                .figure("minMs", Stats.min(cold)).figure("medianMs", Stats.median(cold))
                .figure("maxMs", Stats.max(cold))
                .figure("bareJvmMedianMs", Stats.median(jvm));
        section.row("Warm restart to ready (min / median / max of " + starts + ")", Stats.minMedianMax(warm), jvmCell,
                ratio(Stats.median(warm), Stats.median(jvm)))
                .figure("minMs", Stats.min(warm)).figure("medianMs", Stats.median(warm))
                .figure("maxMs", Stats.max(warm))
                .figure("bareJvmMedianMs", Stats.median(jvm));
        section.note(
                "Ratio: median server start / median bare JVM start. A cold start includes creating the database and "
                        + "hashing the demo users' passwords.");
    }

    static String ratio(double server, double limit) {
        return String.format(Locale.ROOT, "%.0fx", server / limit);
    }
}
