package org.xingfeng.training.evaluations.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.platform.testing.Modules;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Training needs from the real evaluations module, both features in one runtime: a window clerk's bad reviews and low
 * 服务态度 ratings posted as citizens post them (a ticket, then the submission), and a complaint about a second clerk
 * registered and found upheld by the evaluations officer, become training needs over REST; a complaint not upheld
 * and one about a window make none. Another county's clerk, with bad reviews of their own, stays out of this
 * county's officer's reach and the other way round. With the evaluations module stopped training still answers: the
 * list is empty and says the module is absent.
 */
class NeedsWithEvaluationsIT {

    static final String NEEDS = "/api/v1/training/needs";
    static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");
    static String root;
    static String officer;
    static String otherOfficer;
    static long county;
    static long otherCounty;
    static JsonNode clerk;
    static JsonNode complained;
    static JsonNode calm;
    static JsonNode stranger;
    static LocalDate today;

    static JsonNode ok(Api.Reply r, int status, String what) {
        assertEquals(status, r.status(), what + ": " + r.text());
        return r.json();
    }

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        root = Api.admin();
        today = LocalDate.now(BUREAU);
        county = Fixtures.createCounty(root).path("id").asLong();
        otherCounty = Fixtures.createCounty(root).path("id").asLong();
        clerk = Fixtures.createStaff(root, county, "差评窗口");
        complained = Fixtures.createStaff(root, county, "被投诉窗口");
        calm = Fixtures.createStaff(root, county, "平稳窗口");
        stranger = Fixtures.createStaff(root, otherCounty, "外县窗口");
        officer = Fixtures.userAt(root, "trn.ev." + Api.unique(), List.of("training.officer"), county, null);
        otherOfficer = Fixtures.userAt(root, "trn.ew." + Api.unique(), List.of("training.officer"), otherCounty,
                null);

        // the clerk: two bad reviews tagged 态度不好 and 解释不清, 服务态度 rated 1, 2 and 2
        evaluate(county, clerk, 1, List.of("态度不好"), Map.of("attitude", 1));
        evaluate(county, clerk, 2, List.of("解释不清"), Map.of("attitude", 2));
        evaluate(county, clerk, 4, List.of(), Map.of("attitude", 2));
        // the calm one: one bad review only, good ratings
        evaluate(county, calm, 1, List.of("等候太久"), Map.of("attitude", 5));
        evaluate(county, calm, 5, List.of(), Map.of("attitude", 5));
        // the stranger, of another county: as bad as the clerk
        evaluate(otherCounty, stranger, 1, List.of("态度不好"), Map.of());
        evaluate(otherCounty, stranger, 1, List.of("态度不好"), Map.of());

