package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 分项指标 over HTTP: ratings given with tickets at two windows and by two staff members, read back per indicator,
 * window, staff member, unit and month against sums worked by hand; the export; bad input named; reach and role.
 */
class IndicatorRatingsIT {

    static final String RATINGS = "/api/v1/evaluations/indicator-ratings";
    static String admin;
    static String officer;
    static String issuer;
    static String staff;
    static long county;
    static long other;
    static JsonNode memberA;
    static JsonNode memberB;
    static String period;
    static String unitName;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        JsonNode c = Fixtures.createCounty(admin);
        county = c.path("id").asLong();
        unitName = c.path("name").asText();
        other = Fixtures.createCounty(admin).path("id").asLong();
        memberA = Fixtures.createStaff(admin, county, "赵一");
        memberB = Fixtures.createStaff(admin, county, "钱二");
        officer = Fixtures.userAt(admin, "irofficer" + Api.unique(), List.of("evaluations.officer"), county, null);
        issuer = Fixtures.userAt(admin, "irissuer" + Api.unique(), List.of("evaluations.issuer"), county, null);
        staff = Fixtures.userAt(admin, "irstaff" + Api.unique(), List.of("staff"), county, null);
        LocalDate today = EvaluationsReachCases.today();
        period = "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        // window 1, 赵一: overall 5 and 3, attitude 4 and 2; window 2, 钱二: overall 1; an online rating without a window
        rate(memberA, "1", Map.of("overall", 5, "attitude", 4), "WINDOW_DEVICE");
        rate(memberA, "1", Map.of("overall", 3, "attitude", 2), "WINDOW_DEVICE");
        rate(memberB, "2", Map.of("overall", 1), "WINDOW_DEVICE");
        rate(null, null, Map.of("overall", 4, "guide", 5), "WEB");
        rate(memberB, "2", Map.of(), "WINDOW_DEVICE"); // no ratings: counted nowhere here
    }

    static void rate(JsonNode member, String window, Map<String, Integer> indicators, String channel) {
        Map<String, Object> d = new HashMap<>();
        d.put("unitId", county);
        d.put("recordNo", "IR-" + Api.unique());
        if (member != null) {
            d.put("staffNumber", member.path("staffNumber").asText());
        }
        if (window != null) {
            d.put("windowNo", window);
        }
        Api.Reply t = Api.post("/api/v1/evaluations/tickets", issuer, Api.json(d));
        assertEquals(201, t.status(), t.text());
        Map<String, Object> e = new HashMap<>();
        e.put("ticket", t.json().path("token").asText());
        e.put("level", 4);
        e.put("channel", channel);
        e.put("indicators", indicators);
        Api.Reply r = Api.post("/api/v1/evaluations/submissions", null, Api.json(e));
        assertEquals(201, r.status(), r.text());
    }

    static JsonNode line(JsonNode list, String label, String indicator) {
        for (JsonNode n : list) {
            if (n.path("label").asText().equals(label) && n.path("indicator").asText().equals(indicator)) {
                return n;
            }
        }
        throw new AssertionError("no line " + label + "/" + indicator + " in " + list);
    }

    @Test
    void ratingsArePerIndicatorAndPartAsWorkedByHand() {
        JsonNode total = Api.get(RATINGS + "?unitId=" + county + period, officer).json();
        JsonNode overall = line(total, "合计", "overall");
        assertEquals(4, overall.path("rated").asLong(), total.toString()); // 5, 3, 1, 4
        assertEquals(3.25, overall.path("average").asDouble(), 1e-9);
        assertEquals(0.75, overall.path("satisfied").asDouble(), 1e-9);
        assertEquals("整体满意度", overall.path("indicatorName").asText());
        assertTrue(overall.path("key").isNull(), overall.toString());
        assertEquals(3.0, line(total, "合计", "attitude").path("average").asDouble(), 1e-9); // (4 + 2) / 2
        assertEquals(1, line(total, "合计", "guide").path("rated").asLong());

        JsonNode windows = Api.get(RATINGS + "?by=WINDOW&unitId=" + county + period, officer).json();
        assertEquals(4.0, line(windows, unitName + " 1号窗口", "overall").path("average").asDouble(), 1e-9);
        assertEquals(1.0, line(windows, unitName + " 2号窗口", "overall").path("average").asDouble(), 1e-9);
        assertEquals(0.0, line(windows, unitName + " 2号窗口", "overall").path("satisfied").asDouble(), 1e-9);

        JsonNode people = Api.get(RATINGS + "?by=STAFF&unitId=" + county + period, officer).json();
        assertEquals(2, line(people, "赵一", "attitude").path("rated").asLong());
        assertEquals(1, line(people, "钱二", "overall").path("rated").asLong());
        JsonNode online = Api.get(RATINGS + "?channel=WEB&unitId=" + county + period, officer).json();
        assertEquals(2, online.size(), online.toString());
        JsonNode months = Api.get(RATINGS + "?by=MONTH&unitId=" + county + period, officer).json();
        assertTrue(months.get(0).path("key").asText().matches("\\d{4}-\\d{2}"), months.toString());
        JsonNode units = Api.get(RATINGS + "?by=UNIT&unitId=" + county + period, officer).json();
        assertEquals(4, line(units, unitName, "overall").path("rated").asLong());
    }

    @Test
    void theExportHasTheSameLines() throws Exception {
        Api.Reply x = Api.get(RATINGS + "?by=WINDOW&format=xlsx&unitId=" + county + period, officer);
        assertEquals(200, x.status(), x.text());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.bytes()))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("统计对象", s.getRow(0).getCell(0).getStringCellValue());
            JsonNode json = Api.get(RATINGS + "?by=WINDOW&unitId=" + county + period, officer).json();
            assertEquals(json.size(), s.getLastRowNum(), "one row per line");
        }
    }

    @Test
    void badInputReachAndRole() {
        Api.Reply noFrom = Api.get(RATINGS + "?unitId=" + county + "&to=2026-01-01", officer);
        assertEquals(400, noFrom.status(), noFrom.text());
        assertEquals("from", noFrom.json().path("details").get(0).path("field").asText());
        Api.Reply backwards = Api.get(RATINGS + "?unitId=" + county + "&from=2026-02-01&to=2026-01-01", officer);
        assertEquals("to", backwards.json().path("details").get(0).path("field").asText());
        Api.Reply by = Api.get(RATINGS + "?by=HOUR&unitId=" + county + period, officer);
        assertEquals(400, by.status());
        assertEquals("by", by.json().path("details").get(0).path("field").asText());
        assertEquals(404, Api.get(RATINGS + "?unitId=" + other + period, officer).status(), "another county");
        assertEquals(403, Api.get(RATINGS + "?unitId=" + county + period, staff).status());
        assertEquals(401, Api.get(RATINGS + "?unitId=" + county + period, null).status());
        // without a unit: the officer's reach only
        JsonNode reach = Api.get(RATINGS + "?by=UNIT" + period, officer).json();
        reach.forEach(n -> assertEquals(Long.toString(county), n.path("key").asText(), reach.toString()));
    }
}
