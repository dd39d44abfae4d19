package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

/**
 * Reach in the platform's own endpoints: an administrator of county A works on A and its township, and meets
 * county B's units, sections, staff, accounts and audit entries as if they did not exist; a city's administrator
 * reaches both; changes that affect every unit need an account of the whole installation.
 */
class ReachIT {

    static String root;
    static long city;
    static long countyA;
    static long townA;
    static long countyB;
    static JsonNode staffA;
    static JsonNode staffB;
    static String adminA;
    static String adminB;
    static String adminCity;
    static String auditorA;
    static long accountB;

    @BeforeAll
    static void twoCounties() {
        Api.awaitReady();
        root = Api.admin();
        city = Fixtures.createUnit(root, null, "CITY").path("id").asLong();
        countyA = Fixtures.createUnit(root, city, "COUNTY").path("id").asLong();
        townA = Fixtures.createUnit(root, countyA, "TOWNSHIP").path("id").asLong();
        countyB = Fixtures.createUnit(root, city, "COUNTY").path("id").asLong();
        staffA = Fixtures.createStaff(root, countyA, "甲县人员");
        staffB = Fixtures.createStaff(root, countyB, "乙县人员");
        adminA = Fixtures.userAt(root, "reach.a." + Api.unique(), List.of("admin", "staff"), null,
                staffA.path("id").asLong());
        String nameB = "reach.b." + Api.unique();
        adminB = Fixtures.userAt(root, nameB, List.of("admin", "staff"), countyB, null);
        accountB = idOf(nameB);
        adminCity = Fixtures.userAt(root, "reach.c." + Api.unique(), List.of("admin", "staff"), city, null);
        auditorA = Fixtures.userAt(root, "reach.aa." + Api.unique(), List.of("auditor", "staff"), countyA, null);
    }

    private static long idOf(String username) {
        for (JsonNode u : Api.get("/api/v1/users", root).json()) {
            if (u.path("username").asText().equals(username)) {
                return u.path("id").asLong();
            }
        }
        throw new AssertionError("no account " + username);
    }

    private static Set<Long> ids(JsonNode list) {
        Set<Long> ids = new HashSet<>();
        for (JsonNode n : list.has("items") ? list.path("items") : list) {
            ids.add(n.path("id").asLong());
        }
        return ids;
    }

    @Test
    void unitsListedAreTheHomeUnitAndBelow() {
        Set<Long> units = ids(Api.get("/api/v1/org/units", adminA).json());
        assertEquals(Set.of(countyA, townA), units);
        Set<Long> cityUnits = ids(Api.get("/api/v1/org/units", adminCity).json());
        assertTrue(cityUnits.containsAll(Set.of(city, countyA, townA, countyB)), cityUnits.toString());
        assertFalse(cityUnits.size() > 4, cityUnits.toString());
    }

    @Test
    void anotherCountysUnitDoesNotExist() {
        for (String path : List.of("/api/v1/org/units/" + countyB, "/api/v1/org/units/" + countyB + "/subtree",
                "/api/v1/org/units/" + countyB + "/sections", "/api/v1/org/units/" + city,
                "/api/v1/org/staff?unitId=" + countyB, "/api/v1/org/staff/" + staffB.path("id").asLong())) {
            Api.Reply r = Api.get(path, adminA);
            assertEquals(404, r.status(), path + " " + r.text());
            assertEquals("not_found", r.error(), path);
        }
        assertEquals(200, Api.get("/api/v1/org/units/" + townA, adminA).status());
        assertEquals(200, Api.get("/api/v1/org/staff/" + staffA.path("id").asLong(), adminA).status());
    }

    @Test
    void staffWithoutAUnitAreTheReachsOnly() {
        JsonNode page = Api.get("/api/v1/org/staff?size=500", adminA).json();
        for (JsonNode s : page.path("items")) {
            assertTrue(Set.of(countyA, townA).contains(s.path("unitId").asLong()), s.toString());
        }
        assertTrue(ids(page).contains(staffA.path("id").asLong()));
    }

