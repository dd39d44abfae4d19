package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

/** Every bad request gets a clear 4xx with the conventions' error body and changes nothing. */
class BadInputIT {

    static String admin;
    long unitsBefore;
    long auditBefore;

    @BeforeAll
    static void login() {
        Api.awaitReady();
        admin = Api.admin();
    }

    @BeforeEach
    void counts() {
        unitsBefore = Fixtures.count(admin, "/api/v1/org/units");
        auditBefore = Fixtures.count(admin, "/api/v1/audit?size=1");
    }

    private void nothingChanged() {
        assertEquals(unitsBefore, Fixtures.count(admin, "/api/v1/org/units"));
        assertEquals(auditBefore, Fixtures.count(admin, "/api/v1/audit?size=1"));
    }

    @Test
    void malformedJson() {
        Api.Reply r = Api.post("/api/v1/org/units", admin, "{\"code\": \"A1\", \"name\": ");
        assertEquals(400, r.status());
        assertEquals("malformed_json", r.error());
        assertTrue(r.json().path("message").asText().contains("JSON"));
        nothingChanged();
    }

    @Test
    void errorsSpeakTheCallersLanguage() {
        String body = "{\"code\":\"B" + Api.unique() + "\",\"name\":\"x\",\"level\":\"CITY\",\"colour\":\"red\"}";
        Api.Reply chinese = Api.post("/api/v1/org/units", admin, body);
        Api.Reply english = Api.send("POST", "/api/v1/org/units", admin, "application/json",
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Map.of("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5"));
        Api.Reply chineseFirst = Api.send("POST", "/api/v1/org/units", admin, "application/json",
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Map.of("Accept-Language", "zh-CN,en;q=0.5"));
        assertEquals("malformed_json", english.error(), english.text());
        assertEquals(english.error(), chinese.error(), "the code does not depend on the language");
        assertTrue(chinese.json().path("message").asText().contains("未知字段"), chinese.text());
        assertTrue(english.json().path("message").asText().startsWith("The request body is not valid JSON"),
                english.text());
        assertTrue(english.json().path("message").asText().contains("colour"), english.text());
        assertEquals(chinese.json().path("message").asText(), chineseFirst.json().path("message").asText());
        nothingChanged();
    }

