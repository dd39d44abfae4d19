package org.xingfeng.demands.core.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xingfeng.platform.testing.Api;

import com.fasterxml.jackson.databind.JsonNode;

/** Demands and sections made over HTTP for the integration tests. */
final class DemandsFixtures {

    static final String API = "/api/v1/demands";
    static final String CITIZEN_ID = "51070319800101123X";

    private DemandsFixtures() {
    }

    static JsonNode ok(Api.Reply r, int status, String what) {
        if (r.status() != status) {
            throw new AssertionError(what + ": " + r.status() + " " + r.text());
        }
        return r.status() == 204 ? null : r.json();
    }

    static long section(String token, long unitId, String name) {
        return ok(Api.post("/api/v1/org/units/" + unitId + "/sections", token, Api.json(Map.of("name", name))), 201,
                "create section").path("id").asLong();
    }

    /** A member of staff of the unit's section with an account holding the roles; answers the account's token. */
    static String member(String root, long unitId, long sectionId, String... roles) {
        Map<String, Object> staff = new HashMap<>(
                Map.of("staffNumber", "DM" + Api.unique(), "name", "科员" + Api.unique(),
                        "unitId", unitId, "sectionId", sectionId, "tier", "OTHER", "posts", List.of(), "active", true));
        long staffId = ok(Api.post("/api/v1/org/staff", root, Api.json(staff)), 201, "create staff").path("id")
                .asLong();
        List<String> all = new java.util.ArrayList<>(List.of(roles));
        all.add("staff");
        return org.xingfeng.platform.testing.Fixtures.userAt(root, "dm.m." + Api.unique(), all, unitId, staffId);
    }

    /** The server's today, from the calendar: {@code days} working days after {@code start}. */
    static LocalDate addWorkingDays(String token, LocalDate start, int days) {
        return LocalDate.parse(Api.get("/api/v1/calendar/add?start=" + start + "&days=" + days, token).json()
                .path("result").asText());
    }

    static Map<String, Object> draft(long unitId, String category, String topic, LocalDate received) {
        Map<String, Object> d = new HashMap<>();
        d.put("channel", "HOTLINE_12345");
        d.put("unitId", unitId);
        d.put("citizenName", "张三丰");
        d.put("citizenPhone", "13812341234");
        d.put("citizenIdNumber", CITIZEN_ID);
        d.put("topic", topic);
        d.put("category", category);
        d.put("text", "医保报销进度查询：" + topic);
        d.put("receivedDate", received.toString());
        d.put("externalNo", "12345-" + Api.unique());
        return d;
    }

    static JsonNode register(String token, long unitId, String category, String topic, LocalDate received) {
        return ok(Api.post(API, token, Api.json(draft(unitId, category, topic, received))), 201, "register");
    }

    static JsonNode step(String token, long id, String step, Object body) {
        return ok(Api.post(API + "/" + id + "/" + step, token, body == null ? "" : Api.json(body)), 200, step);
    }

    /**
     * A demand of the unit brought by {@code token} (an administrator's, who may take every step) to the state, with
     * the lead section given.
     */
    static long inState(String token, long unitId, long sectionId, String state, LocalDate received) {
        long id = register(token, unitId, "CONSULTATION", "办理进度" + Api.unique(), received).path("id").asLong();
        List<String> flow = List.of("REGISTERED", "INSTRUCTED", "ASSIGNED", "HANDLED", "REVIEWED", "REPLIED", "RATED",
                "CLOSED");
        int target = flow.indexOf(state);
        if (target < 0) {
            throw new IllegalArgumentException(state);
        }
        if (target >= 1) {
            step(token, id, "instruct", Map.of("text", "请分管领导牵头，按时答复"));
        }
        if (target >= 2) {
            step(token, id, "assign", Map.of("leadSectionId", sectionId, "handlingSectionIds", List.of()));
        }
        if (target >= 3) {
            step(token, id, "handle", Map.of("text", "已核实并办理"));
        }
        if (target >= 4) {
            step(token, id, "review", Map.of("approved", true));
        }
        if (target >= 5) {
            step(token, id, "reply", Map.of("text", "您的报销已到账"));
        }
        if (target >= 6) {
            step(token, id, "satisfaction", Map.of("satisfied", true));
        }
        if (target >= 7) {
            step(token, id, "close", null);
        }
        return id;
    }
}
