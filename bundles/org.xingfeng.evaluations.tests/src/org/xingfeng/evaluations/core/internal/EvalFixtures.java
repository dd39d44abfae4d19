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

    private static final java.util.concurrent.atomic.AtomicReference<String> ISSUER = new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * The submission with the evaluation ticket (评价凭证) a citizen would bring: issued over HTTP by the installation's
     * administrator for the body's unit and record, with its staff number, window and matter; when the staff number
     * cannot be vouched for (another unit's), for the unit and record alone, so the submission meets the intake's own
     * check. A body whose unit or record cannot have a ticket is returned as it is (and is refused without one).
     */
    public static Map<String, Object> ticketed(Map<String, Object> body) {
        Map<String, Object> m = new HashMap<>(body);
        if (m.containsKey("ticket") || !(m.get("unitId") instanceof Number) || !(m.get("recordNo") instanceof String)) {
            return m;
        }
        String token = ISSUER.updateAndGet(t -> t != null ? t : Api.admin());
        Map<String, Object> draft = new HashMap<>();
        for (String k : List.of("unitId", "recordNo", "staffNumber", "windowNo", "matterCode")) {
            if (m.get(k) != null) {
                draft.put(k, m.get(k));
            }
        }
        Api.Reply r = Api.post("/api/v1/evaluations/tickets", token, Api.json(draft));
        if (r.status() == 400) {
            draft.remove("staffNumber");
            r = Api.post("/api/v1/evaluations/tickets", token, Api.json(draft));
        }
        if (r.status() == 201) {
            m.put("ticket", r.json().path("token").asText());
        }
        return m;
    }

    /** Posts a citizen's evaluation with its ticket ({@link #ticketed}). */
    public static Api.Reply submit(Map<String, Object> body) {
        return Api.post("/api/v1/evaluations/submissions", null, Api.json(ticketed(body)));
    }
}
