package org.xingfeng.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    private static Report sample() {
        Machine m = new Machine("2", "AMD EPYC", "23.5 GiB", "17.0.15", "Linux 6.18");
        Report r = new Report(m, "2026-12-02T06:00:00Z", "1.60", Map.of("round", "3"));
        r.loadEnd = "4.20";
        r.seconds = 61.4;
        Report.Section s = new Report.Section("reads", "Authenticated reads");
        s.loadStart = "1.60";
        s.loadEnd = "3.90";
        s.seconds = 30.2;
        s.parameters.put("round", "3 s");
        s.row("`GET /api/v1/org/units`, 8 clients", "4,936 req/s; p50 1.20 ms", "JDK HttpServer: 17,924 req/s", "0.28")
                .figure("requestsPerSecond", 4936.2049).figure("p99Ms", Double.NaN).figure("errors", 0L);
        s.row("a | b", null, "", "x");
        s.check("every 201 stored", true);
        s.note("Ratio: server / baseline.");
        r.sections.add(s);
        return r;
    }

    @Test
    void markdownHasTheMachineTheLoadAndOneTablePerScenario() {
        String md = sample().markdown();
        assertTrue(md.startsWith("Machine: 2 CPUs (nproc), AMD EPYC, 23.5 GiB RAM, Java 17.0.15, Linux 6.18\n"), md);
        assertTrue(md.contains("1-minute load average 1.60 at the start, 4.20 at the end"), md);
        assertTrue(md.contains("### Authenticated reads (`reads`)\n"), md);
        assertTrue(md.contains("Load average 1.60 at its start, 3.90 at its end; 30 s; round 3 s\n"), md);
        assertTrue(
                md.contains("| Measure | Xingfeng | Machine limit, same run | Ratio or target |\n|---|---|---|---|\n"),
                md);
        assertTrue(md.contains(
                "| `GET /api/v1/org/units`, 8 clients | 4,936 req/s; p50 1.20 ms | JDK HttpServer: 17,924 req/s | 0.28 |"),
                md);
        assertTrue(md.contains("Checks: 1 passed, 0 failed"), md);
        assertTrue(md.contains("Ratio: server / baseline."), md);
    }

    @Test
    void tableCellsAreEscapedAndBlankCellsShownAsDash() {
        assertEquals("| a \\| b | - | - | x |", Report.tableLine("a | b", null, "", "x"));
        assertEquals("| one two |", Report.tableLine("one\ntwo"));
    }

    @Test
    void aFailedCheckOrFailureFailsTheRun() {
        Report r = sample();
        assertTrue(r.passed());
        // a fixture's failure, not the run's: kept out of the output the test command's summary reads
        r.sections.get(0).out = new PrintStream(OutputStream.nullOutputStream());
        r.sections.get(0).check("counts match", false);
        assertFalse(r.passed());
        assertTrue(r.markdown().contains("Checks: 1 passed, 1 failed; FAILED: counts match"));
        Report other = sample();
        other.sections.get(0).failure = "server not ready";
        assertFalse(other.passed());
    }

    @Test
    void jsonHoldsTheMachineTheRowsAndTheirFigures(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bench/20261202-060000.json");
        sample().writeJson(file);
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        assertEquals("2", root.path("machine").path("cores").asText());
        assertEquals("1.60", root.path("machine").path("loadAverageStart").asText());
        assertEquals("4.20", root.path("machine").path("loadAverageEnd").asText());
        assertEquals("3", root.path("options").path("round").asText());
        assertTrue(root.path("passed").asBoolean());
        JsonNode section = root.path("scenarios").get(0);
        assertEquals("reads", section.path("scenario").asText());
        assertEquals("3.90", section.path("loadAverageEnd").asText());
        JsonNode row = section.path("rows").get(0);
        assertEquals("0.28", row.path("comparison").asText());
        assertEquals(4936.205, row.path("figures").path("requestsPerSecond").asDouble());
        assertTrue(row.path("figures").path("p99Ms").isNull());
        assertEquals(0, row.path("figures").path("errors").asLong());
        assertEquals("every 201 stored", section.path("checks").get(0).path("name").asText());
        assertEquals(2, section.path("rows").size());
    }
}
