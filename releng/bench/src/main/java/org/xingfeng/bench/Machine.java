package org.xingfeng.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The machine a run measured: its figures only mean something beside these. */
record Machine(String cores, String cpu, String memory, String java, String os) {

    static Machine read() {
        String cores = command("nproc");
        if (cores == null) {
            cores = String.valueOf(Runtime.getRuntime().availableProcessors());
        }
        String cpu = firstValue("/proc/cpuinfo", "model name");
        String mem = firstValue("/proc/meminfo", "MemTotal");
        String memory = "unknown";
        if (mem != null) {
            memory = String.format(Locale.ROOT, "%.1f GiB",
                    Long.parseLong(mem.replaceAll("\\D", "")) / 1024.0 / 1024.0);
        }
        String java = System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ", "
                + System.getProperty("java.vendor") + ")";
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version");
        return new Machine(cores, cpu == null ? "unknown" : cpu, memory, java, os);
    }

    String describe() {
        return cores + " CPUs (nproc), " + cpu + ", " + memory + " RAM, Java " + java + ", " + os;
    }

    /** The 1-minute load average, as /proc/loadavg gives it. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String firstValue(String file, String key) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String command(String name) {
        try {
            Process p = new ProcessBuilder(name).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty() ? out : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }
}
