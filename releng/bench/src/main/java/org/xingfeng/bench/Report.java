package org.xingfeng.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of one run: per scenario a table whose every figure stands beside the machine's limit measured in the
 * same run, the checks the scenario made, and the machine with its load average at start and end. Printed as Markdown
 * (ready for the README) and written as JSON.
 */
final class Report {

    static final String[] HEADER = { "Measure", "Xingfeng", "Machine limit, same run", "Ratio or target" };

    /** One line of a table; figures are the numbers behind its text, for the JSON file. */
    static final class Row {
        final String measure;
        final String value;
        final String limit;
        final String comparison;
        final Map<String, Object> figures = new LinkedHashMap<>();

        Row(String measure, String value, String limit, String comparison) {
            this.measure = measure;
            this.value = value;
            this.limit = limit;
            this.comparison = comparison;
        }

        Row figure(String name, Object number) {
            figures.put(name, number instanceof Double d ? Stats.round(d) : number);
            return this;
        }
    }

    record Check(String name, boolean ok) {
    }

    /** What one scenario measured. */
    static final class Section {
        final String scenario;
        final String title;
        final List<Row> rows = new ArrayList<>();
        final List<Check> checks = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final Map<String, Object> parameters = new LinkedHashMap<>();
        String loadStart;
        String loadEnd;
        double seconds;
        String failure;

        Section(String scenario, String title) {
            this.scenario = scenario;
            this.title = title;
        }

        Row row(String measure, String value, String limit, String comparison) {
            Row r = new Row(measure, value, limit, comparison);
            rows.add(r);
            return r;
        }

        /** Where checks are printed (the test command's summary repeats the lines beginning "FAIL"). */
        PrintStream out = System.out;

        /** Records a check and prints it at once, as the tests do. */
        boolean check(String name, boolean ok) {
            checks.add(new Check(name, ok));
            out.println("  " + (ok ? "ok   " : "FAIL ") + name);
            return ok;
        }

        void note(String text) {
            notes.add(text);
        }

        boolean passed() {
            return failure == null && checks.stream().allMatch(Check::ok);
        }
    }

    final Machine machine;
    final String started;
    final String loadStart;
    final Map<String, Object> options;
    final List<Section> sections = new ArrayList<>();
    String loadEnd;
    double seconds;

    Report(Machine machine, String started, String loadStart, Map<String, Object> options) {
        this.machine = machine;
        this.started = started;
        this.loadStart = loadStart;
        this.options = options;
    }

    boolean passed() {
        return sections.stream().allMatch(Section::passed);
    }

    /** The tables as Markdown, one per scenario, after a line on the machine. */
    String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("Machine: ").append(machine.describe()).append('\n');
        b.append("1-minute load average ").append(loadStart).append(" at the start, ").append(loadEnd)
                .append(" at the end (includes the run's own load); run took ").append(Math.round(seconds))
                .append(" s\n");
        for (Section s : sections) {
            b.append('\n').append("### ").append(s.title).append(" (`").append(s.scenario).append("`)\n\n");
            b.append("Load average ").append(s.loadStart).append(" at its start, ").append(s.loadEnd)
                    .append(" at its end; ")
                    .append(Math.round(s.seconds)).append(" s");
            if (!s.parameters.isEmpty()) {
                b.append("; ");
                List<String> p = new ArrayList<>();
                s.parameters.forEach((k, v) -> p.add(k + " " + v));
                b.append(String.join(", ", p));
            }
            b.append("\n\n");
            if (!s.rows.isEmpty()) {
                b.append(tableLine(HEADER)).append('\n').append("|---|---|---|---|\n");
                for (Row r : s.rows) {
                    b.append(tableLine(r.measure, r.value, r.limit, r.comparison)).append('\n');
                }
                b.append('\n');
            }
            for (String n : s.notes) {
                b.append(n).append('\n');
            }
            long failed = s.checks.stream().filter(c -> !c.ok()).count();
            if (!s.checks.isEmpty()) {
                b.append("Checks: ").append(s.checks.size() - failed).append(" passed, ").append(failed)
                        .append(" failed");
                s.checks.stream().filter(c -> !c.ok()).forEach(c -> b.append("; FAILED: ").append(c.name()));
                b.append('\n');
            }
            if (s.failure != null) {
                b.append("FAILED: ").append(s.failure).append('\n');
            }
        }
        return b.toString();
    }

    /** A Markdown table line; a "|" inside a cell is escaped, a missing cell is "-". */
    static String tableLine(String... cells) {
        StringBuilder b = new StringBuilder("|");
        for (String c : cells) {
            String text = c == null || c.isBlank() ? "-" : c.replace("|", "\\|").replace("\n", " ");
            b.append(' ').append(text).append(" |");
        }
        return b.toString();
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("started", started);
        m.put("seconds", Stats.round(seconds));
        Map<String, Object> mc = new LinkedHashMap<>();
        mc.put("cores", machine.cores());
        mc.put("cpu", machine.cpu());
        mc.put("memory", machine.memory());
        mc.put("java", machine.java());
        mc.put("os", machine.os());
        mc.put("loadAverageStart", loadStart);
        mc.put("loadAverageEnd", loadEnd);
        m.put("machine", mc);
        m.put("options", options);
        m.put("passed", passed());
        List<Object> list = new ArrayList<>();
        for (Section s : sections) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("scenario", s.scenario);
            sm.put("title", s.title);
            sm.put("seconds", Stats.round(s.seconds));
            sm.put("loadAverageStart", s.loadStart);
            sm.put("loadAverageEnd", s.loadEnd);
            sm.put("parameters", s.parameters);
            List<Object> rows = new ArrayList<>();
            for (Row r : s.rows) {
                Map<String, Object> rm = new LinkedHashMap<>();
                rm.put("measure", r.measure);
                rm.put("value", r.value);
                rm.put("limit", r.limit);
                rm.put("comparison", r.comparison);
                rm.put("figures", r.figures);
                rows.add(rm);
            }
            sm.put("rows", rows);
            List<Object> checks = new ArrayList<>();
            for (Check c : s.checks) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("name", c.name());
                cm.put("ok", c.ok());
                checks.add(cm);
            }
            sm.put("checks", checks);
            sm.put("notes", s.notes);
            sm.put("failure", s.failure);
            list.add(sm);
        }
        m.put("scenarios", list);
        return m;
    }

    String json() throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toMap());
    }

    void writeJson(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, json() + "\n");
    }
}
