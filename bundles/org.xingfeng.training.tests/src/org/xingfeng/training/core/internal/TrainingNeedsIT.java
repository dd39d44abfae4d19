package org.xingfeng.training.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.training.core.internal.TrainingFixtures.API;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Training needs over HTTP. The runtime has no evaluations module: the list says so and is empty; then a stand-in for
 * the module's bridge serves a window clerk's bad reviews about attitude and a low 服务态度 mean, which become needs
 * for a service-etiquette course, met once the clerk attends one after the reviews (not before, not absent, not a
 * course of another kind). Another county's officer sees none of it, even though the stand-in serves every county.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrainingNeedsIT {

    static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");
    static String admin;
    static String officer;
    static String otherOfficer;
    static long county;
    static long otherCounty;
    static JsonNode clerk;
    static JsonNode calm;
    static JsonNode stranger;
    static LocalDate today;
    static final List<Actor> READERS = new CopyOnWriteArrayList<>();
    static ServiceRegistration<EvaluationsBridge> registration;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        today = LocalDate.now(BUREAU);
        county = Fixtures.createCounty(admin).path("id").asLong();
        otherCounty = Fixtures.createCounty(admin).path("id").asLong();
        clerk = Fixtures.createStaff(admin, county, "窗口甲");
        calm = Fixtures.createStaff(admin, county, "窗口乙");
        stranger = Fixtures.createStaff(admin, otherCounty, "外县窗口");
        officer = Fixtures.userAt(admin, "trn.n." + Api.unique(), List.of("training.officer"), county, null);
        otherOfficer = Fixtures.userAt(admin, "trn.m." + Api.unique(), List.of("training.officer"), otherCounty,
                null);
    }

    @AfterAll
    static void tearDown() {
        if (registration != null) {
            registration.unregister();
        }
    }

    /** The stand-in: the same reviews for whoever asks, so the reach is training's own to keep. */
    static void evaluationsInstalled() {
        if (registration != null) {
            return;
        }
        long c = clerk.path("id").asLong();
        long k = calm.path("id").asLong();
        long s = stranger.path("id").asLong();
        List<NeedRules.Review> reviews = List.of(
                new NeedRules.Review(c, today.minusDays(20), true, List.of("态度不好"), Map.of("attitude", 1)),
                new NeedRules.Review(c, today.minusDays(6), true, List.of("态度不好"), Map.of("attitude", 2)),
                new NeedRules.Review(c, today.minusDays(3), false, List.of(), Map.of("attitude", 4)),
                // one bad review and good ratings: no need
                new NeedRules.Review(k, today.minusDays(6), true, List.of("等候太久"), Map.of("attitude", 5)),
                new NeedRules.Review(k, today.minusDays(5), false, List.of(), Map.of("attitude", 4)),
                new NeedRules.Review(k, today.minusDays(4), false, List.of(), Map.of("attitude", 4)),
                new NeedRules.Review(s, today.minusDays(6), true, List.of(), Map.of()),
                new NeedRules.Review(s, today.minusDays(5), true, List.of(), Map.of()),
                // before the default period of 90 days
                new NeedRules.Review(k, today.minusDays(120), true, List.of(), Map.of()));
        EvaluationsBridge bridge = new EvaluationsBridge() {
            @Override
            public List<NeedRules.Review> reviews(Actor reader, Long unitId, LocalDate from, LocalDate to) {
                READERS.add(reader);
                return reviews.stream().filter(r -> !r.day().isBefore(from) && !r.day().isAfter(to)).toList();
            }

            @Override
            public List<NeedRules.Complaint> upheldComplaints(Actor reader, Long unitId, LocalDate from,
                    LocalDate to) {
                return List.of(); // TrainingWithEvaluationsIT reads real ones
            }

            @Override
            public Map<String, String> indicatorNames() {
                return Map.of("attitude", "服务态度");
            }
        };
        BundleContext context = FrameworkUtil.getBundle(TrainingDatabase.class).getBundleContext();
        registration = context.registerService(EvaluationsBridge.class, bridge, null);
    }

    static List<JsonNode> needsOf(JsonNode reply, long staffId) {
        List<JsonNode> out = new ArrayList<>();
        reply.path("needs").forEach(n -> {
            if (n.path("staffId").asLong() == staffId) {
                out.add(n);
            }
        });
        return out;
    }

    static JsonNode needs(String token, String query) {
        return TrainingFixtures.ok(Api.get(API + "/needs?unitId=" + county + query, token), 200, "needs");
    }

    @Test
    @Order(1)
    void aBadReviewAndALowAttitudeMeanAreNeedsMetByAnEtiquetteCourseAttendedAfter() {
        if (registration == null) {
            JsonNode without = needs(officer, "");
            assertFalse(without.path("evaluationsPresent").asBoolean(), without.toString());
            assertEquals(0, without.path("needs").size());
            assertEquals(today.toString(), without.path("to").asText());
            assertEquals(today.minusDays(89).toString(), without.path("from").asText(), "90 days by default");
        }
        evaluationsInstalled();
        long clerkId = clerk.path("id").asLong();
        JsonNode reply = needs(officer, "");
        assertTrue(reply.path("evaluationsPresent").asBoolean(), reply.toString());
        List<JsonNode> mine = needsOf(reply, clerkId);
        assertEquals(2, mine.size(), reply.toString());
        JsonNode bad = mine.get(0);
        assertEquals("BAD_REVIEWS", bad.path("reason").asText());
        assertEquals(2, bad.path("count").asInt());
        assertEquals("[\"态度不好\"]", bad.path("tags").toString());
        assertEquals("[\"ETIQUETTE\"]", bad.path("kinds").toString());
        assertEquals(today.minusDays(6).toString(), bad.path("arose").asText());
        assertFalse(bad.path("met").asBoolean());
        JsonNode low = mine.get(1);
        assertEquals("LOW_RATING", low.path("reason").asText());
        assertEquals("服务态度", low.path("indicatorName").asText());
        assertEquals(2.33, low.path("average").asDouble(), 0.001);
        assertEquals(List.of(), needsOf(reply, calm.path("id").asLong()), "one bad review in the period");
        assertEquals(2, reply.path("open").asInt());
        assertEquals(1, needsOf(needs(officer, "&from=" + today.minusDays(150)), calm.path("id").asLong()).size(),
                "two bad reviews in a longer period");
        for (Actor a : READERS) {
            assertEquals(java.util.Set.of("auditor"), a.roles(), "evaluations are read as an auditor of the reach");
        }

        // before the reviews, absent, another kind: not met; an etiquette course after them: met
        long clerkSession = etiquetteSession(today.minusDays(10), "ETIQUETTE", "早前礼仪");
        TrainingFixtures.attend(officer, clerkSession, clerkId, Map.of());
        TrainingFixtures.attend(officer, etiquetteSession(today.minusDays(2), "POLICY", "政策解读"), clerkId,
                Map.of());
        long after = etiquetteSession(today.minusDays(1), "ETIQUETTE", "窗口服务礼仪");
        TrainingFixtures.attend(officer, after, clerkId, Map.of("present", false));
        assertEquals(2, needs(officer, "").path("open").asInt());
        TrainingFixtures.attend(officer, after, clerkId, Map.of());
        reply = needs(officer, "");
        assertEquals(0, reply.path("open").asInt(), reply.toString());
        assertEquals(2, reply.path("met").asInt());
        for (JsonNode n : needsOf(reply, clerkId)) {
            assertTrue(n.path("met").asBoolean());
            assertEquals(today.minusDays(1).toString(), n.path("metOn").asText());
            assertEquals("窗口服务礼仪", n.path("metByCourse").asText());
        }
        assertEquals(0, needs(officer, "&open=true").path("needs").size());
        Api.Reply sheet = Api.get(API + "/needs?format=xlsx&unitId=" + county, officer);
        assertEquals(200, sheet.status());
        assertTrue(sheet.bytes().length > 100);
    }

    private static long etiquetteSession(LocalDate day, String kind, String title) {
        java.util.Map<String, Object> d = TrainingFixtures.courseDraft(county, title, day.toString(), day.toString());
        d.put("kind", kind);
        long course = TrainingFixtures.ok(Api.post(API + "/courses", officer, Api.json(d)), 201, "course").path("id")
                .asLong();
        return TrainingFixtures.session(officer, course, day.toString());
    }

    @Test
    void anotherCountysOfficerSeesOnlyTheirOwn() {
        evaluationsInstalled();
        JsonNode theirs = TrainingFixtures.ok(Api.get(API + "/needs", otherOfficer), 200, "needs");
        assertEquals(List.of(), needsOf(theirs, clerk.path("id").asLong()));
        assertEquals(1, needsOf(theirs, stranger.path("id").asLong()).size(), theirs.toString());
        assertEquals(1, theirs.path("needs").size(), theirs.toString());
        assertEquals(404, Api.get(API + "/needs?unitId=" + county, otherOfficer).status());
        String staffOnly = Fixtures.userAt(admin, "trn.s." + Api.unique(), List.of("staff"), county, null);
        assertEquals(403, Api.get(API + "/needs?unitId=" + county, staffOnly).status());
    }

    @Test
    void badPeriodsAreRefusedNamingTheField() {
        for (String[] bad : new String[][] { { "from=2026-13-01", "from" }, { "to=" + today.plusDays(1), "to" },
                { "from=" + today + "&to=" + today.minusDays(1), "from" },
                { "from=" + today.minusDays(400) + "&to=" + today, "from" }, { "unitId=x", "unitId" } }) {
            Api.Reply r = Api.get(API + "/needs?" + bad[0], officer);
            assertEquals(400, r.status(), bad[0] + ": " + r.text());
            assertTrue(r.text().contains("\"" + bad[1] + "\""), bad[0] + ": " + r.text());
        }
    }
}
