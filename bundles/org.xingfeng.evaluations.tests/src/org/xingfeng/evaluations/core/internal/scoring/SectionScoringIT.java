package org.xingfeng.evaluations.core.internal.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.api.scoring.Quarter;
import org.xingfeng.evaluations.core.internal.EvalFixtures;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 科室服务质量季度考评 through the real server: score sheets, the public group from real 好差评 evaluations, the
 * ranking with benchmark sections, the annual award list, bad sheets and access.
 */
class SectionScoringIT {

    static final String BASE = "/api/v1/evaluations/scoring";
    static final Quarter NOW = Quarter.of(LocalDate.now(ZoneId.of("Asia/Shanghai")));
    static String admin;
    static String officer;
    static String staffUser;

    @BeforeAll
    static void setUp() throws InterruptedException {
        EvalFixtures.awaitPaths(BASE + "/rules", BASE + "/sheets?unitId=1&quarter=2026-Q1");
        admin = Api.admin();
        officer = Fixtures.userWithRoles(admin, "scorer." + Api.unique(), List.of("evaluations.officer", "staff"));
        staffUser = Fixtures.userWithRoles(admin, "viewer." + Api.unique(), List.of("staff"));
    }

    static Map<String, Object> sheet(long sectionId, Object quarter, String group, long rater, List<Double> items) {
        Map<String, Object> s = new HashMap<>();
        s.put("sectionId", sectionId);
        s.put("quarter", quarter.toString());
        s.put("group", group);
        s.put("raterStaffId", rater);
        s.put("items", items);
        return s;
    }

    static List<Double> five(double each) {
        return List.of(each, each, each, each, each);
    }

    static void submit(long sectionId, Object quarter, String group, long rater, List<Double> items) {
        Api.Reply r = Api.post(BASE + "/sheets", officer, Api.json(sheet(sectionId, quarter, group, rater, items)));
        assertEquals(201, r.status(), r.text());
    }

    static void evaluate(long unit, String staffNumber, String level) {
        Map<String, Object> e = Map.of("unitId", unit, "recordNo", "R-" + Api.unique(), "level", level, "channel",
                "WINDOW_DEVICE", "windowNo", "3", "staffNumber", staffNumber);
        Api.Reply r = Api.post("/api/v1/evaluations/submissions", null,
                Api.json(org.xingfeng.evaluations.core.internal.EvalFixtures.ticketed(e)));
        assertEquals(201, r.status(), r.text());
    }

    static JsonNode section(JsonNode ranking, long id) {
        for (JsonNode s : ranking.path("sections")) {
            if (s.path("sectionId").asLong() == id) {
                return s;
            }
        }
        throw new AssertionError("section " + id + " not in " + ranking);
    }

    static JsonNode group(JsonNode section, String group) {
        for (JsonNode g : section.path("groups")) {
            if (g.path("group").asText().equals(group)) {
                return g;
            }
        }
        throw new AssertionError(group + " not in " + section);
    }