        // complaints: one about the second clerk's attitude, upheld; one about them not upheld; one about the calm
        // clerk's window (no member of staff); one about the stranger, upheld, in their county
        verify(complaint(county, "STAFF", complained, "ATTITUDE"), true);
        verify(complaint(county, "STAFF", complained, "POLICY_ANSWER"), false);
        verify(complaint(county, "WINDOW", null, "ATTITUDE"), true);
        verify(complaint(otherCounty, "STAFF", stranger, "DISCIPLINE"), true);
    }

    /** A handling record's evaluation ticket, then the citizen's evaluation with it. */
    static void evaluate(long unit, JsonNode member, int level, List<String> tags, Map<String, Integer> ratings) {
        Map<String, Object> t = new HashMap<>();
        t.put("unitId", unit);
        t.put("recordNo", "TRN-EV-" + Api.unique());
        t.put("staffNumber", member.path("staffNumber").asText());
        t.put("windowNo", "1");
        String ticket = ok(Api.post("/api/v1/evaluations/tickets", root, Api.json(t)), 201, "ticket").path("token")
                .asText();
        Map<String, Object> e = new HashMap<>();
        e.put("ticket", ticket);
        e.put("level", level);
        e.put("channel", "WINDOW_DEVICE");
        e.put("tags", tags);
        e.put("indicators", ratings);
        ok(Api.post("/api/v1/evaluations/submissions", null, Api.json(e)), 201, "evaluation");
    }

    static long complaint(long unit, String subject, JsonNode member, String category) {
        Map<String, Object> d = new HashMap<>();
        d.put("channel", "HOTLINE");
        d.put("category", category);
        d.put("unitId", unit);
        d.put("subject", subject);
        if (member != null) {
            d.put("staffId", member.path("id").asLong());
        } else {
            d.put("windowNo", "3");
        }
        d.put("content", "窗口人员态度生硬");
        d.put("receivedDate", today.minusDays(3).toString());
        return ok(Api.post("/api/v1/evaluations/complaints", root, Api.json(d)), 201, "complaint").path("id")
                .asLong();
    }

    static void verify(long complaint, boolean upheld) {
        ok(Api.post("/api/v1/evaluations/complaints/" + complaint + "/verification", root,
                Api.json(Map.of("upheld", upheld, "findings", upheld ? "经调取录像属实" : "经核查不属实"))), 200,
                "verification");
    }

    static JsonNode needs(String token, String query) {
        return ok(Api.get(NEEDS + "?open=false" + query, token), 200, "needs");
    }

    static List<JsonNode> of(JsonNode reply, JsonNode member) {
        List<JsonNode> out = new ArrayList<>();
        reply.path("needs").forEach(n -> {
            if (n.path("staffId").asLong() == member.path("id").asLong()) {
                out.add(n);
            }
        });
        return out;
    }

    @Test
    void badReviewsLowRatingsAndAnUpheldComplaintAreNeeds() {
        JsonNode reply = needs(officer, "");
        assertTrue(reply.path("evaluationsPresent").asBoolean(), reply.toString());

        List<JsonNode> clerks = of(reply, clerk);
        assertEquals(List.of("BAD_REVIEWS", "LOW_RATING"), clerks.stream().map(n -> n.path("reason").asText())
                .toList(), reply.toString());
        JsonNode bad = clerks.get(0);
        assertEquals(2, bad.path("count").asInt());
        List<String> tags = new ArrayList<>();
        bad.path("tags").forEach(t -> tags.add(t.asText()));
        assertEquals(java.util.Set.of("态度不好", "解释不清"), java.util.Set.copyOf(tags), bad.toString());
        assertEquals("[\"POLICY\",\"ETIQUETTE\"]", bad.path("kinds").toString(), "the kinds the tags name");
        assertEquals(today.toString(), bad.path("arose").asText());
        JsonNode low = clerks.get(1);
        assertEquals("attitude", low.path("indicator").asText());
        assertEquals(3, low.path("count").asInt());
        assertEquals(1.67, low.path("average").asDouble(), 0.001, "(1 + 2 + 2) / 3");
        assertEquals("[\"ETIQUETTE\"]", low.path("kinds").toString());

        List<JsonNode> theirs = of(reply, complained);
        assertEquals(1, theirs.size(), "the complaint not upheld makes none: " + reply);
        JsonNode upheld = theirs.get(0);
        assertEquals("UPHELD_COMPLAINT", upheld.path("reason").asText());
        assertEquals(1, upheld.path("count").asInt());
        assertEquals("[\"服务态度\"]", upheld.path("tags").toString());
        assertEquals("[\"ETIQUETTE\"]", upheld.path("kinds").toString());
        assertEquals(today.toString(), upheld.path("arose").asText(), "the day it was found upheld");
        assertFalse(upheld.path("met").asBoolean());

        assertEquals(List.of(), of(reply, calm), "one bad review and good ratings: " + reply);
        assertEquals(3, reply.path("needs").size(), "the window's complaint names nobody: " + reply);
        assertEquals(3, reply.path("open").asInt());
    }

    @Test
    void anotherCountysStaffStayOutOfReach() {
        JsonNode mine = needs(officer, "");
        assertEquals(List.of(), of(mine, stranger), mine.toString());
        assertEquals(404, Api.get(NEEDS + "?unitId=" + otherCounty, officer).status());

        JsonNode theirs = needs(otherOfficer, "");
        assertEquals(List.of("BAD_REVIEWS", "UPHELD_COMPLAINT"), of(theirs, stranger).stream()
                .map(n -> n.path("reason").asText()).toList(), theirs.toString());
        assertEquals("[\"INTEGRITY\"]", of(theirs, stranger).get(1).path("kinds").toString(), "工作纪律 → 廉政教育");
        assertEquals(2, theirs.path("needs").size(), "none of this county's: " + theirs);
        assertEquals(404, Api.get(NEEDS + "?unitId=" + county, otherOfficer).status());
    }

    @Test
    void withTheEvaluationsModuleStoppedTrainingStillAnswers() throws Exception {
        Modules.without("evaluations", () -> {
            JsonNode reply = null;
            for (int i = 0; i < 100; i++) { // the bridge goes with the evaluations service
                reply = needs(officer, "");
                if (!reply.path("evaluationsPresent").asBoolean()) {
                    break;
                }
                Thread.sleep(100);
            }
            assertFalse(reply.path("evaluationsPresent").asBoolean(), reply.toString());
            assertEquals(0, reply.path("needs").size(), reply.toString());
            assertEquals(200, Api.get(NEEDS + "?format=xlsx", officer).status(), "the export too");
        });
        JsonNode back = null;
        for (int i = 0; i < 100; i++) {
            back = needs(officer, "");
            if (back.path("evaluationsPresent").asBoolean()) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(3, back.path("needs").size(), "the needs are back with the module: " + back);
    }
}