    @Test
    void changesOutsideTheReachAreRefusedAndChangeNothing() {
        String unitBefore = Api.get("/api/v1/org/units/" + countyB, root).text();
        Map<String, Object> unit = new HashMap<>(Map.of("code", "X" + Api.unique(), "name", "越界", "level", "TOWNSHIP"));
        unit.put("parentId", countyB);
        Api.Reply r = Api.post("/api/v1/org/units", adminA, Api.json(unit));
        assertEquals(400, r.status(), r.text());
        assertEquals("parentId", r.json().path("details").path(0).path("field").asText());
        unit.put("parentId", null);
        assertEquals(400, Api.post("/api/v1/org/units", adminA, Api.json(unit)).status());
        Map<String, Object> rename = new HashMap<>(Map.of("code", "Y" + Api.unique(), "name", "改名", "level", "COUNTY"));
        rename.put("parentId", city);
        assertEquals(404, Api.put("/api/v1/org/units/" + countyB, adminA, Api.json(rename)).status());
        assertEquals(404, Api.post("/api/v1/org/units/" + countyB + "/sections", adminA, Api.json(Map.of("name", "新股")))
                .status());
        Map<String, Object> moveA = new HashMap<>(
                Map.of("code", "Z" + Api.unique(), "name", "搬走", "level", "TOWNSHIP"));
        moveA.put("parentId", countyB);
        assertEquals(400, Api.put("/api/v1/org/units/" + townA, adminA, Api.json(moveA)).status());
        assertEquals(unitBefore, Api.get("/api/v1/org/units/" + countyB, root).text());

        Map<String, Object> staff = new HashMap<>(Map.of("staffNumber", "S" + Api.unique(), "name", "越界人员", "unitId",
                countyB, "tier", "WINDOW_STAFF", "posts", List.of(), "active", true));
        Api.Reply s = Api.post("/api/v1/org/staff", adminA, Api.json(staff));
        assertEquals(400, s.status(), s.text());
        assertEquals("unitId", s.json().path("details").path(0).path("field").asText());
        staff.put("unitId", countyA);
        assertEquals(404, Api.put("/api/v1/org/staff/" + staffB.path("id").asLong(), adminA, Api.json(staff)).status());
        assertEquals("乙县人员",
                Api.get("/api/v1/org/staff/" + staffB.path("id").asLong(), root).json().path("name").asText());
    }

    @Test
    void accountsOutsideTheReachDoNotExist() {
        Set<String> homes = new HashSet<>();
        for (JsonNode u : Api.get("/api/v1/users", adminA).json()) {
            homes.add(u.path("homeUnitId").asText());
        }
        assertEquals(Set.of(Long.toString(countyA)), homes);
        assertEquals(404, Api.get("/api/v1/users/" + accountB, adminA).status());
        assertEquals(404,
                Api.put("/api/v1/users/" + accountB + "/roles", adminA, Api.json(Map.of("roles", List.of("staff"))))
                        .status());
        assertEquals(404, Api.put("/api/v1/users/" + accountB + "/enabled", adminA, Api.json(Map.of("enabled", false)))
                .status());
        assertEquals(404, Api.post("/api/v1/users/" + accountB + "/password-reset", adminA,
                Api.json(Map.of("password", "Reset-2026-" + Api.unique()))).status());
        assertTrue(Api.get("/api/v1/users/" + accountB, root).json().path("enabled").asBoolean());

        Map<String, Object> draft = new HashMap<>(Map.of("username", "reach.x." + Api.unique(), "displayName", "越界账户",
                "roles", List.of("staff"), "password", "One-time-" + Api.unique()));
        draft.put("homeUnitId", countyB);
        Api.Reply r = Api.post("/api/v1/users", adminA, Api.json(draft));
        assertEquals(400, r.status(), r.text());
        assertEquals("homeUnitId", r.json().path("details").path(0).path("field").asText());
        draft.put("homeUnitId", null);
        assertEquals(400, Api.post("/api/v1/users", adminA, Api.json(draft)).status());
        draft.put("staffId", staffB.path("id").asLong());
        Api.Reply withStaff = Api.post("/api/v1/users", adminA, Api.json(draft));
        assertEquals(400, withStaff.status());
        assertEquals("staffId", withStaff.json().path("details").path(0).path("field").asText());
    }

    @Test
    void auditorsReadTheEntriesOfTheirReach() {
        Api.post("/api/v1/org/units/" + countyA + "/sections", adminA, Api.json(Map.of("name", "甲股" + Api.unique())));
        Api.post("/api/v1/org/units/" + countyB + "/sections", adminB, Api.json(Map.of("name", "乙股" + Api.unique())));
        JsonNode entries = Api.get("/api/v1/audit?entityType=org.section&size=500", auditorA).json().path("items");
        assertTrue(entries.size() > 0);
        for (JsonNode e : entries) {
            assertTrue(e.path("username").asText().startsWith("reach.a."), e.toString());
        }
    }

    @Test
    void theWholeInstallationsChangesNeedAnAccountOfTheWholeInstallation() {
        Api.Reply r = Api.put("/api/v1/calendar/days/2031-05-06", adminCity,
                Api.json(Map.of("kind", "HOLIDAY", "name", "县里放假")));
        assertEquals(403, r.status(), r.text());
        assertTrue(Api.get("/api/v1/calendar/days/2031-05-06", root).json().path("workingDay").asBoolean());
    }

    @Test
    void administratorsAndAuditorsAreDifferentAccounts() {
        Api.Reply r = Api.post("/api/v1/users", root, Api.json(Map.of("username", "reach.both." + Api.unique(),
                "displayName", "兼任", "roles", List.of("admin", "auditor"), "password", "One-time-" + Api.unique())));
        assertEquals(400, r.status(), r.text());
        assertEquals("roles", r.json().path("details").path(0).path("field").asText());
        JsonNode me = Api.get("/api/v1/auth/me", root).json();
        assertFalse(me.path("roles").toString().contains("auditor"), me.toString());
    }
}
