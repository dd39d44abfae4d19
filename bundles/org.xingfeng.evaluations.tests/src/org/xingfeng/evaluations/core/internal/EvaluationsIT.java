package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/** 好差评 through HTTP on the real runtime and database: intake, cases, appeals, satisfaction. */
class EvaluationsIT {

    static final String SUBMIT = "/api/v1/evaluations/submissions";
    static String admin;
    static String officer;
    static String reviewer;
    static String staff;
    static long county;
    static String today;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        officer = Fixtures.userWithRoles(admin, "officer" + Api.unique(), List.of("evaluations.officer"));
        reviewer = Fixtures.userWithRoles(admin, "reviewer" + Api.unique(), List.of("evaluations.reviewer"));
        staff = Fixtures.userWithRoles(admin, "staff" + Api.unique(), List.of("staff"));
        county = Fixtures.createCounty(admin).path("id").asLong();
        today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    static Map<String, Object> evaluation(long unit, String record, Object level) {
        Map<String, Object> m = new HashMap<>();
        m.put("unitId", unit);
        m.put("recordNo", record);
        m.put("level", level);
        m.put("channel", "WINDOW_DEVICE");
        m.put("windowNo", "3");
        return m;
    }

    static Api.Reply submit(Map<String, Object> body) {
        return Api.post(SUBMIT, null, Api.json(EvalFixtures.ticketed(body)));
    }

    static long stored(long unit) {
        return Fixtures.count(admin, "/api/v1/evaluations?unitId=" + unit);
    }

    static JsonNode satisfaction(long unit, String extra) {
        Api.Reply r = Api.get(
                "/api/v1/evaluations/satisfaction?unitId=" + unit + "&from=" + today + "&to=" + today + extra, officer);
        assertEquals(200, r.status(), r.text());
        return r.json();
    }

    @Test
    void submissionsAreStoredOncePerHandlingRecordAndCounted() {
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        Object[] levels = { "非常满意", 5, "SATISFIED", "基本满意", 3, "不满意", 1, "满意", "满意", 4 };
        for (int i = 0; i < levels.length; i++) {
            Api.Reply r = submit(evaluation(unit, "R-" + i, levels[i]));
            assertEquals(201, r.status(), r.text());
            assertTrue(r.json().path("id").asLong() > 0);
        }
        Api.Reply again = submit(evaluation(unit, "R-3", "满意"));
        assertEquals(409, again.status(), again.text());
        assertEquals("already_evaluated", again.error());
        assertEquals(10, stored(unit));
        JsonNode s = satisfaction(unit, "");
        assertEquals(10, s.path("counted").path("verySatisfied").asLong() + s.path("counted").path("satisfied").asLong()
                + s.path("counted").path("basicallySatisfied").asLong()
                + s.path("counted").path("dissatisfied").asLong()
                + s.path("counted").path("veryDissatisfied").asLong());
        assertEquals(0.8, s.path("rate").asDouble(), 1e-9);
        assertEquals(false, s.path("meetsTarget").asBoolean());
        assertEquals(0.9, s.path("target").asDouble(), 1e-9);
        JsonNode windows = satisfaction(unit, "&by=WINDOW");
        assertEquals(1, windows.size());
        assertEquals("3", windows.get(0).path("key").asText());
        // the county's city counts them too
        long city = Api.get("/api/v1/org/units", admin).json().findValues("id").stream().map(JsonNode::asLong)
                .filter(id -> id == unit).count();
        assertEquals(1, city);
    }