    @Test
    void sectionsAreRankedWithThePublicsSatisfactionFromRealEvaluationsAndTheTopThreeAreBenchmarks()
            throws IOException {
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        long a = EvalFixtures.section(admin, unit, "征缴科").path("id").asLong();
        long b = EvalFixtures.section(admin, unit, "待遇科").path("id").asLong();
        long c = EvalFixtures.section(admin, unit, "稽核科").path("id").asLong();
        long d = EvalFixtures.section(admin, unit, "办公室").path("id").asLong();
        long e = EvalFixtures.section(admin, unit, "信息科").path("id").asLong();
        long leader1 = EvalFixtures.staff(admin, unit, null, "班子甲").path("id").asLong();
        long leader2 = EvalFixtures.staff(admin, unit, null, "班子乙").path("id").asLong();
        long chief = EvalFixtures.staff(admin, unit, e, "科长丙").path("id").asLong();
        long colleague = EvalFixtures.staff(admin, unit, d, "同事丁").path("id").asLong();
        String clerkA = EvalFixtures.staff(admin, unit, a, "柜员A").path("staffNumber").asText();
        String clerkB = EvalFixtures.staff(admin, unit, b, "柜员B").path("staffNumber").asText();

        // the public: section A 3 satisfied + 1 dissatisfied = 0.75 → 75; section B 2 very satisfied = 1.0 → 100
        evaluate(unit, clerkA, "SATISFIED");
        evaluate(unit, clerkA, "BASICALLY_SATISFIED");
        evaluate(unit, clerkA, "VERY_SATISFIED");
        evaluate(unit, clerkA, "DISSATISFIED");
        evaluate(unit, clerkB, "VERY_SATISFIED");
        evaluate(unit, clerkB, "VERY_SATISFIED");

        // A: leadership 90, peers 80, colleagues 70, public 75
        // → 0.30 × 90 + 0.25 × 80 + 0.20 × 70 + 0.25 × 75 = 27 + 20 + 14 + 18.75 = 79.75
        submit(a, NOW, "LEADERSHIP", leader1, five(18));
        submit(a, NOW, "PEER_CHIEFS", chief, five(16));
        submit(a, NOW, "COLLEAGUES", colleague, five(14));
        // B: leadership 85 and public 100 only → (30 × 85 + 25 × 100) / 55 = 5050 / 55 = 91.818… → 91.82
        submit(b, NOW, "LEADERSHIP", leader1, five(17));
        // C: leadership (80 + 89.5) / 2 = 84.75, colleagues 95, no evaluations
        // → (30 × 84.75 + 20 × 95) / 50 = (2542.5 + 1900) / 50 = 88.85
        submit(c, NOW, "LEADERSHIP", leader1, five(16));
        submit(c, NOW, "LEADERSHIP", leader2, List.of(18.0, 18.0, 18.0, 18.0, 17.5));
        submit(c, NOW, "COLLEAGUES", colleague, five(19));
        // E: leadership 50 only → 50.00; D: nothing at all → unranked
        submit(e, NOW, "LEADERSHIP", leader1, five(10));

        JsonNode ranking = Api.get(BASE + "/units/" + unit + "/quarters/" + NOW + "/ranking", staffUser).json();
        assertEquals(NOW.toString(), ranking.path("quarter").asText());
        assertEquals(List.of(b, c, a, e, d), ids(ranking));
        JsonNode sa = section(ranking, a);
        assertEquals(79.75, sa.path("score").asDouble(), 1e-9, sa.toString());
        assertEquals(75.0, group(sa, "PUBLIC").path("average").asDouble(), 1e-9);
        assertEquals(4, group(sa, "PUBLIC").path("count").asInt(), "four evaluations counted");
        assertEquals(25.0, group(sa, "PUBLIC").path("appliedWeight").asDouble(), 1e-9);
        JsonNode sb = section(ranking, b);
        assertEquals(91.82, sb.path("score").asDouble(), 1e-9, sb.toString());
        assertEquals(100.0, group(sb, "PUBLIC").path("average").asDouble(), 1e-9);
        assertEquals(1, sb.path("rank").asInt());
        JsonNode sc = section(ranking, c);
        assertEquals(88.85, sc.path("score").asDouble(), 1e-9, sc.toString());
        assertTrue(group(sc, "PUBLIC").path("average").isNull(), "no evaluations: the public group is left out");
        assertEquals(0.0, group(sc, "PUBLIC").path("appliedWeight").asDouble(), 1e-9);
        assertTrue(sc.path("notes").toString().contains("无群众评价"), sc.toString());
        assertTrue(sa.path("notes").isEmpty(), "A has every group");
        assertEquals(60.0, group(sc, "LEADERSHIP").path("appliedWeight").asDouble(), 1e-9, "30 of the remaining 50");
        assertEquals(2, group(sc, "LEADERSHIP").path("count").asInt());
        assertEquals(List.of(true, true, true, false, false), benchmarks(ranking));
        assertEquals(4, section(ranking, e).path("rank").asInt());
        assertTrue(section(ranking, d).path("rank").isNull());
        assertTrue(section(ranking, d).path("score").isNull());

        Api.Reply xlsx = Api.get(BASE + "/units/" + unit + "/quarters/" + NOW + "/ranking?format=xlsx", staffUser);
        assertEquals(200, xlsx.status());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("名次", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("待遇科", s.getRow(1).getCell(1).getStringCellValue());
            assertEquals(91.82, s.getRow(1).getCell(2).getNumericCellValue(), 1e-9);
            assertEquals("是", s.getRow(1).getCell(3).getStringCellValue());
            assertEquals(5, s.getLastRowNum());
        }

        JsonNode sheets = Api.get(BASE + "/sheets?unitId=" + unit + "&quarter=" + NOW + "&sectionId=" + c, officer)
                .json();
        assertEquals(2 + 1, sheets.size());
        assertEquals(403, Api.get(BASE + "/sheets?unitId=" + unit + "&quarter=" + NOW, staffUser).status());
        long sheetId = sheets.get(0).path("id").asLong();
        assertTrue(Api.get("/api/v1/audit?entityType=evaluations.scoreSheet&entityId=" + sheetId, admin).json()
                .path("total").asInt() >= 1);
    }

