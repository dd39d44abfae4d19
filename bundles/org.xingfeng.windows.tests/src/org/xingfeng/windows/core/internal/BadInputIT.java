package org.xingfeng.windows.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.windows.core.internal.WindowsFixtures.API;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/** Bad input on every endpoint that takes some: a JSON 400 naming the field, and nothing changed. */
class BadInputIT {

    static String admin;
    static long county;
    static long hall;
    static long window;
    static long ticket;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        county = Fixtures.createCounty(admin).path("id").asLong();
        hall = WindowsFixtures.hall(admin, county, "坏输入大厅");
        window = WindowsFixtures.window(admin, hall, "1", "M1");
        ticket = WindowsFixtures.take(admin, hall, "M1").path("id").asLong();
    }

    record Bad(String method, String path, String body, boolean anonymous, String field) {
    }

    @Test
    void everyEndpointNamesTheBadField() {
        String before = snapshot();
        List<Bad> cases = List.of(
                new Bad("POST", API + "/halls", "{\"unitId\":" + county + ",\"code\":\"\",\"name\":\"x\"}", false,
                        "code"),
                new Bad("POST", API + "/halls",
                        "{\"unitId\":" + county + ",\"code\":\"C\",\"name\":\"x\",\"series\":\"ab\"}", false, "series"),
                new Bad("POST", API + "/halls",
                        "{\"unitId\":" + county + ",\"code\":\"C\",\"name\":\"x\",\"slotMinutes\":1}", false,
                        "slotMinutes"),
                new Bad("POST", API + "/halls", "{\"unitId\":999999999,\"code\":\"C\",\"name\":\"x\"}", false,
                        "unitId"),
                new Bad("PUT", API + "/halls/" + hall, "{\"unitId\":" + county + ",\"code\":\"C\"}", false, "name"),
                new Bad("POST", API + "/windows",
                        "{\"hallId\":" + hall + ",\"number\":\"9 9\",\"type\":\"SINGLE\",\"matterCodes\":[\"M1\"]}",
                        false, "number"),
                new Bad("POST", API + "/windows",
                        "{\"hallId\":" + hall + ",\"number\":\"9\",\"type\":\"SINGLE\",\"matterCodes\":[]}", false,
                        "matterCodes"),
                new Bad("POST", API + "/windows",
                        "{\"hallId\":" + hall + ",\"number\":\"9\",\"type\":\"SINGLE\",\"matterCodes\":[\"a b\"]}",
                        false, "matterCodes[0]"),
                new Bad("POST", API + "/windows",
                        "{\"hallId\":999999999,\"number\":\"9\",\"type\":\"SINGLE\",\"matterCodes\":[\"M1\"]}", false,
                        "hallId"),
                new Bad("PUT", API + "/windows/" + window,
                        "{\"hallId\":" + hall + ",\"number\":\"1\",\"matterCodes\":[\"M1\"]}", false, "type"),
                new Bad("PUT", API + "/windows/" + window + "/state", "{}", false, "state"),
                new Bad("POST", API + "/tickets", "{\"hallId\":" + hall + ",\"matterCode\":\"M9\"}", false,
                        "matterCode"),
                new Bad("POST", API + "/tickets",
                        "{\"hallId\":" + hall + ",\"matterCode\":\"M1\",\"priorityClass\":\"VIP\"}", false,
                        "priorityClass"),
                new Bad("POST", API + "/tickets", "{\"matterCode\":\"M1\"}", false, "hallId"),
                new Bad("POST", API + "/tickets/" + ticket + "/transfer", "{}", false, "windowId"),
                new Bad("POST", API + "/tickets/" + ticket + "/transfer", "{\"matterCode\":\"x y\"}", false,
                        "matterCode"),
                new Bad("POST", API + "/tickets/" + ticket + "/finish", "{}", false, "outcome"),
                new Bad("POST", API + "/tickets/" + ticket + "/call-back", "{}", false, "windowId"),
                new Bad("PUT", API + "/tickets/" + ticket + "/priority", "{\"priorityClass\":\"VIP\"}", false,
                        "priorityClass"),
                new Bad("GET", API + "/tickets?hallId=abc", null, false, "hallId"),
                new Bad("GET", API + "/tickets?hallId=" + hall + "&state=GONE", null, false, "state"),
                new Bad("GET", API + "/tickets?hallId=" + hall + "&day=yesterday", null, false, "day"),
                new Bad("GET", API + "/windows", null, false, "hallId"),
                new Bad("GET", API + "/appointments/slots?hallId=" + hall + "&matterCode=M1", null, false, "date"),
                new Bad("POST", API + "/appointments", "{\"hallId\":" + hall
                        + ",\"matterCode\":\"M1\",\"date\":\"2020-01-06\",\"start\":\"09:00\",\"citizenName\":\"张三\",\"citizenPhone\":\"13800001234\"}",
                        false, "date"),
                new Bad("POST", API + "/roster/duties",
                        "{\"hallId\":" + hall + ",\"date\":\"2026-01-05\",\"role\":\"WINDOW_STAFF\",\"staffId\":1}",
                        false, "windowId"),
                new Bad("POST", API + "/roster/sessions", "{\"hallId\":" + hall
                        + ",\"kind\":\"EXTENDED_HOURS\",\"date\":\"2026-01-05\",\"start\":\"18:00\",\"end\":\"17:00\",\"staffId\":1,\"citizensServed\":2}",
                        false, "end"),
                new Bad("GET", API + "/roster/duties?hallId=" + hall + "&from=2026-02-01&to=2026-01-01", null, false,
                        "to"),
                new Bad("POST", API + "/standard/items",
                        "{\"code\":\"X\",\"name\":\"x\",\"category\":\"OTHER\",\"requiredQuantity\":1}", false,
                        "category"),
                new Bad("PUT", API + "/standard/halls/" + hall + "/inventory",
                        "[{\"itemCode\":\"NOPE\",\"present\":1}]", false, "counts[0].itemCode"),
                new Bad("PUT", API + "/standard/halls/" + hall + "/inventory",
                        "[{\"itemCode\":\"PRINTER\",\"present\":-1}]", false, "counts[0].present"),
                new Bad("POST", API + "/standard/inspections", "{\"hallId\":" + hall + ",\"date\":\"2099-01-01\"}",
                        false, "date"),
                new Bad("GET", API + "/figures/service-levels?hallId=" + hall + "&by=YEAR", null, false, "by"),
                new Bad("GET", API + "/figures/service-levels?hallId=" + hall + "&from=2026-02-01&to=2026-01-01", null,
                        false, "to"),
                new Bad("GET", API + "/figures/coverage", null, false, "unitId"),
                new Bad("POST", API + "/public/tickets",
                        "{\"hallId\":" + hall + ",\"matterCode\":\"M1\",\"source\":\"STAFF\"}", true, "source"),
                new Bad("POST", API + "/public/tickets", "{\"hallId\":" + hall + ",\"matterCode\":\"\"}", true,
                        "matterCode"),
                new Bad("POST", API + "/public/appointments", "{\"hallId\":" + hall
                        + ",\"matterCode\":\"M1\",\"date\":\"2026-01-05\",\"start\":\"09:00\",\"citizenName\":\"张三\",\"citizenPhone\":\"123\"}",
                        true, "citizenPhone"),
                new Bad("POST", API + "/public/appointments/1/cancel", "{}", true, "reference"),
                new Bad("POST", API + "/public/check-in", "{\"hallId\":" + hall + "}", true, "reference"),
                new Bad("GET", API + "/public/slots?hallId=" + hall + "&matterCode=M1&date=someday", null, true,
                        "date"));
        List<String> failures = new ArrayList<>();
        for (Bad b : cases) {
            Api.Reply r = Api.send(b.method(), b.path(), b.anonymous() ? null : admin,
                    b.body() == null ? null : "application/json",
                    b.body() == null ? null : b.body().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    java.util.Map.of());
            if (r.status() != 400) {
                failures.add(b.method() + " " + b.path() + ": " + r.status() + " " + r.text());
                continue;
            }
            JsonNode details = r.json().path("details");
            boolean named = r.text().contains("\"field\":\"" + b.field() + "\"");
            if (!named) {
                failures.add(b.method() + " " + b.path() + " does not name " + b.field() + ": " + details);
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(before, snapshot(), "nothing changed");
    }

    @Test
    void malformedAndUnknownFieldsAre400() {
        Api.Reply malformed = Api.post(API + "/public/tickets", null, "{\"hallId\":");
        assertEquals(400, malformed.status(), malformed.text());
        Api.Reply unknown = Api.post(API + "/public/tickets", null, "{\"hallId\":" + hall + ",\"matterCode\":\"M1\","
                + "\"priorityClass\":\"ELDERLY\"}");
        assertEquals(400, unknown.status(), unknown.text());
        assertTrue(unknown.text().contains("priorityClass"), unknown.text());
        Api.Reply big = Api.post(API + "/public/tickets", null, "{\"hallId\":" + hall + ",\"matterCode\":\""
                + "M".repeat(5000) + "\"}");
        assertEquals(413, big.status(), big.text());
    }

    static String snapshot() {
        return Api.get(API + "/tickets?hallId=" + hall + "&size=1000", admin).text()
                + Api.get(API + "/windows?hallId=" + hall, admin).text()
                + Api.get(API + "/halls?unitId=" + county, admin).text()
                + Api.get(API + "/standard/halls/" + hall + "/inventory", admin).text();
    }
}
