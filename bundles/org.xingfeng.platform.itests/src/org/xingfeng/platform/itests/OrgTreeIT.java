package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

/**
 * Subtrees come from the tree the server keeps in memory: its own changes show at once, a unit another server made
 * (written here behind the server's back) is listed at once and its subtree found the first time it is asked for, and
 * an id of no unit stays a 404.
 */
class OrgTreeIT {

    static String root;
    static long city;
    static long county;

    @BeforeAll
    static void aCity() {
        Api.awaitReady();
        root = Api.admin();
        city = Fixtures.createUnit(root, null, "CITY").path("id").asLong();
        county = Fixtures.createUnit(root, city, "COUNTY").path("id").asLong();
    }

    static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.path("id").asLong()));
        return ids;
    }

    @Test
    void aSubtreeIsTheUnitFirstThenWhatIsBelow() {
        long c = Fixtures.createUnit(root, null, "CITY").path("id").asLong();
        long k = Fixtures.createUnit(root, c, "COUNTY").path("id").asLong();
        long t = Fixtures.createUnit(root, k, "TOWNSHIP").path("id").asLong();
        assertEquals(List.of(c, k, t), ids(Api.get("/api/v1/org/units/" + c + "/subtree", root).json()));
        assertEquals(List.of(t), ids(Api.get("/api/v1/org/units/" + t + "/subtree", root).json()));
    }

    @Test
    void theServersOwnChangesShowAtOnce() {
        long otherCounty = Fixtures.createUnit(root, city, "COUNTY").path("id").asLong();
        JsonNode made = Fixtures.createUnit(root, otherCounty, "TOWNSHIP");
        long moving = made.path("id").asLong();
        assertTrue(ids(Api.get("/api/v1/org/units/" + city + "/subtree", root).json()).contains(moving));
        assertTrue(ids(Api.get("/api/v1/org/units", root).json()).contains(moving));
        String body = "{\"code\":\"" + made.path("code").asText() + "\",\"name\":\"迁入乡镇\",\"level\":\"TOWNSHIP\","
                + "\"parentId\":" + county + "}";
        Api.Reply moved = Api.put("/api/v1/org/units/" + moving, root, body);
        assertEquals(200, moved.status(), moved.text());
        assertEquals(List.of(otherCounty), ids(Api.get("/api/v1/org/units/" + otherCounty + "/subtree", root).json()));
        assertTrue(ids(Api.get("/api/v1/org/units/" + county + "/subtree", root).json()).contains(moving));
    }

    @Test
    void aUnitAnotherServerMadeIsFoundTheFirstTimeItIsAskedFor() throws Exception {
        // a unit read by the tree before, so the tree is in memory; then a unit written behind the server's back
        Api.get("/api/v1/org/units/" + county + "/subtree", root);
        long id;
        String code = "OTHER-" + Api.unique();
        try (Connection c = Database.connect()) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(ID) FROM PLT_ORG_UNIT")) {
                rs.next();
                id = rs.getLong(1) + 1_000_000; // far above what the server's sequence hands out in a test run
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO PLT_ORG_UNIT (ID, PARENT_ID, CODE, NAME, UNIT_LEVEL) VALUES (?, ?, ?, ?, ?)")) {
                p.setLong(1, id);
                p.setLong(2, county);
                p.setString(3, code);
                p.setString(4, "另一台服务器建的乡镇");
                p.setString(5, "TOWNSHIP");
                p.executeUpdate();
            }
        }
        // the list of units is read from the database: another module looks a new unit up in it
        assertTrue(ids(Api.get("/api/v1/org/units", root).json()).contains(id));
        Api.Reply found = Api.get("/api/v1/org/units/" + id + "/subtree", root);
        assertEquals(200, found.status(), found.text());
        assertEquals(List.of(id), ids(found.json()));
        assertTrue(ids(Api.get("/api/v1/org/units/" + county + "/subtree", root).json()).contains(id));

        Api.Reply none = Api.get("/api/v1/org/units/" + (id + 1) + "/subtree", root);
        assertEquals(404, none.status(), none.text());
        assertEquals("not_found", none.json().path("error").asText(), none.text());
    }
}
