package org.xingfeng.evaluations.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xingfeng.platform.testing.Api;

import com.fasterxml.jackson.databind.JsonNode;

/** What the evaluations tests create through the API, as an administrator would. */
public final class EvalFixtures {

    private EvalFixtures() {
    }

    /** Waits until the server answers and the given module paths exist (401 without a token, not 404). */
    public static void awaitPaths(String... paths) throws InterruptedException {
        Api.awaitReady();
        long deadline = System.currentTimeMillis() + 60_000;
        for (String p : paths) {
            while (Api.get(p, null).status() != 401 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
        }
    }

    public static JsonNode section(String admin, long unitId, String name) {
        Api.Reply r = Api.post("/api/v1/org/units/" + unitId + "/sections", admin, Api.json(Map.of("name", name)));
        if (r.status() != 201) {
            throw new AssertionError("create section: " + r.status() + " " + r.text());
        }
        return r.json();
    }

    public static JsonNode staff(String admin, long unitId, Long sectionId, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("staffNumber", "S" + Api.unique());
        body.put("name", name);
        body.put("unitId", unitId);
        body.put("sectionId", sectionId);
        body.put("tier", "WINDOW_STAFF");
        body.put("posts", List.of("综合柜员"));
        body.put("active", true);
        Api.Reply r = Api.post("/api/v1/org/staff", admin, Api.json(body));
        if (r.status() != 201) {
            throw new AssertionError("create staff: " + r.status() + " " + r.text());
        }
        return r.json();
    }
}
