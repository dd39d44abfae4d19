package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;

class AuthIT {

    @BeforeAll
    static void ready() {
        Api.awaitReady();
    }

    @Test
    void goodLoginGivesAnExpiringTokenAndTheUser() {
        Api.Reply r = Api.post("/api/v1/auth/login", null,
                Api.json(Map.of("username", "admin", "password", Api.ADMIN_PASSWORD)));
        assertEquals(200, r.status(), r.text());
        assertTrue(r.json().path("token").asText().length() >= 43);
        assertFalse(r.json().path("expiresAt").asText().isEmpty());
        assertEquals("admin", r.json().path("user").path("username").asText());
        assertFalse(r.text().contains("pbkdf2"), "no password hash leaves the server");
        Api.Reply me = Api.get("/api/v1/auth/me", r.json().path("token").asText());
        assertEquals(200, me.status());
        assertEquals("admin", me.json().path("username").asText());
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() {
        Api.Reply wrong = Api.post("/api/v1/auth/login", null,
                Api.json(Map.of("username", "admin", "password", "nope-nope-1")));
        Api.Reply unknown = Api.post("/api/v1/auth/login", null,
                Api.json(Map.of("username", "nobody-" + Api.unique(), "password", "nope-nope-1")));
        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertEquals("invalid_credentials", wrong.error());
        assertEquals(wrong.text(), unknown.text());
    }

    @Test
    void missingOrBadTokensGet401() {
        assertEquals("unauthenticated", Api.get("/api/v1/org/units", null).error());
        Api.Reply bad = Api.get("/api/v1/org/units", "made-up-token");
        assertEquals(401, bad.status());
        assertEquals("invalid_token", bad.error());
    }

    @Test
    void logoutEndsTheToken() {
        String token = Api.admin();
        assertEquals(204, Api.post("/api/v1/auth/logout", token, null).status());
        assertEquals(401, Api.get("/api/v1/org/units", token).status());
    }

    @Test
    void oneTimePasswordMustBeChangedBeforeAnythingElse() {
        String admin = Api.admin();
        String name = "otp." + Api.unique();
        Api.Reply created = Api.post("/api/v1/users", admin,
                Api.json(Map.of("username", name, "displayName", "新同事", "roles", List.of("staff"), "password",
                        "First-pass-2026")));
        assertEquals(201, created.status(), created.text());
        Api.Reply login = Api.post("/api/v1/auth/login", null,
                Api.json(Map.of("username", name, "password", "First-pass-2026")));
        assertTrue(login.json().path("passwordChangeRequired").asBoolean());
        String token = login.json().path("token").asText();
        Api.Reply blocked = Api.get("/api/v1/org/units", token);
        assertEquals(403, blocked.status());
        assertEquals("password_change_required", blocked.error());
        assertEquals(200, Api.get("/api/v1/auth/me", token).status());
        // the new password must meet the policy
        Api.Reply weak = Api.post("/api/v1/auth/password", token,
                Api.json(Map.of("oldPassword", "First-pass-2026", "newPassword", "short")));
        assertEquals(400, weak.status());
        assertEquals("password", weak.json().path("details").get(0).path("field").asText());
        assertEquals(204, Api.post("/api/v1/auth/password", token,
                Api.json(Map.of("oldPassword", "First-pass-2026", "newPassword", "Second-pass-2026"))).status());
        assertEquals(401, Api.get("/api/v1/org/units", token).status(), "changing the password ends old tokens");
        String fresh = Api.login(name, "Second-pass-2026");
        assertEquals(200, Api.get("/api/v1/org/units", fresh).status());
    }

    @Test
    void repeatedFailuresLockTheAccountUntilAnAdministratorResetsIt() {
        String admin = Api.admin();
        String name = "lock." + Api.unique();
        Api.Reply created = Api.post("/api/v1/users", admin,
                Api.json(Map.of("username", name, "displayName", "锁定测试", "roles", List.of("staff"), "password",
                        "Lock-test-2026")));
        long id = created.json().path("id").asLong();
        for (int i = 0; i < 5; i++) {
            assertEquals(401,
                    Api.post("/api/v1/auth/login", null, Api.json(Map.of("username", name, "password", "wrong-" + i)))
                            .status());
        }
        Api.Reply locked = Api.post("/api/v1/auth/login", null,
                Api.json(Map.of("username", name, "password", "Lock-test-2026")));
        assertEquals(401, locked.status(), "even the right password is refused while locked");
        Api.Reply unknown = Api.post("/api/v1/auth/login", null,
                Api.json(Map.of("username", "nobody." + Api.unique(), "password", "Lock-test-2026")));
        assertEquals(unknown.status(), locked.status());
        assertEquals(unknown.text(), locked.text(), "a locked account answers as an unknown one does");
        assertEquals(200, Api.post("/api/v1/users/" + id + "/password-reset", admin,
                Api.json(Map.of("password", "Reset-pass-2026"))).status());
        Api.Reply after = Api.post("/api/v1/auth/login", null,
                Api.json(Map.of("username", name, "password", "Reset-pass-2026")));
        assertEquals(200, after.status(), after.text());
    }

    @Test
    void parallelGuessesAreEachCounted() throws Exception {
        String admin = Api.admin();
        String name = "guess." + Api.unique();
        Api.post("/api/v1/users", admin, Api.json(Map.of("username", name, "displayName", "并发猜测", "roles",
                List.of("staff"), "password", "Guess-test-2026")));
        int guesses = 5; // the configured limit
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(guesses);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                int n = i;
                replies.add(pool.submit(() -> {
                    start.await();
                    return Api.post("/api/v1/auth/login", null,
                            Api.json(Map.of("username", name, "password", "wrong-" + n))).status();
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Integer> r : replies) {
                assertEquals(401, r.get().intValue());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(401, Api.post("/api/v1/auth/login", null,
                Api.json(Map.of("username", name, "password", "Guess-test-2026"))).status(),
                "five guesses at once lock the account as five in a row do");
    }

    @Test
    void disabledAccountsCannotLogIn() {
        String admin = Api.admin();
        String name = "off." + Api.unique();
        Api.Reply created = Api.post("/api/v1/users", admin,
                Api.json(Map.of("username", name, "displayName", "停用测试", "roles", List.of("staff"), "password",
                        "Disable-2026x")));
        long id = created.json().path("id").asLong();
        String token = Api.login(name, "Disable-2026x");
        assertEquals(200,
                Api.put("/api/v1/users/" + id + "/enabled", admin, Api.json(Map.of("enabled", false))).status());
        assertEquals(401, Api.get("/api/v1/auth/me", token).status(), "disabling ends the user's tokens");
        assertEquals(401,
                Api.post("/api/v1/auth/login", null, Api.json(Map.of("username", name, "password", "Disable-2026x")))
                        .status());
    }
}
