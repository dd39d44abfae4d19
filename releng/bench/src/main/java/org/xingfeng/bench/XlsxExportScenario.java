package org.xingfeng.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The largest export a list allows (100,000 rows, the platform's export limit) written as XLSX by the server's own
 * writer in a JVM with a 256 MiB heap ({@link XlsxExportChild}, on the full server's plugins), beside the same cells
 * written as CSV in the same JVM.
 */
final class XlsxExportScenario implements Scenario {

    static final String HEAP = "-Xmx256m";

    /** What the child needs of the server's plugins; the commons before POI's bundle, which embeds an older commons-io. */
    static final List<String> PLUGINS = List.of("org.xingfeng.platform.api_", "org.xingfeng.platform.spreadsheet_",
            "org.apache.commons.", "org.apache.logging.log4j.api_", "org.apache.servicemix.bundles.poi_");

    @Override
    public String name() {
        return "xlsx-export";
    }

    @Override
    public String summary() {
        return "an export of 100,000 evaluations (--export-rows) as XLSX through the server's writer in a 256 MiB heap, "
                + "--exports 3, beside the same cells as CSV (~1 min)";
    }

    @Override
    public String title() {
        return "XLSX export, 100,000 rows in 256 MiB";
    }

    @Override
    public void run(Run run, Report.Section section) throws Exception {
        int rows = run.options.integer("export-rows", 100_000);
        int rounds = run.options.integer("exports", 3);
        section.parameters.put("rows", rows);
        section.parameters.put("exports", rounds);
        section.parameters.put("heap", HEAP);
        Path dir = Files.createDirectories(run.work().resolve("xlsx"));
        List<String> command = List.of("java", HEAP, "-Djava.io.tmpdir=" + dir,
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory", "-cp",
                classPath(run.fullServer().resolve("plugins")), XlsxExportChild.class.getName(),
                Integer.toString(rows), Integer.toString(rounds), dir.toString());
        Process p = run.track(new ProcessBuilder(command).redirectErrorStream(true).start());
        String out;
        try {
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException("the export's JVM failed (exit " + (p.isAlive() ? "none" : p.exitValue())
                        + "):\n" + out);
            }
        } finally {
            p.destroyForcibly();
            run.untrack(p);
        }
        List<long[]> xlsx = lines(out, "xlsx");
        List<long[]> csv = lines(out, "csv");
        List<long[]> table = lines(out, "table");
        if (xlsx.size() != rounds || csv.size() != rounds || table.size() != 1) {
            throw new IOException("the export's JVM printed no figures:\n" + out);
        }
        System.out.print(out.lines().filter(l -> l.matches("(xlsx|csv|table) .*")).map(l -> "  " + l + "\n")
                .reduce("", String::concat));
        long[] xlsxMs = xlsx.stream().mapToLong(v -> v[0]).toArray();
        long[] csvMs = csv.stream().mapToLong(v -> v[0]).toArray();
        long xlsxPeak = xlsx.stream().mapToLong(v -> v[2]).max().orElse(0);
        long csvPeak = csv.stream().mapToLong(v -> v[2]).max().orElse(0);
        section.row(String.format(Locale.ROOT, "%,d evaluations as XLSX, heap %s (min / median / max of %d)", rows,
                HEAP.substring(4), rounds),
                String.format(Locale.ROOT, "%s; %,.1f MB; heap peak %d MiB", Stats.minMedianMax(xlsxMs),
                        xlsx.get(0)[1] / 1e6, xlsxPeak),
                String.format(Locale.ROOT, "the same cells as CSV, same JVM: %s; %,.1f MB; heap peak %d MiB",
                        Stats.minMedianMax(csvMs), csv.get(0)[1] / 1e6, csvPeak),
                String.format(Locale.ROOT, "%.1fx; < 5 s: %s", (double) Stats.median(xlsxMs) / Stats.median(csvMs),
                        Stats.median(xlsxMs) < 5000 ? "met" : "missed"))
                .figure("xlsxMedianMs", Stats.median(xlsxMs)).figure("xlsxFirstMs", xlsxMs[0])
                .figure("xlsxBytes", xlsx.get(0)[1]).figure("xlsxPeakHeapMiB", xlsxPeak)
                .figure("csvMedianMs", Stats.median(csvMs)).figure("csvPeakHeapMiB", csvPeak)
                .figure("tableMs", table.get(0)[0]).figure("tablePeakHeapMiB", table.get(0)[2]);
        section.check("the XLSX export of " + rows + " rows under 5 s (median; the issue's goal)",
                Stats.median(xlsxMs) < 5000);
        section.note(String.format(Locale.ROOT,
                "The rows are built first as the evaluations service builds its export's table (%,d ms, heap peak %d "
                        + "MiB, held through the writes), then each round writes the XLSX (the platform's spreadsheet "
                        + "bundle's own writer, streamed) and the CSV (the platform's CSV writer) to a file. The heap peak "
                        + "is the sum of the heap pools' peaks during the write, the table included.",
                table.get(0)[0], table.get(0)[2]));
    }

    /** {@code what ms=.. bytes=.. peakHeapMiB=..} lines: ms, bytes, peak. */
    static List<long[]> lines(String out, String what) {
        List<long[]> found = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^" + what + " ms=(\\d+) bytes=(\\d+) peakHeapMiB=(\\d+)").matcher(out);
        while (m.find()) {
            found.add(new long[] { Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3)) });
        }
        return found;
    }

    /** The bench's own jar first, then the plugins named, in that order. */
    static String classPath(Path plugins) throws IOException {
        List<String> entries = new ArrayList<>();
        try {
            entries.add(Path.of(XlsxExportChild.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        for (String prefix : PLUGINS) {
            try (Stream<Path> files = Files.list(plugins)) {
                List<Path> jars = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                        && f.getFileName().toString().endsWith(".jar")).sorted().toList();
                if (jars.isEmpty()) {
                    throw new IOException("no " + prefix + "*.jar in " + plugins);
                }
                jars.forEach(j -> entries.add(j.toString()));
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
