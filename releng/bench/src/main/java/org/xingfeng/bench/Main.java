package org.xingfeng.bench;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bench's entry (releng/bin/bench): runs the scenarios named, in their fixed order, prints one table per scenario
 * (each figure beside the machine's limit measured in the same run) and writes them as JSON. Not a test: it exits 1
 * only when a scenario could not measure or one of its checks failed.
 */
public final class Main {

    /** Every scenario, in the order a run takes them (reports before unit-move, which changes the loaded data). */
    static List<Scenario> scenarios() {
        return List.of(new StartupScenario(), new ReadsScenario(), new MattersSearchScenario(), new IngestScenario(),
                new ReportsScenario(), new UnitMoveScenario(), new QueueScenario(), new XlsxExportScenario(),
                new XlsxScenario(), new HotSwapScenario(), new ClientScenario(), new ProvinceScenario());
    }

    private Main() {
    }

    public static void main(String[] args) {
        Options options;
        List<Scenario> selected;
        try {
            options = Options.parse(args);
            selected = select(options.scenarios);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println();
            System.err.print(usage());
            System.exit(2);
            return;
        }
        if (selected.isEmpty()) {
            System.out.print(usage());
            return;
        }
        System.exit(run(options, selected) ? 0 : 1);
    }

    /** The scenarios named, in the run's order; "all" is every one. */
    static List<Scenario> select(List<String> names) {
        Map<String, Scenario> known = new LinkedHashMap<>();
        scenarios().forEach(s -> known.put(s.name(), s));
        List<String> wanted = new ArrayList<>();
        for (String n : names) {
            if (n.equals("all")) {
                wanted.addAll(known.keySet());
            } else if (n.equals("list")) {
                continue;
            } else if (!known.containsKey(n)) {
                throw new IllegalArgumentException("unknown scenario " + n);
            } else {
                wanted.add(n);
            }
        }
        return known.values().stream().filter(s -> wanted.contains(s.name())).toList();
    }

    static String usage() {
        StringBuilder b = new StringBuilder();
        b.append("usage: releng/bin/bench SCENARIO... [--option value ...]    (all: every scenario)\n\n");
        b.append("Scenarios, run in this order whatever the order given:\n");
        for (Scenario s : scenarios()) {
            b.append(String.format("  %-10s %s%n", s.name(), s.summary()));
        }
        b.append("\nOptions (each scenario has its own default, shown above):\n");
        b.append("  --warmup S --round S    load warm-up and rounds, seconds (reads, matters, ingest, hotswap,\n");
        b.append("                          province)\n");
        b.append("  --derby-round S         raw Derby commit rounds, seconds (ingest)\n");
        b.append("  --rows N --calls N      evaluations bulk-loaded, report calls per kind (reports, unit-move)\n");
        b.append("  --report-warmup N       untimed report calls per kind before the timed ones (reports; 50)\n");
        b.append("  --starts N              cold and warm starts (startup)\n");
        b.append("  --compare DIR[,DIR]     other server folders (builds before a change), started alternately with\n");
        b.append("                          the full server, same rounds (startup)\n");
        b.append("  --clients N             clients on matters during the hot-swap (hotswap; env HOTSWAP_CLIENTS);\n");
        b.append("                          officers at once (province)\n");
        b.append("  --province-scale F      the province's size, 0 < F <= 1 (1: Sichuan's); --province-rows N and\n");
        b.append("                          --province-records N: its evaluations and handling records (province)\n");
        b.append("  --province-think S      an officer's mean pause after each answer in the paced round (s)\n");
        b.append("                          (province; default 1; 0: no paced round)\n");
        b.append("  --export-rows N         rows of the export (xlsx); --exports N: exports written\n");
        b.append("  --runs N                client launches, the first on a new database (client)\n");
        b.append("  --server-opts '-D...'   more system properties for every server started\n");
        b.append("  --json FILE             where the JSON goes (default target/bench/<time>.json)\n");
        b.append("Servers take a free port each (XINGFENG_BENCH_PORT fixes one).\n");
        return b.toString();
    }

    static boolean run(Options options, List<Scenario> selected) {
        ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
        long t0 = System.nanoTime();
        Machine machine = Machine.read();
        Report report = new Report(machine, started.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Machine.loadAverage(),
                options.given());
        System.out.println("Xingfeng benchmarks: " + String.join(", ", selected.stream().map(Scenario::name).toList()));
        System.out.println("  " + machine.describe());
        System.out.println("  1-minute load average at start: " + report.loadStart);
        Run run;
        try {
            run = new Run(options, report);
        } catch (Exception e) {
            System.err.println("bench failed: " + e);
            return false;
        }
        System.setProperty("derby.stream.error.file", run.work().resolve("derby.log").toString());
        Thread hook = new Thread(run::close);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            for (int i = 0; i < selected.size(); i++) {
                Scenario s = selected.get(i);
                Report.Section section = new Report.Section(s.name(), s.title());
                report.sections.add(section);
                System.out.println();
                System.out.println("== " + s.name() + ": " + s.title());
                section.loadStart = Machine.loadAverage();
                long s0 = System.nanoTime();
                try {
                    s.run(run, section);
                } catch (Exception e) {
                    System.out.flush();
                    System.err.println(s.name() + " failed: " + e);
                    e.printStackTrace();
                    section.failure = String.valueOf(e.getMessage() == null ? e : e.getMessage()).lines().findFirst()
                            .orElse("");
                }
                section.seconds = (System.nanoTime() - s0) / 1e9;
                section.loadEnd = Machine.loadAverage();
                if (selected.subList(i + 1, selected.size()).stream().noneMatch(Scenario::usesLoadedEvaluations)) {
                    EvaluationsData.release(run);
                }
            }
        } catch (Exception e) {
            System.err.println("bench failed: " + e);
        } finally {
            run.close();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        report.loadEnd = Machine.loadAverage();
        report.seconds = (System.nanoTime() - t0) / 1e9;
        System.out.println();
        System.out.println("Summary");
        System.out.println();
        System.out.print(report.markdown());
        Path json = Path.of(options.string("json", Path.of(System.getProperty("xingfeng.bench.results", "target/bench"))
                .resolve(started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json").toString()));
        try {
            report.writeJson(json);
            System.out.println();
            System.out.println("JSON: " + json.toAbsolutePath());
        } catch (Exception e) {
            System.err.println("could not write " + json + ": " + e);
            return false;
        }
        return report.passed();
    }
}
