package org.xingfeng.windows.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.windows.api.WindowsRoles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Window stars over HTTP in a runtime without the evaluations module: its factors are shown as missing (not zero), the
 * volume counts the window's records against the target, and the yearly selection leaves out a window with too few
 * records, saying why; bad input names the field.
 */
class StarsIT {

    static final String API = WindowsFixtures.API;
    static String root;
    static String officer;
    static long county;
    static long window;
    static long city;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        root = Api.admin();
        JsonNode c = Fixtures.createCounty(root);
        county = c.path("id").asLong();
        city = c.path("parentId").asLong();
        officer = Fixtures.userAt(root, "win.sr." + Api.unique(), List.of(WindowsRoles.ADMIN, WindowsRoles.STAFF,
                "staff"), county, null);
        long hall = WindowsFixtures.hall(root, county, "星级大厅" + Api.unique());
        window = WindowsFixtures.window(root, hall, "1", "ST1", "ST2");
        for (int i = 0; i < 3; i++) {
            WindowsFixtures.ok(Api.post(API + "/records", officer, Api.json(Map.of("windowId", window, "matterCode",
                    "ST1", "citizenName", "张三"))), 201, "a record");
        }
    }

    static JsonNode ofWindow(JsonNode list) {
        for (JsonNode w : list) {
            if (w.path("windowId").asLong() == window) {
                return w;
            }
        }
        throw new AssertionError("window not rated: " + list);
    }

    static JsonNode factor(JsonNode stars, String name) {
        for (JsonNode f : stars.path("factors")) {
            if (f.path("factor").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void aMonthsStarsWithoutTheEvaluationsModule() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        JsonNode w = ofWindow(WindowsFixtures.ok(Api.get(API + "/stars?unitId=" + county + "&year=" + today.getYear()
                + "&month=" + today.getMonthValue(), officer), 200, "stars"));
        assertEquals(3, w.path("records").asInt());
        for (String missing : List.of("SATISFACTION", "COMPLAINTS", "BAD_REVIEWS", "OVERDUE", "WAITS")) {
            assertTrue(factor(w, missing).path("score").isNull(), missing + " is missing: " + w);
            assertTrue(factor(w, missing).path("explanation").asText().startsWith("缺项"), missing);
        }
        // only the volume is left: 3 of 100 records a month, its weight counts in full: 3.00 points, 1 star
        assertEquals(0.03, factor(w, "VOLUME").path("score").asDouble(), 1e-9);
        assertEquals(3.0, w.path("score").asDouble(), 1e-9);
        assertEquals(1, w.path("stars").asInt());
        assertTrue(w.path("explanation").asText().contains("3 件（目标 100 件）"), w.path("explanation").asText());
        // the year: the target is 100 for each month so far
        JsonNode y = ofWindow(Api.get(API + "/stars?unitId=" + county + "&year=" + today.getYear(), officer).json());
        assertEquals(Math.round(300.0 / today.getMonthValue()) / 100.0, y.path("score").asDouble(), 0.006);
        Api.Reply xlsx = Api.get(API + "/stars?unitId=" + county + "&year=" + today.getYear() + "&format=xlsx",
                officer);
        assertEquals(200, xlsx.status());
    }

    @Test
    void theSelectionLeavesOutAWindowWithTooFewRecords() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        JsonNode s = WindowsFixtures.ok(Api.get(API + "/stars/selection?unitId=" + county + "&year=" + year, officer),
                200, "selection");
        assertEquals(city, s.path("provinceId").asLong(), "the top of the county's tree");
        assertEquals(10, s.path("modelCount").asInt());
        assertEquals(20, s.path("goodCount").asInt());
        assertEquals(10, s.path("poorCount").asInt());
        boolean found = false;
        for (JsonNode e : s.path("excluded")) {
            if (e.path("windowId").asLong() == window) {
                found = true;
                assertTrue(e.path("reason").asText().contains("全年办件 3 件，少于 50 件"), e.toString());
            }
        }
        assertTrue(found, s.toString());
        assertEquals(0, s.path("model").size());
        assertTrue(s.path("ties").toString().contains("名单不足"), s.path("ties").toString());
        Api.Reply xlsx = Api.get(API + "/stars/selection?unitId=" + county + "&year=" + year + "&format=xlsx",
                officer);
        assertEquals(200, xlsx.status());
    }

    @Test
    void badInputNamesTheField() {
        StationNetworkIT.assertField(Api.get(API + "/stars?unitId=" + county, officer), "year");
        StationNetworkIT.assertField(Api.get(API + "/stars?unitId=" + county + "&year=2026&month=13", officer),
                "month");
        StationNetworkIT.assertField(Api.get(API + "/stars?unitId=" + county + "&year=1800", officer), "year");
        StationNetworkIT.assertField(Api.get(API + "/stars/selection?year=20x6&unitId=" + county, officer), "year");
        assertEquals(404, Api.get(API + "/stars?year=2026&unitId=999999999", officer).status());
    }
}
