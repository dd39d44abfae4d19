package org.xingfeng.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Server start-up: launch to ready (/health 200 and the login resource answering 400) of the full server, cold on a
 * fresh data directory and warm on the same one, beside a bare JVM start; wall time and the server's CPU time. With
 * {@code --compare DIR} another server folder (a build before a change) is started alternately with it, round by
 * round, so both meet the same load.
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

    /** One server folder's starts. */
    private record Server(String name, Path folder, long[] cold, long[] coldCpu, long[] warm, long[] warmCpu) {
        Server(String name, Path folder, int starts) {
            this(name, folder, new long[starts], new long[starts], new long[starts], new long[starts]);
        }
    }

    @Override
    public void run(Run run, Report.Section section) throws Exception {
        int starts = run.options.integer("starts", 3);
        section.parameters.put("starts", starts);
        List<Server> servers = new ArrayList<>();
        if (run.options.has("compare")) {
            for (String dir : run.options.string("compare", "").split(",")) {
                Path folder = Path.of(dir.trim());
                servers.add(new Server("compared (" + folder.getFileName() + ")", folder, starts));
            }
            section.parameters.put("compare", run.options.string("compare", ""));
        }
        servers.add(new Server(servers.isEmpty() ? "" : "full server", run.fullServer(), starts));
        System.out.println("Start-up (launch to ready: /health 200 and login resource 400), demo data on");
        long[] jvm = Limits.bareJvmStarts(run, starts);
        // round by round (each server's cold start, then each one's warm restart on the data it made), so that the
        // servers compared meet the same load and a run cut short still has pairs
        for (int i = 0; i < starts; i++) {
            for (int k = 0; k < servers.size(); k++) {
                start(run, servers.get(k), k, i, true);
            }
            for (int k = 0; k < servers.size(); k++) {
                start(run, servers.get(k), k, i, false);
            }
        }
        String jvmCell = "bare JVM start (`java -version`), min / median / max: " + Stats.minMedianMax(jvm);
        for (Server sv : servers) {
            String of = sv.name().isEmpty() ? "" : ", " + sv.name();
            section.row("Cold start to ready, fresh database" + of + " (min / median / max of " + starts + ")",
                    Stats.minMedianMax(sv.cold()) + "; server CPU " + Stats.minMedianMax(sv.coldCpu()), jvmCell,
                    ratio(Stats.median(sv.cold()), Stats.median(jvm)))
                    .figure("minMs", Stats.min(sv.cold())).figure("medianMs", Stats.median(sv.cold()))
                    .figure("maxMs", Stats.max(sv.cold())).figure("medianCpuMs", Stats.median(sv.coldCpu()))
                    .figure("bareJvmMedianMs", Stats.median(jvm));
            section.row("Warm restart to ready" + of + " (min / median / max of " + starts + ")",
                    Stats.minMedianMax(sv.warm()) + "; server CPU " + Stats.minMedianMax(sv.warmCpu()), jvmCell,
                    ratio(Stats.median(sv.warm()), Stats.median(jvm)))
                    .figure("minMs", Stats.min(sv.warm())).figure("medianMs", Stats.median(sv.warm()))
                    .figure("maxMs", Stats.max(sv.warm())).figure("medianCpuMs", Stats.median(sv.warmCpu()))
                    .figure("bareJvmMedianMs", Stats.median(jvm));
        }
        section.note(
                "Ratio: median server start / median bare JVM start. A cold start includes creating the database and "
                        + "hashing the demo users' password. Server CPU: all the server's threads, launch to ready.");
    }

    private static void start(Run run, Server sv, int k, int i, boolean cold) throws Exception {
        Path data = run.work().resolve("startup-data-" + k + "-" + (i + 1));
        ServerProcess s = ServerProcess.start(run, sv.folder(), data, (cold ? "cold-" : "warm-") + k + "-" + (i + 1),
                SERVER_OPTIONS);
        (cold ? sv.cold() : sv.warm())[i] = s.readyMillis;
        (cold ? sv.coldCpu() : sv.warmCpu())[i] = s.readyCpuMillis;
        System.out.printf("  %s%s %d: %d ms, CPU %d ms, load %s%n", label(sv),
                cold ? "cold start (fresh data directory)" : "warm restart (the data of that cold start)", i + 1,
                s.readyMillis, s.readyCpuMillis, Machine.loadAverage());
        s.stop();
    }

    private static String label(Server sv) {
        return sv.name().isEmpty() ? "" : sv.name() + ": ";
    }

    static String ratio(double server, double limit) {
        return String.format(Locale.ROOT, "%.0fx", server / limit);
    }
}
