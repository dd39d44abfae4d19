package org.xingfeng.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The machine's own limits for start-up, measured in the same run as the product's figures. */
final class Limits {

    private Limits() {
    }

    /** Launch to exit of {@code java -version}, in ms. */
    static long bareJvmStart(Run run) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = run.track(new ProcessBuilder("java", "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                throw new IOException("java -version did not finish within 30 s");
            }
            return (System.nanoTime() - t0) / 1_000_000;
        } finally {
            p.destroyForcibly();
            run.untrack(p);
        }
    }

    static long[] bareJvmStarts(Run run, int n) throws IOException, InterruptedException {
        long[] ms = new long[n];
        for (int i = 0; i < n; i++) {
            ms[i] = bareJvmStart(run);
            System.out.printf("  bare JVM start (java -version) %d: %d ms%n", i + 1, ms[i]);
        }
        return ms;
    }

    /**
     * Launch of a bare SWT "hello window" ({@link BareSwtWindow}) on the given SWT jar until it is shown and idle, in ms.
     * The SWT jar comes first on the class path, so the JVM opens no other jar for SWT's classes.
     */
    static long bareSwtWindow(Run run, Path swtJar) throws IOException, InterruptedException {
        Path self;
        try {
            self = Path.of(BareSwtWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        long t0 = System.currentTimeMillis();
        Process p = run.track(new ProcessBuilder("java", "-cp", swtJar + java.io.File.pathSeparator + self,
                BareSwtWindow.class.getName()).redirectErrorStream(true).start());
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                throw new IOException("the bare SWT window did not finish within 60 s");
            }
            Matcher m = Pattern.compile("shown at (\\d+)").matcher(out);
            if (!m.find()) {
                throw new IOException("the bare SWT window did not show: " + out);
            }
            return Long.parseLong(m.group(1)) - t0;
        } finally {
            p.destroyForcibly();
            run.untrack(p);
        }
    }
}
