package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;

import com.fasterxml.jackson.databind.JsonNode;

class CalendarIT {

    static String admin;

    @BeforeAll
    static void login() {
        Api.awaitReady();
        admin = Api.admin();
    }

    @Test
    void officialArrangementsShipWithTheProduct() {
        JsonNode years = Api.get("/api/v1/calendar/years", admin).json();
        assertTrue(years.toString().contains("2025") && years.toString().contains("2026"), years.toString());
        JsonNode y2026 = Api.get("/api/v1/calendar/years/2026", admin).json();
        assertTrue(y2026.toString().contains("\"2026-10-10\""), "国庆调休上班 is listed");
        assertEquals("2026-10-10",
                Api.get("/api/v1/calendar/add?start=2026-09-30&days=3", admin).json().path("result").asText());
        assertEquals(3, Api.get("/api/v1/calendar/count?from=2026-09-30&to=2026-10-10", admin).json()
                .path("workingDays").asInt());
    }

    @Test
    void anAdministratorsEditChangesDeadlinesAtOnceAndIsAudited() {
        // 2031-03-03 is a Monday with no arrangement on record
        assertTrue(Api.get("/api/v1/calendar/days/2031-03-03", admin).json().path("workingDay").asBoolean());
        assertEquals("2031-03-03",
                Api.get("/api/v1/calendar/add?start=2031-03-02&days=1", admin).json().path("result").asText());

        String auditPath = "/api/v1/audit?entityType=calendar.day&entityId=2031-03-03";
        int auditBefore = Api.get(auditPath, admin).json().path("total").asInt();
        Api.Reply put = Api.put("/api/v1/calendar/days/2031-03-03", admin,
                Api.json(Map.of("kind", "HOLIDAY", "name", "测试假日")));
        assertEquals(200, put.status(), put.text());
        assertFalse(Api.get("/api/v1/calendar/days/2031-03-03", admin).json().path("workingDay").asBoolean());
        assertEquals("2031-03-04",
                Api.get("/api/v1/calendar/add?start=2031-03-02&days=1", admin).json().path("result").asText());
        assertEquals(auditBefore + 1, Api.get(auditPath, admin).json().path("total").asInt());

        assertEquals(204, Api.delete("/api/v1/calendar/days/2031-03-03", admin).status());
        assertTrue(Api.get("/api/v1/calendar/days/2031-03-03", admin).json().path("workingDay").asBoolean());
        assertEquals(404, Api.delete("/api/v1/calendar/days/2031-03-03", admin).status());
    }

    @Test
    void badEditsAreRefused() {
        Api.Reply noKind = Api.put("/api/v1/calendar/days/2031-03-05", admin, Api.json(Map.of("name", "x")));
        assertEquals(400, noKind.status());
        assertEquals(400,
                Api.put("/api/v1/calendar/days/2031-02-30", admin, Api.json(Map.of("kind", "HOLIDAY"))).status());
        assertEquals(400, Api.put("/api/v1/calendar/days/2031-03-05", admin, "{\"kind\":\"SICK_DAY\"}").status());
        assertTrue(Api.get("/api/v1/calendar/days/2031-03-05", admin).json().path("workingDay").asBoolean());
    }
}
