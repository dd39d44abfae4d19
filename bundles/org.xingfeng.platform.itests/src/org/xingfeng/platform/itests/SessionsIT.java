package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.platform.testing.Modules;

/**
 * Sessions live in the database, hashed: a token outlives a restart of the platform's bundles, and ends at once on
 * logout, a password change and a disabled account.
 */
class SessionsIT {

    @BeforeAll
    static void ready() {
        Api.awaitReady();
    }

    @Test
    void aTokenOutlivesARestartOfThePlatformAndLogoutEndsItAtOnce() throws Exception {
        String admin = Api.admin();
        String name = "ss." + Api.unique();
        String token = Fixtures.userWithRoles(admin, name, List.of("staff"));
        assertEquals(200, Api.get("/api/v1/auth/me", token).status());
        try (Connection c = Database.connect();
                PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM PLT_SESSION WHERE TOKEN_HASH = ?")) {
            p.setString(1, token);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the token itself is not stored");
            }
        }

        Bundle core = Modules.bundle("org.xingfeng.platform.core");
        core.stop();
        assertNotEquals(200, status("/api/v1/auth/me", token), "the platform is down");
        core.start();
        awaitAnswer(token);
        assertEquals(name, Api.get("/api/v1/auth/me", token).json().path("username").asText());
        assertEquals(200, Api.get("/api/v1/auth/me", admin).status(), "the administrator's token too");

        assertEquals(204, Api.post("/api/v1/auth/logout", token, null).status());
        Api.Reply after = Api.get("/api/v1/auth/me", token);
        assertEquals(401, after.status(), after.text());
        assertEquals("invalid_token", after.json().path("error").asText());
    }

    @Test
    void aPasswordChangeAndADisabledAccountEndSessionsAtOnce() {
        String admin = Api.admin();
        String name = "ss.p." + Api.unique();
        String first = Fixtures.userWithRoles(admin, name, List.of("staff"));
        long id = Api.get("/api/v1/auth/me", first).json().path("id").asLong();
        String reset = "Reset-" + Api.unique();
        assertEquals(200, Api.post("/api/v1/users/" + id + "/password-reset", admin,
                Api.json(Map.of("password", reset))).status());
        assertEquals(401, Api.get("/api/v1/auth/me", first).status(), "a password reset ends the sessions");

        String oneTime = Api.login(name, reset);
        String changed = "Changed-" + Api.unique();
        assertEquals(204, Api.post("/api/v1/auth/password", oneTime,
                Api.json(Map.of("oldPassword", reset, "newPassword", changed))).status());
        assertEquals(401, Api.get("/api/v1/auth/me", oneTime).status(), "the own password change too");

        String again = Api.login(name, changed);
        assertEquals(200, Api.get("/api/v1/auth/me", again).status());
        assertEquals(200, Api.put("/api/v1/users/" + id + "/enabled", admin, Api.json(Map.of("enabled", false)))
                .status());
        assertEquals(401, Api.get("/api/v1/auth/me", again).status(), "disabled: at once");
        assertFalse(Api.post("/api/v1/auth/login", null, Api.json(Map.of("username", name, "password", changed)))
                .status() == 200);
    }

    private static int status(String path, String token) {
        try {
            return Api.get(path, token).status();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Waits until the restarted platform answers the token's call (its services and resources come back one by one). */
    private static void awaitAnswer(String token) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        int last = -1;
        while (System.currentTimeMillis() < deadline) {
            last = status("/api/v1/auth/me", token);
            if (last == 200) {
                break;
            }
            Thread.sleep(250);
        }
        assertTrue(last == 200, "the token after the restart: " + last);
    }
}
