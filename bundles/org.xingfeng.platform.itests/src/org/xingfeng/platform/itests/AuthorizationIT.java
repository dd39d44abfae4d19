package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

class AuthorizationIT {

    static String admin;
    static String staff;
    static String auditor;

    @BeforeAll
    static void users() {
        Api.awaitReady();
        admin = Api.admin();
        staff = Fixtures.userWithRoles(admin, "staff." + Api.unique(), List.of("staff"));
        auditor = Fixtures.userWithRoles(admin, "auditor." + Api.unique(), List.of("auditor", "staff"));
    }

    @Test
    void staffReadButDoNotChangeTheOrganisation() {
        assertEquals(200, Api.get("/api/v1/org/units", staff).status());
        Api.Reply r = Api.post("/api/v1/org/units", staff,
                Api.json(Map.of("code", "X" + Api.unique(), "name", "x", "level", "CITY")));
        assertEquals(403, r.status());
        assertEquals("forbidden", r.error());
    }

    @Test
    void onlyAdministratorsManageUsers() {
        assertEquals(403, Api.get("/api/v1/users", staff).status());
        assertEquals(403, Api.get("/api/v1/users", auditor).status());
        assertEquals(200, Api.get("/api/v1/users", admin).status());
    }

    @Test
    void auditLogIsForAdministratorsAndAuditors() {
        assertEquals(403, Api.get("/api/v1/audit", staff).status());
        assertEquals(200, Api.get("/api/v1/audit", auditor).status());
        assertEquals(200, Api.get("/api/v1/audit", admin).status());
    }

    @Test
    void calendarIsReadByAllAndEditedByAdministrators() {
        assertEquals(200, Api.get("/api/v1/calendar/years/2026", staff).status());
        assertEquals(403,
                Api.put("/api/v1/calendar/days/2030-03-04", staff, Api.json(Map.of("kind", "HOLIDAY", "name", "x")))
                        .status());
    }

    @Test
    void unknownRolesAreRefused() {
        Api.Reply r = Api.post("/api/v1/users", admin,
                Api.json(Map.of("username", "r." + Api.unique(), "displayName", "x",
                        "roles", List.of("emperor"), "password", "Some-pass-2026")));
        assertEquals(400, r.status());
        assertEquals("roles", r.json().path("details").get(0).path("field").asText());
    }
}