    static List<Long> ids(JsonNode ranking) {
        List<Long> ids = new java.util.ArrayList<>();
        ranking.path("sections").forEach(s -> ids.add(s.path("sectionId").asLong()));
        return ids;
    }

    static List<Boolean> benchmarks(JsonNode ranking) {
        List<Boolean> list = new java.util.ArrayList<>();
        ranking.path("sections").forEach(s -> list.add(s.path("benchmark").asBoolean()));
        return list;
    }

    @Test
    void aSectionThatIsBenchmarkInTwoQuartersOfAYearIsEligibleForTheAnnualAward() {
        int year = NOW.year() - 1;
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        long w = EvalFixtures.section(admin, unit, "甲科").path("id").asLong();
        long x = EvalFixtures.section(admin, unit, "乙科").path("id").asLong();
        long y = EvalFixtures.section(admin, unit, "丙科").path("id").asLong();
        long z = EvalFixtures.section(admin, unit, "丁科").path("id").asLong();
        long leader = EvalFixtures.staff(admin, unit, null, "班子").path("id").asLong();
        // Q1: w 90, x 85, y 80, z 70 → benchmarks w, x, y
        submit(w, year + "-Q1", "LEADERSHIP", leader, five(18));
        submit(x, year + "-Q1", "LEADERSHIP", leader, five(17));
        submit(y, year + "-Q1", "LEADERSHIP", leader, five(16));
        submit(z, year + "-Q1", "LEADERSHIP", leader, five(14));
        // Q2: z 95, w 60, x 59, y 58 → benchmarks z, w, x
        submit(z, year + "-Q2", "LEADERSHIP", leader, five(19));
        submit(w, year + "-Q2", "LEADERSHIP", leader, five(12));
        submit(x, year + "-Q2", "LEADERSHIP", leader, List.of(12.0, 12.0, 12.0, 12.0, 11.0));
        submit(y, year + "-Q2", "LEADERSHIP", leader, List.of(12.0, 12.0, 12.0, 11.0, 11.0));
        // → w 2 (Q1, Q2) and x 2 are eligible; y 1 and z 1 are not
        JsonNode awards = Api.get(BASE + "/units/" + unit + "/years/" + year + "/awards", staffUser).json();
        assertEquals(4, awards.size(), awards.toString());
        assertEquals(w, awards.get(0).path("sectionId").asLong());
        assertEquals(x, awards.get(1).path("sectionId").asLong());
        assertTrue(awards.get(0).path("eligible").asBoolean());
        assertTrue(awards.get(1).path("eligible").asBoolean());
        assertFalse(awards.get(2).path("eligible").asBoolean());
        assertFalse(awards.get(3).path("eligible").asBoolean());
        assertEquals(List.of(year + "-Q1", year + "-Q2"),
                List.of(awards.get(0).path("benchmarkQuarters").get(0).asText(),
                        awards.get(0).path("benchmarkQuarters").get(1).asText()));
        assertEquals(200,
                Api.get(BASE + "/units/" + unit + "/years/" + year + "/awards?format=xlsx", staffUser).status());
        assertEquals(400, Api.get(BASE + "/units/" + unit + "/years/19/awards", staffUser).status());
        assertEquals(404, Api.get(BASE + "/units/987654321/years/" + year + "/awards", staffUser).status());
    }

