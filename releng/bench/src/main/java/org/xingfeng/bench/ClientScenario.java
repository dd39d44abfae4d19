package org.xingfeng.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rich client's start-up: launch to the login dialog, and to the main window after an automatic login (the
 * client's bench-only settings xingfeng.client.autoLoginFile and xingfeng.client.timing), beside a bare JVM start and a
 * bare SWT window on the client's own SWT jar. The first run starts on an empty data directory (the database and the
 * administrator are created); the others reuse it. Needs a display: releng/bin/bench runs it under Xvfb.
 */
final class ClientScenario implements Scenario {

    static final Pattern LOGIN = Pattern.compile("login dialog shown at (\\d+)");
    static final Pattern MAIN = Pattern.compile("main window shown at (\\d+)");
    /** Marks between the two, printed per run only: the platform's services up, the login done. */
    static final Pattern STEPS = Pattern.compile("(services started|logged in) at (\\d+)");

    @Override
    public String name() {
        return "client";
    }

    @Override
    public String summary() {
        return "rich client launch to the login dialog and to the main window, --runs 5, beside a bare JVM start and a "
                + "bare SWT window, under Xvfb (~1 min)";
    }

    @Override
    public String title() {
        return "Rich client start-up";
    }

    @Override
    public void run(Run run, Report.Section section) throws Exception {
        int runs = run.options.integer("runs", 5);
        if (runs < 2) {
            throw new IllegalArgumentException("--runs must be at least 2 (a first start and a later one)");
        }
        if (System.getenv("DISPLAY") == null) {
            throw new IllegalStateException("the client needs a display (releng/bin/bench runs it under xvfb-run)");
        }
        section.parameters.put("runs", runs);
        Path product = run.clientProduct();
        Path swt;
        try (Stream<Path> s = Files.list(product.resolve("plugins"))) {
            swt = s.filter(p -> p.getFileName().toString().startsWith("org.eclipse.swt.gtk.linux.x86_64_")).findFirst()
                    .orElseThrow(() -> new IOException("no SWT jar in " + product.resolve("plugins")));
        }
        Path dir = run.work().resolve("client");
        Files.createDirectories(dir);
        String password = "Bench-" + System.currentTimeMillis() / 1000 + "-ok";
        Path login = dir.resolve("login");
        Files.writeString(login, "admin " + password + "\n");
        Files.setPosixFilePermissions(login, PosixFilePermissions.fromString("rw-------"));

        long[] jvm = Limits.bareJvmStarts(run, runs);
        long[] swtWindow = new long[runs];
        for (int i = 0; i < runs; i++) {
            swtWindow[i] = Limits.bareSwtWindow(run, swt);
            System.out.printf("  bare SWT window %d: %d ms%n", i + 1, swtWindow[i]);
        }
        long[] toLogin = new long[runs];
        long[] toMain = new long[runs];
        for (int i = 0; i < runs; i++) {
            long[] t = launch(run, product, dir, password, login, i + 1);
            toLogin[i] = t[0];
            toMain[i] = t[1];
            System.out.printf("  client %d: login dialog %d ms, main window %d ms%n", i + 1, t[0], t[1]);
        }
        long[] laterLogin = Arrays.copyOfRange(toLogin, 1, runs);
        long[] laterMain = Arrays.copyOfRange(toMain, 1, runs);
        String swtCell = "bare SWT window: " + Stats.minMedianMax(swtWindow);
        String bothCells = swtCell + "; bare JVM start: " + Stats.minMedianMax(jvm);
        section.row("Launch to the login dialog, first start (new database)", toLogin[0] + " ms", bothCells,
                StartupScenario.ratio(toLogin[0], Stats.median(swtWindow)))
                .figure("ms", toLogin[0]).figure("bareSwtMedianMs", Stats.median(swtWindow))
                .figure("bareJvmMedianMs", Stats.median(jvm));
        section.row("Launch to the login dialog, later starts (min / median / max of " + (runs - 1) + ")",
                Stats.minMedianMax(laterLogin), bothCells,
                StartupScenario.ratio(Stats.median(laterLogin), Stats.median(swtWindow)))
                .figure("minMs", Stats.min(laterLogin)).figure("medianMs", Stats.median(laterLogin))
                .figure("maxMs", Stats.max(laterLogin));
        section.row("Launch to the main window after automatic login, first start", toMain[0] + " ms", swtCell,
                StartupScenario.ratio(toMain[0], Stats.median(swtWindow))).figure("ms", toMain[0]);
        section.row(
                "Launch to the main window after automatic login, later starts (min / median / max of " + (runs - 1)
                        + ")",
                Stats.minMedianMax(laterMain), swtCell,
                StartupScenario.ratio(Stats.median(laterMain), Stats.median(swtWindow)))
                .figure("minMs", Stats.min(laterMain)).figure("medianMs", Stats.median(laterMain))
                .figure("maxMs", Stats.max(laterMain));
        section.note("Ratio: the client's (median) time / the bare SWT window's median.");
    }

    /** One client start: ms from launch to the login dialog and to the main window. */
    private static long[] launch(Run run, Path product, Path dir, String password, Path login, int n)
            throws IOException, InterruptedException {
        Path log = dir.resolve("client-" + n + ".log");
        ProcessBuilder pb = new ProcessBuilder(product.resolve("xingfeng-client.sh").toString()).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("XINGFENG_WORKSPACE", dir.resolve("workspace").toString());
        pb.environment().put("XINGFENG_OPTS", String.join(" ", "-Dxingfeng.data=" + dir.resolve("data"),
                "-Dxingfeng.admin.password=" + password, "-Dxingfeng.client.timing=true",
                "-Dxingfeng.client.autoLoginFile=" + login));
        long t0 = System.currentTimeMillis();
        Process p = run.track(pb.start());
        String text = "";
        try {
            for (int i = 0; i < 1200 && !MAIN.matcher(text).find() && p.isAlive(); i++) {
                Thread.sleep(50);
                text = new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8);
            }
            text = new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            Run.stop(p, 30);
            run.untrack(p);
        }
        Matcher l = LOGIN.matcher(text);
        Matcher m = MAIN.matcher(text);
        if (!l.find() || !m.find()) {
            throw new IOException("client run " + n + " did not reach the main window; its log:\n" + text);
        }
        Matcher steps = STEPS.matcher(text);
        while (steps.find()) {
            System.out.printf("  client %d: %s at %d ms%n", n, steps.group(1), Long.parseLong(steps.group(2)) - t0);
        }
        return new long[] { Long.parseLong(l.group(1)) - t0, Long.parseLong(m.group(1)) - t0 };
    }
}
