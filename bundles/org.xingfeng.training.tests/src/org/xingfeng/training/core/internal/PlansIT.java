package org.xingfeng.training.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.training.core.internal.TrainingFixtures.API;
import static org.xingfeng.training.core.internal.TrainingFixtures.ok;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 年度培训计划 over HTTP, for a past year so the day it is read does not matter: a county's plan with a course held,
 * one overdue and one for December, a course held outside the plan, progress and coverage against the targets worked
 * by hand, the XLSX; one plan per unit and year; linked courses checked; update and delete.
 */
class PlansIT {

    static final String PLANS = API + "/plans";
    static String admin;
    static String officer;
    static long county;
    static long courseA;
    static long courseB;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        county = Fixtures.createCounty(admin).path("id").asLong();
        officer = Fixtures.userAt(admin, "trn.plan." + Api.unique(), List.of("training.officer"), county, null);
        // 2025-03-03..07 is Monday to Friday: five working days, the window staff's training
        courseA = TrainingFixtures.course(officer, county, "政策法规培训", "2025-03-03", "2025-03-07", "WINDOW_STAFF")
                .path("id").asLong();
        courseB = TrainingFixtures.course(officer, county, "服务礼仪提升", "2025-09-01", "2025-09-05", "WINDOW_STAFF")
                .path("id").asLong();
        long trained = Fixtures.createStaff(admin, county, "计划甲").path("id").asLong();
        Fixtures.createStaff(admin, county, "计划乙");
        long session = TrainingFixtures.session(officer, courseA, "2025-03-03"); // 09:00-12:00, 3 hours
        TrainingFixtures.attend(officer, session, trained, Map.of());
    }

    static Map<String, Object> item(String title, int month, Long courseId) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("kind", "POLICY");
        m.put("tiers", List.of("WINDOW_STAFF"));
        m.put("month", month);
        m.put("days", 5);
        m.put("participants", 2);
        m.put("courseId", courseId);
        return m;
    }

    static Map<String, Object> plan(long unit, int year, List<Map<String, Object>> items) {
        Map<String, Object> m = new HashMap<>();
        m.put("unitId", unit);
        m.put("year", year);
        m.put("targetCoverage", 0.9);
        m.put("targetHoursPerHead", 10);
        m.put("note", "按三年全覆盖要求安排");
        m.put("items", items);
        return m;
    }

    @Test
    void progressAgainstThePlanAndItsTargets() {
        JsonNode made = ok(Api.post(PLANS, officer, Api.json(plan(county, 2025, List.of(item("政策法规培训", 3, courseA),
                item("经办流程培训", 6, null), item("岗位练兵", 12, null))))), 201, "plan");
        long id = made.path("id").asLong();
        assertEquals(3, made.path("items").size());
        assertEquals(2, made.path("items").get(1).path("position").asInt());

        JsonNode p = ok(Api.get(PLANS + "/" + id + "/progress", officer), 200, "progress");
        assertEquals("2025-12-31", p.path("asOf").asText());
        assertEquals(3, p.path("planned").asInt());
        assertEquals(1, p.path("held").asInt());
        assertEquals(1, p.path("overdue").asInt());
        assertEquals(0.3333, p.path("heldShare").asDouble());
        assertEquals(List.of("HELD", "OVERDUE", "PLANNED"),
                p.path("items").findValuesAsText("state"));
        assertEquals(1, p.path("items").get(0).path("attended").asInt());
        assertEquals(5, p.path("items").get(0).path("courseWorkingDays").asInt());
        assertEquals(List.of(courseB), p.path("unplanned").findValues("id").stream()
                .filter(JsonNode::isNumber).map(JsonNode::asLong).filter(x -> x == courseB).toList());
        assertEquals(1, p.path("unplanned").size());
        // one of the two window staff trained; 3 hours over two heads
        assertEquals(0.5, p.path("coverage").asDouble());
        assertEquals(false, p.path("coverageMet").asBoolean());
        assertEquals(1.5, p.path("hoursPerHead").asDouble());
        assertEquals(false, p.path("hoursMet").asBoolean());

        Api.Reply xlsx = Api.get(PLANS + "/" + id + "/progress?format=xlsx", officer);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().contains("spreadsheetml"), xlsx.contentType());
        Api.Reply list = Api.get(PLANS + "?unitId=" + county + "&format=xlsx", officer);
        assertEquals(200, list.status());
        JsonNode plans = ok(Api.get(PLANS + "?unitId=" + county + "&year=2025", officer), 200, "list");
        assertEquals(1, plans.size());

        Api.Reply twice = Api.post(PLANS, officer, Api.json(plan(county, 2025, List.of())));
        assertEquals(409, twice.status());
        assertEquals("plan_exists", twice.json().path("error").asText());

        // an auditor of the county reads; staff do not
        String auditor = Fixtures.userAt(admin, "trn.plan.aud." + Api.unique(), List.of("auditor"), county, null);
        assertEquals(200, Api.get(PLANS + "/" + id + "/progress", auditor).status());
        assertEquals(403, Api.post(PLANS, auditor, Api.json(plan(county, 2024, List.of()))).status());
    }

    @Test
    void linkedCoursesAreTheUnitsOfThePlansYearOnce() {
        long other = Fixtures.createCounty(admin).path("id").asLong();
        long outside = TrainingFixtures.course(admin, other, "外县课程", "2024-03-04", "2024-03-08").path("id").asLong();
        long lastYear = TrainingFixtures.course(officer, county, "去年课程", "2024-05-06", "2024-05-10").path("id")
                .asLong();
        for (Object[] c : List.of(new Object[] { outside, "items[0].courseId" },
                new Object[] { lastYear, "items[0].courseId" })) {
            Api.Reply r = Api.post(PLANS, officer, Api.json(plan(county, 2023, List.of(item("x", 3, (Long) c[0])))));
            assertEquals(400, r.status(), r.text());
            assertTrue(r.text().contains("\"field\":\"" + c[1] + "\""), r.text());
        }
        Api.Reply twice = Api.post(PLANS, officer,
                Api.json(plan(county, 2024, List.of(item("x", 5, lastYear), item("y", 5, lastYear)))));
        assertTrue(twice.text().contains("\"field\":\"items[1].courseId\""), twice.text());
        assertEquals(0, ok(Api.get(PLANS + "?unitId=" + county + "&year=2024", officer), 200, "none").size());

        long id = ok(Api.post(PLANS, officer, Api.json(plan(county, 2024, List.of(item("x", 5, null))))), 201, "plan")
                .path("id").asLong();
        JsonNode updated = ok(Api.put(PLANS + "/" + id, officer,
                Api.json(Map.of("targetCoverage", 0.8, "items", List.of(item("去年课程", 5, lastYear))))), 200,
                "update");
        assertEquals(0.8, updated.path("targetCoverage").asDouble());
        assertEquals(lastYear, updated.path("items").get(0).path("courseId").asLong());
        Api.Reply move = Api.put(PLANS + "/" + id, officer, Api.json(Map.of("unitId", other, "items", List.of())));
        assertEquals(400, move.status());
        assertTrue(move.text().contains("\"field\":\"unitId\""));
        assertEquals(204, Api.delete(PLANS + "/" + id, officer).status());
        assertEquals(404, Api.get(PLANS + "/" + id, officer).status());
    }
}
