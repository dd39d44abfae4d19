package org.xingfeng.windows.core.internal;

import java.util.List;
import java.util.Map;

import org.xingfeng.platform.itests.Api;

import com.fasterxml.jackson.databind.JsonNode;

/** Halls, windows and tickets made over HTTP for the integration tests. */
final class WindowsFixtures {

    static final String API = "/api/v1/windows";

    private WindowsFixtures() {
    }

    static JsonNode ok(Api.Reply r, int status, String what) {
        if (r.status() != status) {
            throw new AssertionError(what + ": " + r.status() + " " + r.text());
        }
        return r.status() == 204 ? null : r.json();
    }

    static long hall(String token, long unitId, String name) {
        return ok(Api.post(API + "/halls", token, Api.json(Map.of("unitId", unitId, "code", "H" + Api.unique(),
                "name", name, "zones", List.of("GUIDANCE", "COUNTERS")))), 201, "create hall").path("id").asLong();
    }

    /** An open window of the hall handling the codes. */
    static long window(String token, long hallId, String number, String... codes) {
        long id = ok(Api.post(API + "/windows", token, Api.json(Map.of("hallId", hallId, "number", number, "type",
                codes.length == 1 ? "SINGLE" : "COMPREHENSIVE", "matterCodes", List.of(codes)))), 201, "create window")
                .path("id").asLong();
        ok(Api.put(API + "/windows/" + id + "/state", token, Api.json(Map.of("state", "OPEN"))), 200, "open window");
        return id;
    }

    static JsonNode take(String token, long hallId, String code) {
        return ok(Api.post(API + "/tickets", token, Api.json(Map.of("hallId", hallId, "matterCode", code))), 201,
                "take a ticket");
    }

    static JsonNode takePriority(String token, long hallId, String code, String priorityClass) {
        return ok(Api.post(API + "/tickets", token, Api.json(Map.of("hallId", hallId, "matterCode", code,
                "priorityClass", priorityClass))), 201, "take a priority ticket");
    }

    /** The ticket the window calls next, or null when none waits. */
    static JsonNode callNext(String token, long windowId) {
        Api.Reply r = Api.post(API + "/windows/" + windowId + "/call-next", token, "");
        if (r.status() == 204) {
            return null;
        }
        return ok(r, 200, "call next");
    }

    static JsonNode step(String token, long ticketId, String step, Object body) {
        return ok(Api.post(API + "/tickets/" + ticketId + "/" + step, token, body == null ? "" : Api.json(body)), 200,
                step);
    }

    static JsonNode ticket(String token, long ticketId) {
        return ok(Api.get(API + "/tickets/" + ticketId, token), 200, "ticket");
    }
}