    @Test
    void badSheetsAreRefusedWithTheFieldNamedAndStoreNothing() {
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        long s = EvalFixtures.section(admin, unit, "医保科").path("id").asLong();
        long rater = EvalFixtures.staff(admin, unit, null, "评分人").path("id").asLong();
        long otherUnit = Fixtures.createCounty(admin).path("id").asLong();
        long stranger = EvalFixtures.staff(admin, otherUnit, null, "外单位").path("id").asLong();

        assertField("items[0]", sheet(s, NOW, "LEADERSHIP", rater, List.of(21.0, 20.0, 20.0, 20.0, 20.0)));
        assertField("items[4]", sheet(s, NOW, "LEADERSHIP", rater, List.of(20.0, 20.0, 20.0, 20.0, -0.5)));
        assertField("items", sheet(s, NOW, "LEADERSHIP", rater, List.of(20.0, 20.0, 20.0, 20.0)));
        assertField("group", sheet(s, NOW, "PUBLIC", rater, five(20)));
        assertField("quarter", sheet(s, "2026-Q5", "LEADERSHIP", rater, five(20)));
        assertField("quarter", sheet(s, new Quarter(NOW.year() + 1, 1), "LEADERSHIP", rater, five(20)));
        assertField("sectionId", sheet(987654321L, NOW, "LEADERSHIP", rater, five(20)));
        assertField("raterStaffId", sheet(s, NOW, "LEADERSHIP", stranger, five(20)));
        Map<String, Object> unknown = sheet(s, NOW, "LEADERSHIP", rater, five(20));
        unknown.put("comment", "好");
        Api.Reply u = Api.post(BASE + "/sheets", officer, Api.json(unknown));
        assertEquals(400, u.status());
        assertEquals("malformed_json", u.error());
        assertEquals(400, Api.post(BASE + "/sheets", officer, "{\"sectionId\": ").status());
        assertEquals(400, Api.post(BASE + "/sheets", officer, "{\"items\": \"twenty\"}").status());
        Map<String, Object> badGroup = sheet(s, NOW, "FRIENDS", rater, five(20));
        assertEquals(400, Api.post(BASE + "/sheets", officer, Api.json(badGroup)).status());
        assertEquals(0, Api.get(BASE + "/sheets?unitId=" + unit + "&quarter=" + NOW, officer).json().size(),
                "nothing stored");

        submit(s, NOW, "COLLEAGUES", rater, five(15));
        Api.Reply twice = Api.post(BASE + "/sheets", officer, Api.json(sheet(s, NOW, "LEADERSHIP", rater, five(20))));
        assertEquals(409, twice.status(), "one sheet per rater, section and quarter");
        JsonNode stored = Api.get(BASE + "/sheets?unitId=" + unit + "&quarter=" + NOW, officer).json();
        assertEquals(1, stored.size());
        assertEquals(75.0, stored.get(0).path("total").asDouble(), 1e-9);
        assertEquals(400, Api.get(BASE + "/units/" + unit + "/quarters/2026-Q9/ranking", officer).status());
        assertEquals(404, Api.get(BASE + "/units/987654321/quarters/" + NOW + "/ranking", officer).status());

        long id = stored.get(0).path("id").asLong();
        assertEquals(204, Api.delete(BASE + "/sheets/" + id, officer).status());
        assertEquals(404, Api.delete(BASE + "/sheets/" + id, officer).status());
        submit(s, NOW, "LEADERSHIP", rater, five(20));
    }

    static void assertField(String field, Map<String, Object> sheet) {
        Api.Reply r = Api.post(BASE + "/sheets", officer, Api.json(sheet));
        assertEquals(400, r.status(), r.text());
        assertEquals("validation_failed", r.error());
        assertEquals(field, r.json().path("details").get(0).path("field").asText(), r.text());
    }

    @Test
    void onlyOfficersAndAdministratorsEnterSheetsAndEveryoneLoggedInReadsRankings() {
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        long s = EvalFixtures.section(admin, unit, "财务科").path("id").asLong();
        long rater = EvalFixtures.staff(admin, unit, null, "评分人").path("id").asLong();
        String body = Api.json(sheet(s, NOW, "LEADERSHIP", rater, five(18)));
        assertEquals(401, Api.post(BASE + "/sheets", null, body).status());
        assertEquals(403, Api.post(BASE + "/sheets", staffUser, body).status());
        assertEquals(401, Api.get(BASE + "/units/" + unit + "/quarters/" + NOW + "/ranking", null).status());
        assertEquals(401, Api.get(BASE + "/units/" + unit + "/years/2026/awards", null).status());
        assertEquals(401, Api.get(BASE + "/rules", null).status());
        JsonNode rules = Api.get(BASE + "/rules", staffUser).json();
        assertEquals(5, rules.path("items").size());
        assertEquals(30.0, rules.path("weights").path("LEADERSHIP").asDouble(), 1e-9);
        assertEquals(3, rules.path("benchmarkCount").asInt());
        assertEquals(0, Api.get(BASE + "/units/" + unit + "/quarters/" + NOW + "/ranking", staffUser).json()
                .path("sections").get(0).path("groups").get(0).path("count").asInt());
        assertEquals(201, Api.post(BASE + "/sheets", admin, body).status());
        assertEquals(403, Api.delete(BASE + "/sheets/1", staffUser).status());
    }
}
