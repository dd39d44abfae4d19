package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Hashtable;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.xingfeng.platform.api.health.HealthCheck;
import org.xingfeng.platform.testing.Api;

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
    void healthRunsARealQueryOnTheDatabase() {
        JsonNode body = Api.get("/health", null).json();
        JsonNode database = check(body, "database");
        assertTrue(database != null, "the database is checked: " + body);
        assertEquals("UP", database.path("status").asText());
        assertEquals("", body.path("reason").asText());
    }

    @Test
    void aFailingCheckMakesHealth503WithTheReason() {
        HealthCheck failing = new HealthCheck() {
            @Override
            public String name() {
                return "test.persistence";
            }

            @Override
            public void check(Duration timeout) throws SQLException {
                throw new SQLException("Connection refused: test database down");
            }
        };
        ServiceRegistration<HealthCheck> registration = FrameworkUtil.getBundle(HealthIT.class).getBundleContext()
                .registerService(HealthCheck.class, failing, new Hashtable<>());
        try {
            Api.Reply r = Api.get("/health", null);
            assertEquals(503, r.status(), r.text());
            JsonNode body = r.json();
            assertEquals("DOWN", body.path("status").asText());
            assertTrue(
                    body.path("reason").asText().contains("test.persistence: Connection refused: test database down"),
                    r.text());
            assertEquals("DOWN", check(body, "test.persistence").path("status").asText());
            assertEquals("Connection refused: test database down",
                    check(body, "test.persistence").path("reason").asText());
            assertEquals("UP", check(body, "database").path("status").asText(), "the others are still listed: " + body);
            assertTrue(body.path("modules").size() > 0, "modules still listed: " + body);
        } finally {
            registration.unregister();
        }
        assertEquals(200, Api.get("/health", null).status());
    }

    @Test
    void aCheckThatHangsCountsAsDownAfterItsTimeout() {
        HealthCheck hanging = new HealthCheck() {
            @Override
            public String name() {
                return "test.hanging";
            }

            @Override
            public void check(Duration timeout) throws InterruptedException {
                Thread.sleep(60_000);
            }
        };
        ServiceRegistration<HealthCheck> registration = FrameworkUtil.getBundle(HealthIT.class).getBundleContext()
                .registerService(HealthCheck.class, hanging, new Hashtable<>());
        try {
            long start = System.nanoTime();
            Api.Reply r = Api.get("/health", null);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, r.status(), r.text());
            assertTrue(check(r.json(), "test.hanging").path("reason").asText().contains("no answer"), r.text());
            assertTrue(millis < 10_000, "answered after " + millis + " ms");
        } finally {
            registration.unregister();
        }
    }

    private static JsonNode check(JsonNode health, String name) {
        for (JsonNode c : health.path("checks")) {
            if (c.path("name").asText().equals(name)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void unknownPathsAnswer404WithAJsonBody() {
        Api.Reply r = Api.get("/api/v1/no-such-module/things", Api.admin());
        assertEquals(404, r.status());
        assertEquals("not_found", r.error());
    }
}