    @Test
    void servicesMessagesSpeakTheCallersLanguageToo() {
        java.util.Map<String, String> english = java.util.Map.of("Accept-Language", "en");
        String body = "{\"code\":\"\",\"name\":\"x\",\"level\":\"CITY\"}";
        Api.Reply chinese = Api.post("/api/v1/org/units", admin, body);
        Api.Reply inEnglish = Api.send("POST", "/api/v1/org/units", admin, "application/json",
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8), english);
        assertEquals("validation_failed", chinese.error(), chinese.text());
        assertEquals("validation_failed", inEnglish.error(), inEnglish.text());
        assertEquals("code", inEnglish.json().path("details").get(0).path("field").asText());
        assertTrue(chinese.json().path("message").asText().startsWith("编码必填"), chinese.text());
        assertTrue(inEnglish.json().path("message").asText().startsWith("code required"), inEnglish.text());
        assertTrue(inEnglish.json().path("details").get(0).path("message").asText().startsWith("code required"),
                inEnglish.text());
        Api.Reply missing = Api.send("GET", "/api/v1/org/units/987654321", admin, null, null, english);
        assertEquals("not_found", missing.error());
        assertEquals("org unit 987654321 not found", missing.json().path("message").asText());
        assertEquals("单位 987654321 不存在", Api.get("/api/v1/org/units/987654321", admin).json().path("message").asText());
        nothingChanged();
    }

    @Test
    void unknownField() {
        Api.Reply r = Api.post("/api/v1/org/units", admin,
                "{\"code\":\"B" + Api.unique() + "\",\"name\":\"x\",\"level\":\"CITY\",\"colour\":\"red\"}");
        assertEquals(400, r.status());
        assertTrue(r.json().path("message").asText().contains("colour"), r.text());
        nothingChanged();
    }

    @Test
    void wrongEnumValueNamesTheField() {
        Api.Reply r = Api.post("/api/v1/org/units", admin,
                "{\"code\":\"C" + Api.unique() + "\",\"name\":\"x\",\"level\":\"GALAXY\"}");
        assertEquals(400, r.status());
        assertEquals("level", r.json().path("details").get(0).path("field").asText(), r.text());
        nothingChanged();
    }

    @Test
    void missingRequiredFieldNamesTheField() {
        Api.Reply r = Api.post("/api/v1/org/units", admin,
                Api.json(Map.of("code", "D" + Api.unique(), "level", "CITY")));
        assertEquals(400, r.status());
        assertEquals("validation_failed", r.error());
        assertEquals("name", r.json().path("details").get(0).path("field").asText());
        nothingChanged();
    }

    @Test
    void ruleViolation() {
        // a county cannot sit above a city
        String countyCode = "E" + Api.unique();
        Api.Reply parent = Api.post("/api/v1/org/units", admin,
                Api.json(Map.of("code", countyCode, "name", "县", "level", "COUNTY")));
        unitsBefore++;
        auditBefore++;
        Api.Reply r = Api.post("/api/v1/org/units", admin,
                Api.json(Map.of("parentId", parent.json().path("id").asLong(),
                        "code", "F" + Api.unique(), "name", "市", "level", "CITY")));
        assertEquals(400, r.status());
        assertEquals("level", r.json().path("details").get(0).path("field").asText());
        nothingChanged();
    }

    @Test
    void duplicateCodeIsAConflict() {
        String code = "G" + Api.unique();
        assertEquals(201,
                Api.post("/api/v1/org/units", admin, Api.json(Map.of("code", code, "name", "甲", "level", "CITY")))
                        .status());
        unitsBefore++;
        auditBefore++;
        Api.Reply r = Api.post("/api/v1/org/units", admin,
                Api.json(Map.of("code", code, "name", "乙", "level", "CITY")));
        assertEquals(409, r.status());
        assertEquals("code_taken", r.error());
        nothingChanged();
    }

    @Test
    void oversizedBody() {
        byte[] big = new byte[2 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        byte[] body = ("{\"code\":\"H1\",\"name\":\"" + new String(big, StandardCharsets.US_ASCII)
                + "\",\"level\":\"CITY\"}")
                .getBytes(StandardCharsets.UTF_8);
        Api.Reply r = Api.send("POST", "/api/v1/org/units", admin, "application/json", body, Map.of());
        assertEquals(413, r.status());
        assertEquals("body_too_large", r.error());
        // and so does a client that asks first (Expect: 100-continue)
        Api.Reply asked = Api.sendOnNewConnection("POST", "/api/v1/org/units", admin, "application/json", body,
                Map.of("Expect", "100-continue"));
        assertEquals(413, asked.status());
        nothingChanged();
    }

    @Test
    void wrongContentType() {
        Api.Reply r = Api.sendOnNewConnection("POST", "/api/v1/org/units", admin, "text/plain",
                "code=1".getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(415, r.status());
        assertEquals("unsupported_media_type", r.error());
        nothingChanged();
    }

    @Test
    void badDatesAndNumbersInQueries() {
        Api.Reply r = Api.get("/api/v1/calendar/add?start=2026-13-01&days=3", admin);
        assertEquals(400, r.status());
        assertEquals("start", r.json().path("details").get(0).path("field").asText());
        assertEquals(400, Api.get("/api/v1/calendar/add?start=2026-01-01&days=-2", admin).status());
        assertEquals(400, Api.get("/api/v1/org/staff?page=-1", admin).status());
        assertEquals(400, Api.get("/api/v1/org/staff?tier=KING", admin).status());
        nothingChanged();
    }

    @Test
    void unknownIdIs404() {
        Api.Reply r = Api.get("/api/v1/org/units/987654321", admin);
        assertEquals(404, r.status());
        assertEquals("not_found", r.error());
        Api.Reply update = Api.put("/api/v1/org/units/987654321", admin,
                Api.json(Map.of("code", "Z9", "name", "z", "level", "CITY")));
        assertEquals(404, update.status());
        nothingChanged();
    }
}
