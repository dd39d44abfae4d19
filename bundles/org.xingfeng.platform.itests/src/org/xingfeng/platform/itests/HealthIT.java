package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class HealthIT {

    @BeforeAll
    static void ready() {
        Api.awaitReady();
    }

    @Test
    void healthListsTheInstalledModulesWithVersions() {
        Api.Reply r = Api.get("/health", null);
        assertEquals(200, r.status());
        JsonNode body = r.json();
        assertEquals("UP", body.path("status").asText());
        assertEquals(System.getProperty("xingfeng.db.kind", "derby-embedded"), body.path("database").asText());
        JsonNode platform = null;
        for (JsonNode m : body.path("modules")) {
            if (m.path("id").asText().equals("platform")) {
                platform = m;
            }
        }
        assertTrue(platform != null, "platform module listed: " + body);
        assertFalse(platform.path("version").asText().isEmpty());
        assertEquals("基础平台", platform.path("nameZh").asText());
    }

    @Test
    void unknownPathsAnswer404WithAJsonBody() {
        Api.Reply r = Api.get("/api/v1/no-such-module/things", Api.admin());
        assertEquals(404, r.status());
        assertEquals("not_found", r.error());
    }
}