    @Test
    void concurrentSubmissionsOfOneRecordStoreOne() throws Exception {
        long unit = county;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                replies.add(pool.submit(() -> submit(evaluation(unit, "SAME-1", 4))));
            }
            int created = 0;
            int conflicts = 0;
            for (Future<Api.Reply> f : replies) {
                int status = f.get().status();
                created += status == 201 ? 1 : 0;
                conflicts += status == 409 ? 1 : 0;
            }
            assertEquals(1, created);
            assertEquals(15, conflicts);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Fixtures.count(admin, "/api/v1/evaluations?recordNo=SAME-1&unitId=" + unit));
    }

    @Test
    void aRepeatAmongFreshSubmissionsFailsAloneAndTheOthersAreStored() throws Exception {
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        assertEquals(201, submit(evaluation(unit, "MIX-0", 5)).status());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            // sent together, so the writer most likely stores them in one batch with the repeat inside
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                String record = i == 20 ? "MIX-0" : "MIX-" + i;
                replies.add(pool.submit(() -> submit(evaluation(unit, record, 4))));
            }
            for (int i = 1; i <= 40; i++) {
                Api.Reply r = replies.get(i - 1).get();
                assertEquals(i == 20 ? 409 : 201, r.status(), r.text());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(40, stored(unit));
        JsonNode counted = satisfaction(unit, "").path("counted");
        assertEquals(1, counted.path("verySatisfied").asLong(), counted.toString());
        assertEquals(39, counted.path("satisfied").asLong(),
                "each stored row counted once in the roll-ups: " + counted);
    }

    @Test
    void badSubmissionsAreRefusedWithAClearMessageAndStoreNothing() {
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        Map<String, Object> ok = evaluation(unit, "X-1", 5);
        Map<String, Object> unknownField = new HashMap<>(ok);
        unknownField.put("score", 5);
        Map<String, Object> badLevel = new HashMap<>(ok);
        badLevel.put("level", "很好");
        Map<String, Object> noRecord = new HashMap<>(ok);
        noRecord.remove("recordNo");
        Map<String, Object> noUnit = new HashMap<>(ok);
        noUnit.put("unitId", 987654321);
        Map<String, Object> badIndicator = new HashMap<>(ok);
        badIndicator.put("indicators", Map.of("guide", 5));
        Map<String, Object> badScore = new HashMap<>(ok);
        badScore.put("indicators", Map.of("attitude", 9));
        Map<String, Object> wrongType = new HashMap<>(ok);
        wrongType.put("tags", "fast");
        for (Map<String, Object> body : List.of(unknownField, badLevel, noRecord, noUnit, badIndicator, badScore,
                wrongType)) {
            Api.Reply r = submit(body);
            assertEquals(400, r.status(), body + " -> " + r.text());
            assertTrue(r.json().path("details").size() >= 1, r.text());
            assertTrue(r.json().path("message").asText().matches(".*[\\u4e00-\\u9fff].*"),
                    "Chinese first: " + r.text());
        }
        Map<String, String> english = Map.of("Accept-Language", "en-US,en;q=0.8");
        for (Map<String, Object> body : List.of(unknownField, noRecord, noUnit, wrongType)) {
            Api.Reply r = Api.send("POST", SUBMIT, null, "application/json",
                    Api.json(EvalFixtures.ticketed(body)).getBytes(StandardCharsets.UTF_8), english);
            assertEquals(400, r.status(), body + " -> " + r.text());
            // a record or unit that cannot have a ticket is refused for want of one
            assertEquals(body == noRecord || body == noUnit ? "ticket_required" : "validation_failed", r.error(),
                    "the code does not depend on the language");
            assertFalse(r.json().path("message").asText().matches(".*[\\u4e00-\\u9fff].*"),
                    "English when asked: " + r.text());
            assertFalse(r.json().path("details").get(0).path("message").asText().matches(".*[\\u4e00-\\u9fff].*"),
                    r.text());
        }
        Api.Reply englishType = Api.send("POST", SUBMIT, null, "text/plain",
                Api.json(EvalFixtures.ticketed(ok)).getBytes(StandardCharsets.UTF_8), english);
        assertEquals(415, englishType.status());
        assertTrue(englishType.json().path("message").asText().startsWith("send Content-Type"), englishType.text());
        Api.Reply malformed = Api.send("POST", SUBMIT, null, "application/json",
                "{\"unitId\":".getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(400, malformed.status());
        Api.Reply array = Api.send("POST", SUBMIT, null, "application/json", "[1]".getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertEquals(400, array.status());
        Api.Reply text = Api.send("POST", SUBMIT, null, "text/plain", Api.json(ok).getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertEquals(415, text.status());
        String big = "{\"comment\":\"" + "x".repeat(20_000) + "\"}";
        Api.Reply tooBig = Api.sendOnNewConnection("POST", SUBMIT, null, "application/json",
                big.getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(413, tooBig.status());
        assertEquals(405, Api.get(SUBMIT, null).status());
        assertEquals(0, stored(unit));
        assertEquals(201, submit(ok).status(), "the same body without the faults is taken");
        assertEquals(1, stored(unit));
    }

    @Test
    void listsAndReportsNeedTheRightRole() {
        assertEquals(401, Api.get("/api/v1/evaluations", null).status());
        assertEquals(403, Api.get("/api/v1/evaluations", staff).status(),
                "a staff account not linked to a staff member");
        assertEquals(403,
                Api.get("/api/v1/evaluations/satisfaction?unitId=" + county + "&from=" + today + "&to=" + today, staff)
                        .status());
        assertEquals(403, Api.get("/api/v1/evaluations/cases", staff).status());
        assertEquals(200, Api.get("/api/v1/evaluations/indicators?channel=WEB", null).status());
        assertEquals(400,
                Api.get("/api/v1/evaluations/satisfaction?unitId=" + county + "&from=2026-13-01&to=" + today, officer)
                        .status());
        assertEquals(400, Api
                .get("/api/v1/evaluations/satisfaction?unitId=" + county + "&from=" + today + "&to=2020-01-01", officer)
                .status());
        Api.Reply xlsx = Api.get("/api/v1/evaluations?format=xlsx&unitId=" + county, officer);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats"), xlsx.contentType());
    }

    @Test
    void aBadReviewOpensACaseThatIsWorkedThroughInOrder() {
        Map<String, Object> body = evaluation(county, "BAD-" + Api.unique(), "非常不满意");
        body.put("citizenPhone", "13800000000");
        body.put("comment", "等了很久");
        Api.Reply r = submit(body);
        assertEquals(201, r.status(), r.text());
        long caseId = r.json().path("caseId").asLong();
        assertTrue(caseId > 0, r.text());
        JsonNode c = Api.get("/api/v1/evaluations/cases/" + caseId, officer).json();
        assertEquals("OPEN", c.path("state").asText());
        assertTrue(c.path("realName").asBoolean());
        assertEquals(today, c.path("openedOn").asText());
        assertTrue(c.path("callbackDue").asText().compareTo(today) > 0);
        String steps = "/api/v1/evaluations/cases/" + caseId + "/steps";
        Api.Reply early = Api.post(steps, officer, Api.json(Map.of("step", "RECTIFY", "note", "改进")));
        assertEquals(409, early.status(), early.text());
        assertTrue(early.text().contains("核实"));
        assertEquals(403, Api.post(steps, staff, Api.json(Map.of("step", "VERIFY", "note", "x"))).status());
        assertEquals(400, Api.post(steps, officer, Api.json(Map.of("step", "VERIFY"))).status());
        assertEquals(400, Api.post(steps, officer, "{\"step\":\"VERIFY\",\"note\":\"x\",\"extra\":1}").status());
        assertEquals(200, Api.post(steps, officer, Api.json(Map.of("step", "VERIFY", "note", "窗口人员解释不清"))).status());
        JsonNode unreached = Api
                .post(steps, officer, Api.json(Map.of("step", "CALLBACK", "note", "无人接听", "reached", false))).json();
        assertEquals("VERIFIED", unreached.path("state").asText());
        assertEquals(200,
                Api.post(steps, officer, Api.json(Map.of("step", "CALLBACK", "note", "已致歉并解释政策", "reached", true)))
                        .status());
        JsonNode rate = Api
                .get("/api/v1/evaluations/callback-rate?unitId=" + county + "&from=" + today + "&to=" + today, officer)
                .json();
        assertTrue(rate.path("calledBack").asLong() >= 1, rate.toString());
        for (String step : List.of("RECTIFY", "FEEDBACK", "CLOSE")) {
            Api.Reply done = Api.post(steps, officer, Api.json(Map.of("step", step, "note", step + " 完成")));
            assertEquals(200, done.status(), done.text());
        }
        JsonNode closed = Api.get("/api/v1/evaluations/cases/" + caseId, officer).json();
        assertEquals("CLOSED", closed.path("state").asText());
        assertEquals(6, closed.path("history").size());
        assertEquals(409, Api.post(steps, officer, Api.json(Map.of("step", "CLOSE", "note", "again"))).status());
        Api.Reply audit = Api.get("/api/v1/audit?entityType=evaluations.case&entityId=" + caseId, admin);
        assertEquals(200, audit.status(), audit.text());
        assertEquals(6, audit.json().path("total").asLong(), audit.text());
    }

    @Test
    void anAnonymousBadReviewCannotBeCalledBack() {
        Api.Reply r = submit(evaluation(county, "ANON-" + Api.unique(), 2));
        long caseId = r.json().path("caseId").asLong();
        String steps = "/api/v1/evaluations/cases/" + caseId + "/steps";
        assertEquals(200, Api.post(steps, officer, Api.json(Map.of("step", "VERIFY", "note", "核实属实"))).status());
        Api.Reply call = Api.post(steps, officer, Api.json(Map.of("step", "CALLBACK", "note", "?", "reached", true)));
        assertEquals(409, call.status());
        assertTrue(call.text().contains("匿名"), call.text());
        assertEquals(200, Api.post(steps, officer, Api.json(Map.of("step", "RECTIFY", "note", "加强培训"))).status());
    }

    @Test
    void anUpheldAppealLeavesTheReviewOutOfTheFiguresAndClosesItsCase() {
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        assertEquals(201, submit(evaluation(unit, "G-1", 5)).status());
        Api.Reply bad = submit(evaluation(unit, "B-1", 1));
        long evaluationId = bad.json().path("id").asLong();
        long caseId = bad.json().path("caseId").asLong();
        assertEquals(0.5, satisfaction(unit, "").path("rate").asDouble(), 1e-9);

        String path = "/api/v1/evaluations/" + evaluationId + "/appeals";
        assertEquals(400, Api.post(path, staff, Api.json(Map.of("reason", "MALICIOUS"))).status());
        assertEquals(400, Api.post(path, staff, Api.json(Map.of("reason", "UNKNOWN", "statement", "x"))).status());
        Api.Reply filed = Api.post(path, staff, Api.json(Map.of("reason", "MALICIOUS", "statement", "评价人与办件无关，系恶意评价")));
        assertEquals(201, filed.status(), filed.text());
        assertEquals(409,
                Api.post(path, staff, Api.json(Map.of("reason", "UNRELATED", "statement", "again"))).status());
        long goodId = Api.get("/api/v1/evaluations?recordNo=G-1&unitId=" + unit, admin).json().path("items").get(0)
                .path("id").asLong();
        assertEquals(400, Api.post("/api/v1/evaluations/" + goodId + "/appeals", staff,
                Api.json(Map.of("reason", "MALICIOUS", "statement", "x"))).status(), "only bad reviews are appealed");

        long appealId = filed.json().path("id").asLong();
        String decision = "/api/v1/evaluations/appeals/" + appealId + "/decision";
        assertEquals(403, Api.post(decision, officer, Api.json(Map.of("uphold", true, "reason", "x"))).status());
        assertEquals(400, Api.post(decision, reviewer, Api.json(Map.of("uphold", true))).status());
        JsonNode decided = Api.post(decision, reviewer, Api.json(Map.of("uphold", true, "reason", "经核查监控录像，评价与服务无关")))
                .json();
        assertEquals("UPHELD", decided.path("state").asText(), decided.toString());
        assertEquals(409, Api.post(decision, reviewer, Api.json(Map.of("uphold", false, "reason", "x"))).status());

        JsonNode s = satisfaction(unit, "");
        assertEquals(1.0, s.path("rate").asDouble(), 1e-9);
        assertEquals(1, s.path("excluded").path("veryDissatisfied").asLong());
        assertEquals(0.5, s.path("rateWithExcluded").asDouble(), 1e-9);
        JsonNode c = Api.get("/api/v1/evaluations/cases/" + caseId, officer).json();
        assertEquals("CLOSED", c.path("state").asText());
        assertEquals("UPHELD", Api.get("/api/v1/evaluations/" + evaluationId, officer).json().path("appeal").asText());
        assertNotNull(Api.get("/api/v1/evaluations/appeals?state=UPHELD", reviewer).json().path("items"));

        // counted afresh from the evaluations, the roll-ups say the same
        assertEquals(403, Api.post("/api/v1/evaluations/rollups/rebuild", officer, "").status());
        Api.Reply rebuilt = Api.post("/api/v1/evaluations/rollups/rebuild", admin, "");
        assertEquals(200, rebuilt.status(), rebuilt.text());
        assertTrue(rebuilt.json().path("evaluations").asLong() >= 2);
        assertEquals(s, satisfaction(unit, ""));
    }

    @Test
    void trendsAndDashboard() {
        JsonNode trend = satisfaction(county, "&granularity=MONTH");
        assertEquals(1, trend.size());
        JsonNode dash = Api
                .get("/api/v1/evaluations/dashboard?unitId=" + county + "&from=" + today + "&to=" + today, officer)
                .json();
        assertTrue(dash.has("satisfaction") && dash.has("callbackRate") && dash.has("overdueCases"), dash.toString());
    }
}
