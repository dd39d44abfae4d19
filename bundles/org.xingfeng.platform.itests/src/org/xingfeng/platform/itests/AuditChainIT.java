package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.AuditChainHead;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The audit log's entries are written in the change's transaction, logins, logouts, exports and refusals among
 * them, and chained by hashes: an entry altered in the database is named by the verify call, within reach.
 */
class AuditChainIT {

    @BeforeAll
    static void ready() {
        Api.awaitReady();
    }

    @Test
    void loginsFailuresLogoutsExportsAndRefusalsAreAudited() {
        String admin = Api.admin();
        String name = "ac." + Api.unique();
        String token = Fixtures.userWithRoles(admin, name, List.of("staff"));
        long id = Api.get("/api/v1/auth/me", token).json().path("id").asLong();
        assertEquals(401, Api.post("/api/v1/auth/login", null,
                Api.json(Map.of("username", name, "password", "Wrong-" + Api.unique()))).status());
        String stranger = "nobody." + Api.unique();
        assertEquals(401, Api.post("/api/v1/auth/login", null,
                Api.json(Map.of("username", stranger, "password", "Wrong-" + Api.unique()))).status());
        assertEquals(403, Api.get("/api/v1/users", token).status());
        assertEquals(204, Api.post("/api/v1/auth/logout", token, null).status());
        assertEquals(200, Api.get("/api/v1/audit?format=csv&entityType=user&entityId=" + id, admin).status());

        Set<String> actions = actions(Api.get("/api/v1/audit?entityType=user&entityId=" + id, admin).json());
        for (String a : List.of("create", "change-password", "login", "login-failed", "logout")) {
            assertTrue(actions.contains(a), a + " in " + actions);
        }
        assertEquals(Set.of("login-failed"),
                actions(Api.get("/api/v1/audit?entityType=user&entityId=" + stranger, admin).json()));
        JsonNode refused = Api.get("/api/v1/audit?entityType=request&username=" + name, admin).json();
        assertEquals("refused", refused.path("items").get(0).path("action").asText(), refused.toString());
        assertEquals("GET /api/v1/users", refused.path("items").get(0).path("entityId").asText());
        JsonNode exported = Api.get("/api/v1/audit?entityType=request&entityId=GET%20/api/v1/audit&size=1", admin)
                .json();
        assertEquals("export", exported.path("items").get(0).path("action").asText(), exported.toString());
        assertTrue(exported.path("items").get(0).path("after").asText().contains("\"rows\""), exported.toString());
    }

    @Test
    void anEntryAlteredInTheDatabaseIsNamedWithinReach() throws Exception {
        String admin = Api.admin();
        long county = Fixtures.createCounty(admin).path("id").asLong();
        String countyAuditor = Fixtures.userAt(admin, "ac.au." + Api.unique(), List.of("auditor", "staff"), county,
                null);
        String countyAdmin = Fixtures.userAt(admin, "ac.ad." + Api.unique(), List.of("admin", "staff"), county, null);
        long unit = Fixtures.createUnit(admin, null, "CITY").path("id").asLong();
        long outside = entry(admin, "org.unit", unit); // by the whole installation's administrator
        long section = Api.post("/api/v1/org/units/" + county + "/sections", countyAdmin,
                Api.json(Map.of("name", "审计股" + Api.unique()))).json().path("id").asLong();
        long inside = entry(admin, "org.section", section); // by the county's administrator

        JsonNode before = verify(admin);
        assertTrue(before.path("intact").asBoolean(), before.toString());
        assertTrue(before.path("checked").asLong() > 0, before.toString());

        String original = after(outside);
        try {
            alter(outside, original.replace("测试单位", "伪造单位"));
            JsonNode root = verify(admin);
            assertFalse(root.path("intact").asBoolean(), root.toString());
            assertEquals(outside, root.path("firstAltered").asLong(), root.toString());
            assertEquals("altered", root.path("problem").asText());
            JsonNode theirs = verify(countyAuditor);
            assertFalse(theirs.path("intact").asBoolean(), theirs.toString());
            assertTrue(theirs.path("firstAltered").isNull(), "not named outside the reach: " + theirs);
            assertTrue(theirs.path("brokenOutsideReach").asBoolean(), theirs.toString());

            String originalInside = after(inside);
            try {
                alter(inside, originalInside.replace("审计股", "改过股"));
                JsonNode nowTheirs = verify(countyAuditor);
                assertEquals(inside, nowTheirs.path("firstAltered").asLong(), nowTheirs.toString());
                assertEquals(2, nowTheirs.path("problems").asLong(), nowTheirs.toString());
            } finally {
                alter(inside, originalInside);
            }
        } finally {
            alter(outside, original);
        }
        assertTrue(verify(admin).path("intact").asBoolean(), "intact once restored");
        assertEquals(403, Api.get("/api/v1/audit/verify",
                Fixtures.userWithRoles(admin, "ac.st." + Api.unique(), List.of("staff"))).status());
    }

