package org.xingfeng.publicity.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xingfeng.platform.testing.Api;

import com.fasterxml.jackson.databind.JsonNode;

/** Articles and staff made over HTTP for the integration tests. */
final class PublicityFixtures {

    static final String API = "/api/v1/publicity";

    private PublicityFixtures() {
    }

    static JsonNode ok(Api.Reply r, int status, String what) {
        if (r.status() != status) {
            throw new AssertionError(what + ": " + r.status() + " " + r.text());
        }
        return r.status() == 204 ? null : r.json();
    }

    static Map<String, Object> articleDraft(long unitId, String title, String level, String date, List<Long> authors) {
        Map<String, Object> d = new HashMap<>();
        d.put("unitId", unitId);
        d.put("title", title);
        d.put("outlet", "绵阳日报");
        d.put("level", level);
        d.put("publishedOn", date);
        d.put("link", "https://example.cn/a/" + Api.unique());
        d.put("authorIds", authors);
        return d;
    }

    static long article(String token, long unitId, String title, String level, String date, Long... authors) {
        return ok(Api.post(API + "/articles", token,
                Api.json(articleDraft(unitId, title, level, date, List.of(authors)))), 201, "create article")
                .path("id").asLong();
    }

    static Map<String, Object> campaignDraft(long unitId, String theme) {
        Map<String, Object> d = new HashMap<>();
        d.put("unitId", unitId);
        d.put("theme", theme);
        d.put("startDate", java.time.LocalDate.now().minusDays(10).toString());
        d.put("endDate", java.time.LocalDate.now().plusDays(20).toString());
        d.put("goal", "政策知晓率达到 90%");
        d.put("targetGroups", List.of("RESIDENTS", "ELDERLY"));
        d.put("venueKinds", List.of("ENTERPRISE", "SCHOOL", "COMMUNITY", "VILLAGE", "FAMILY"));
        d.put("channels", List.of("LED_SCREEN", "LEAFLET", "WECHAT"));
        return d;
    }

    static long campaign(String token, long unitId, String theme) {
        return ok(Api.post(API + "/campaigns", token, Api.json(campaignDraft(unitId, theme))), 201, "create campaign")
                .path("id").asLong();
    }

    static Map<String, Object> activityDraft(long unitId, int leaflets, int people) {
        Map<String, Object> d = new HashMap<>();
        d.put("unitId", unitId);
        d.put("date", java.time.LocalDate.now().toString());
        d.put("venueKind", "COMMUNITY");
        d.put("venue", "城南社区");
        d.put("leaflets", leaflets);
        d.put("banners", 1);
        d.put("screens", 0);
        d.put("sessions", 1);
        d.put("peopleReached", people);
        return d;
    }

    static long activity(String token, long campaignId, long unitId, int leaflets, int people) {
        return ok(Api.post(API + "/campaigns/" + campaignId + "/activities", token,
                Api.json(activityDraft(unitId, leaflets, people))), 201, "add activity").path("id").asLong();
    }

    static long section(String admin, long unitId, String name) {
        return ok(Api.post("/api/v1/org/units/" + unitId + "/sections", admin, Api.json(Map.of("name", name))), 201,
                "create section").path("id").asLong();
    }

    /** A staff member of a unit and section. */
    static long staff(String admin, long unitId, Long sectionId, String name) {
        Map<String, Object> body = new HashMap<>(Map.of("staffNumber", "P" + Api.unique(), "name", name, "unitId",
                unitId, "tier", "WINDOW_STAFF", "posts", List.of("宣传员"), "active", true));
        body.put("sectionId", sectionId);
        return ok(Api.post("/api/v1/org/staff", admin, Api.json(body)), 201, "create staff").path("id").asLong();
    }
}
