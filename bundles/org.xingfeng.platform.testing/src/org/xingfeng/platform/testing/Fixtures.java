package org.xingfeng.platform.testing;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Creates what the tests need through the API, as an administrator would. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Creates a user with the given roles and a known password already changed, and returns its token. */
    public static String userWithRoles(String admin, String username, List<String> roles) {
        return userAt(admin, username, roles, null, null);
    }

    /**
     * Creates a user at home in a unit (or linked to a staff member, whose unit is then its home) with a known
     * password already changed, and returns its token.
     */
    public static String userAt(String admin, String username, List<String> roles, Long homeUnitId, Long staffId) {
        String oneTime = "One-time-" + Api.unique();
        java.util.HashMap<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "displayName",
                "测试用户 " + username, "roles", roles, "password", oneTime));
        body.put("homeUnitId", homeUnitId);
        body.put("staffId", staffId);
        Api.Reply created = Api.post("/api/v1/users", admin, Api.json(body));
        if (created.status() != 201) {
            throw new AssertionError("create user: " + created.status() + " " + created.text());
        }
        String token = Api.login(username, oneTime);
        String password = "Changed-" + Api.unique();
        Api.Reply changed = Api.post("/api/v1/auth/password", token,
                Api.json(Map.of("oldPassword", oneTime, "newPassword", password)));
        if (changed.status() != 204) {
            throw new AssertionError("change password: " + changed.status() + " " + changed.text());
        }
        return Api.login(username, password);
    }

    public static JsonNode createCounty(String admin) {
        JsonNode city = createUnit(admin, null, "CITY");
        return createUnit(admin, city.path("id").asLong(), "COUNTY");
    }

    public static JsonNode createUnit(String admin, Long parentId, String level) {
        String code = "T" + Api.unique();
        java.util.HashMap<String, Object> body = new java.util.HashMap<>();
        body.put("parentId", parentId);
        body.put("code", code);
        body.put("name", "测试单位 " + code);
        body.put("level", level);
        Api.Reply r = Api.post("/api/v1/org/units", admin, Api.json(body));
        if (r.status() != 201) {
            throw new AssertionError("create unit: " + r.status() + " " + r.text());
        }
        return r.json();
    }

    /** Creates a staff member of a unit and returns it. */
    public static JsonNode createStaff(String admin, long unitId, String name) {
        Api.Reply r = Api.post("/api/v1/org/staff", admin, Api.json(Map.of("staffNumber", "S" + Api.unique(), "name",
                name, "unitId", unitId, "tier", "WINDOW_STAFF", "posts", List.of("综合柜员"), "active", true)));
        if (r.status() != 201) {
            throw new AssertionError("create staff: " + r.status() + " " + r.text());
        }
        return r.json();
    }

    public static long count(String admin, String listPath) {
        Api.Reply r = Api.get(listPath, admin);
        JsonNode body = r.json();
        return body.has("total") ? body.path("total").asLong() : body.size();
    }
}
