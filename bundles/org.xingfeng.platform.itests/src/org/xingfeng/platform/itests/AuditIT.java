package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

class AuditIT {

    @BeforeAll
    static void ready() {
        Api.awaitReady();
    }

    @Test
    void changesAreRecordedWithWhoWhenBeforeAndAfter() {
        String admin = Api.admin();
        JsonNode unit = Fixtures.createUnit(admin, null, "CITY");
        long id = unit.path("id").asLong();
        String code = unit.path("code").asText();
        Api.Reply updated = Api.put("/api/v1/org/units/" + id, admin,
                Api.json(Map.of("code", code, "name", "改名后", "level", "CITY")));
        assertEquals(200, updated.status(), updated.text());

        JsonNode page = Api.get("/api/v1/audit?entityType=org.unit&entityId=" + id, admin).json();
        assertEquals(2, page.path("total").asInt(), page.toString());
        JsonNode update = page.path("items").get(0); // newest first
        JsonNode create = page.path("items").get(1);
        assertEquals("update", update.path("action").asText());
        assertEquals("admin", update.path("username").asText());
        assertTrue(update.path("before").asText().contains("测试单位"), update.toString());
        assertTrue(update.path("after").asText().contains("改名后"), update.toString());
        assertEquals("create", create.path("action").asText());
        assertTrue(create.path("before").isNull());
        assertTrue(create.path("after").asText().contains(code));
        assertTrue(!update.path("at").asText().isEmpty());
    }

    @Test
    void queryByUserAndTime() {
        String admin = Api.admin();
        Fixtures.createUnit(admin, null, "CITY");
        JsonNode byAdmin = Api.get("/api/v1/audit?username=admin&size=5", admin).json();
        assertTrue(byAdmin.path("total").asInt() >= 1);
        for (JsonNode e : byAdmin.path("items")) {
            assertEquals("admin", e.path("username").asText());
        }
        JsonNode future = Api.get("/api/v1/audit?from=2099-01-01", admin).json();
        assertEquals(0, future.path("total").asInt());
        assertEquals(400, Api.get("/api/v1/audit?from=yesterday", admin).status());
    }
}
