package org.xingfeng.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rich client's start-up: launch to the login dialog, and to the main window after an automatic login (the
 * client's bench-only settings xingfeng.client.autoLoginFile and xingfeng.client.timing), beside a bare JVM start and a
 * bare SWT window on the client's own SWT jar. The first run starts on an empty data directory (the database and the
 * administrator are created); the others reuse it. Then the same starts connected to a county's server (the full
 * server started by the bench, its login path warmed as a server's is after a morning's logins), as a county's PCs
 * work: the client opens no database and logs in at the server. Needs a display: releng/bin/bench runs it under Xvfb.
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
        forgetServer(product);
        long[] toLogin = new long[runs];
        long[] toMain = new long[runs];
        for (int i = 0; i < runs; i++) {
            long[] t = launch(run, product, dir, "alone-" + (i + 1), List.of("-Dxingfeng.data=" + dir.resolve("data"),
                    "-Dxingfeng.admin.password=" + password), login);
            toLogin[i] = t[0];
            toMain[i] = t[1];
            System.out.printf("  client %d: login dialog %d ms, main window %d ms%n", i + 1, t[0], t[1]);
        }
        long[][] connected = connected(run, product, dir, runs);
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
        long[] laterConnectedLogin = Arrays.copyOfRange(connected[0], 1, runs);
        long[] laterConnected = Arrays.copyOfRange(connected[1], 1, runs);
        section.row("Connected to the county's server: launch to the login dialog, later starts (min / median / max of "
                + (runs - 1) + ")", Stats.minMedianMax(laterConnectedLogin), bothCells,
                StartupScenario.ratio(Stats.median(laterConnectedLogin), Stats.median(swtWindow)))
                .figure("medianMs", Stats.median(laterConnectedLogin));
        section.row("Connected: launch to the main window after automatic login, first start (new client folder)",
                connected[1][0] + " ms", swtCell, StartupScenario.ratio(connected[1][0], Stats.median(swtWindow)))
                .figure("ms", connected[1][0]);
        section.row("Connected: launch to the main window after automatic login, later starts (min / median / max of "
                + (runs - 1) + ")", Stats.minMedianMax(laterConnected), swtCell,
                StartupScenario.ratio(Stats.median(laterConnected), Stats.median(swtWindow)))
                .figure("minMs", Stats.min(laterConnected)).figure("medianMs", Stats.median(laterConnected))
                .figure("maxMs", Stats.max(laterConnected));
        section.note("Ratio: the client's (median) time / the bare SWT window's median. Alone: the client runs the "
                + "platform and the modules on its own embedded Derby. Connected: the full server, started by the "
                + "bench on this machine (demo data) and warmed by " + WARM_LOGINS + " logins, serves the login and "
                + "the views; it shares the two CPUs with the client but is idle between requests.");
    }

    /** Logins to the server before the connected starts, as a county's server has had by the time PCs start. */
    static final int WARM_LOGINS = 20;

    /** The connected starts: ms to the login dialog and to the main window per run, the first in a new client folder. */
    private static long[][] connected(Run run, Path product, Path dir, int runs) throws Exception {
        ServerProcess server = ServerProcess.start(run, run.fullServer(), run.work().resolve("client-server-data"),
                "client-server", StartupScenario.SERVER_OPTIONS);
        try {
            System.out.printf("  server for the connected client ready in %d ms%n", server.readyMillis);
            for (int i = 0; i < WARM_LOGINS; i++) {
                Http.login(server.base, ServerProcess.PASSWORD);
            }
            // the demo's loaders fill a year of records after ready: the PCs start against a server at rest
            long idleAfter = server.waitIdle(180);
            System.out.printf("  server at rest %d ms after its warm-up logins%n", idleAfter);
            // a PC's first start: the choice to work alone, stored by the starts alone, is forgotten
            forgetServer(product);
            Path login = dir.resolve("login-connected");
            Files.writeString(login, server.base + " admin " + ServerProcess.PASSWORD + "\n");
            Files.setPosixFilePermissions(login, PosixFilePermissions.fromString("rw-------"));
            long[][] t = new long[2][runs];
            for (int i = 0; i < runs; i++) {
                long[] r = launch(run, product, dir, "connected-" + (i + 1),
                        // the setting, as a county fills it in for its PCs: a login at that server stores nothing,
                        // so the starts alone of a later run find no server remembered
                        List.of("-Dxingfeng.data=" + dir.resolve("data-connected"),
                                "-Dxingfeng.server.url=" + server.base),
                        login);
                t[0][i] = r[0];
                t[1][i] = r[1];
                System.out.printf("  connected client %d: login dialog %d ms, main window %d ms%n", i + 1, r[0], r[1]);
            }
            return t;
        } finally {
            server.stop();
            forgetServer(product);
        }
    }

    /**
     * Forgets the server a login stored in the client's configuration (ConfigAdmin's file of {@code org.xingfeng.remote}):
     * a client that worked alone and then logged in at a server remembers that server, and the automatic login of the
     * starts alone, which names no server, would go to it.
     */
    static void forgetServer(Path product) throws IOException {
        Path area = product.resolve("configuration").resolve("org.eclipse.osgi");
        if (!Files.isDirectory(area)) {
            return;
        }
        try (Stream<Path> files = Files.walk(area)) {
            for (Path f : files.filter(p -> p.endsWith(Path.of("org", "xingfeng", "remote.config"))).toList()) {
                Files.delete(f);
            }
        }
    }

    /** One client start: ms from launch to the login dialog and to the main window. */
    private static long[] launch(Run run, Path product, Path dir, String n, List<String> options, Path login)
            throws IOException, InterruptedException {
        Path log = dir.resolve("client-" + n + ".log");
        ProcessBuilder pb = new ProcessBuilder(product.resolve("xingfeng-client.sh").toString()).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("XINGFENG_WORKSPACE", dir.resolve("workspace-" + n.replaceAll("-\\d+$", "")).toString());
        List<String> opts = new java.util.ArrayList<>(options);
        opts.add("-Dxingfeng.client.timing=true");
        opts.add("-Dxingfeng.client.autoLoginFile=" + login);
        pb.environment().put("XINGFENG_OPTS", String.join(" ", opts));
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
            System.out.printf("  client %s: %s at %d ms%n", n, steps.group(1), Long.parseLong(steps.group(2)) - t0);
        }
        return new long[] { Long.parseLong(l.group(1)) - t0, Long.parseLong(m.group(1)) - t0 };
    }
}
