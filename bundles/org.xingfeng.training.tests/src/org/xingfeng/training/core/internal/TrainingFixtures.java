package org.xingfeng.training.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xingfeng.platform.testing.Api;

import com.fasterxml.jackson.databind.JsonNode;

/** Courses, sessions and attendance made over HTTP for the module's tests. */
final class TrainingFixtures {

    static final String API = "/api/v1/training";

    private TrainingFixtures() {
    }

    static JsonNode ok(Api.Reply r, int status, String what) {
        if (r.status() != status) {
            throw new AssertionError(what + ": " + r.status() + " " + r.text());
        }
        return r.json();
    }

    static Map<String, Object> courseDraft(long unit, String title, String start, String end, String... tiers) {
        Map<String, Object> d = new HashMap<>();
        d.put("unitId", unit);
        d.put("title", title);
        d.put("kind", "POLICY");
        d.put("tiers", List.of(tiers));
        d.put("organiser", "市医保局");
        d.put("place", "三楼会议室");
        d.put("online", false);
        d.put("startDate", start);
        d.put("endDate", end);
        d.put("hours", 40);
        return d;
    }

    static JsonNode course(String token, long unit, String title, String start, String end, String... tiers) {
        return ok(Api.post(API + "/courses", token, Api.json(courseDraft(unit, title, start, end, tiers))), 201,
                "create a course");
    }

    static Map<String, Object> sessionDraft(String day) {
        return Map.of("day", day, "startsAt", "09:00", "endsAt", "12:00", "topic", "医保政策");
    }

    static long session(String token, long course, String day) {
        return ok(Api.post(API + "/courses/" + course + "/sessions", token, Api.json(sessionDraft(day))), 201,
                "add a session").path("id").asLong();
    }

    static JsonNode attend(String token, long session, long staff, Map<String, Object> extra) {
        Map<String, Object> d = new HashMap<>(extra);
        d.put("staffId", staff);
        d.putIfAbsent("present", true);
        return ok(Api.put(API + "/sessions/" + session + "/attendance", token, Api.json(List.of(d))), 200,
                "record attendance").get(0);
    }
}