    @Test
    void aFailedAuditWriteRollsTheChangeBack() throws Exception {
        String admin = Api.admin();
        String code = "RB" + Api.unique();
        AuditChainHead.Sql sql = new AuditChainHead.Sql() {
            @Override
            public <T> T run(AuditChainHead.SqlWork<T> work) throws SQLException {
                try (Connection c = Database.connect()) {
                    return work.on(c);
                }
            }
        };
        AuditChainHead.refused(AuditChainHead.withoutAudit(sql, () -> Api.post("/api/v1/org/units", admin,
                Api.json(Map.of("code", code, "name", "不应留下", "level", "CITY")))));
        JsonNode units = Api.get("/api/v1/org/units", admin).json();
        for (JsonNode u : units.has("items") ? units.path("items") : units) {
            assertFalse(code.equals(u.path("code").asText()), "the unit was rolled back with its entry");
        }
        assertTrue(verify(admin).path("intact").asBoolean());
    }

    @Test
    void concurrentWritersDoNotForkTheChain() throws Exception {
        String admin = Api.admin();
        long checked = verify(admin).path("checked").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> made = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                made.add(pool.submit(() -> Fixtures.createUnit(admin, null, "CITY").path("id").asLong()));
            }
            Set<Long> ids = new HashSet<>();
            for (Future<Long> f : made) {
                ids.add(f.get());
            }
            assertEquals(40, ids.size());
        } finally {
            pool.shutdown();
        }
        JsonNode after = verify(admin);
        assertTrue(after.path("intact").asBoolean(), after.toString());
        assertTrue(after.path("checked").asLong() >= checked + 40, after.toString());
    }

    private static JsonNode verify(String token) {
        Api.Reply r = Api.get("/api/v1/audit/verify", token);
        assertEquals(200, r.status(), r.text());
        return r.json();
    }

    private static long entry(String admin, String type, long id) {
        JsonNode page = Api.get("/api/v1/audit?entityType=" + type + "&entityId=" + id, admin).json();
        assertEquals(1, page.path("total").asInt(), page.toString());
        return page.path("items").get(0).path("id").asLong();
    }

    private static Set<String> actions(JsonNode page) {
        Set<String> actions = new HashSet<>();
        page.path("items").forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }

    private static String after(long entry) throws Exception {
        try (Connection c = Database.connect();
                PreparedStatement p = c.prepareStatement("SELECT AFTER_JSON FROM PLT_AUDIT WHERE ID = ?")) {
            p.setLong(1, entry);
            try (ResultSet rs = p.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    private static void alter(long entry, String after) throws Exception {
        try (Connection c = Database.connect();
                PreparedStatement p = c.prepareStatement("UPDATE PLT_AUDIT SET AFTER_JSON = ? WHERE ID = ?")) {
            p.setString(1, after);
            p.setLong(2, entry);
            assertEquals(1, p.executeUpdate());
        }
    }
}
