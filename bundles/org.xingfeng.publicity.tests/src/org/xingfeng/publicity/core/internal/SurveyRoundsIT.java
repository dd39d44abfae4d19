package org.xingfeng.publicity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.publicity.core.internal.SurveysIT.PUBLIC;
import static org.xingfeng.publicity.core.internal.SurveysIT.SURVEYS;
import static org.xingfeng.publicity.core.internal.SurveysIT.choice;
import static org.xingfeng.publicity.core.internal.SurveysIT.yes;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.publicity.api.PublicityRoles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a survey round needs beyond the questionnaire, over HTTP: branching (a question asked after an earlier answer),
 * quotas per area and respondent group that close when full even when many answer at once, paper questionnaires
 * entered by staff against their codes, the printable sheet of QR codes, and two rounds' awareness compared per
 * question and area (hand-worked).
 */
class SurveyRoundsIT {

    static String admin;
    static String editor;
    static long county;
    static long townA;
    static long townB;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        county = Fixtures.createCounty(admin).path("id").asLong();
        townA = Fixtures.createUnit(admin, county, "TOWNSHIP").path("id").asLong();
        townB = Fixtures.createUnit(admin, county, "TOWNSHIP").path("id").asLong();
        editor = Fixtures.userAt(admin, "pub.sr." + Api.unique(), List.of(PublicityRoles.EDITOR, "staff"), county,
                null);
    }

    /** knows (policy); if no: why; group (在职/退休/居民); how (policy, 了解 or 听说过 aware). */
    static Map<String, Object> branched(long unit, String title, List<Map<String, Object>> quotas) {
        Map<String, Object> d = new HashMap<>(Map.of("unitId", unit, "title", title, "kind", "AWARENESS", "questions",
                List.of(Map.of("key", "knows", "type", "YES_NO", "text", "您是否知道医保电子凭证？", "required", true,
                        "policy", true),
                        Map.of("key", "why", "type", "SINGLE", "text", "您没有激活的原因？", "options", List.of("不会操作",
                                "不需要"), "required", true, "showIf", Map.of("key", "knows", "yes", false)),
                        Map.of("key", "group", "type", "SINGLE", "text", "您的身份", "options", List.of("在职职工",
                                "退休人员", "城乡居民"), "required", true),
                        Map.of("key", "how", "type", "SINGLE", "text", "您是否了解门诊共济政策？", "options", List.of(
                                "了解", "听说过", "不了解"), "required", true, "policy", true, "awareOptions",
                                List.of(0,
                                        1)))));
        d.put("quotas", quotas);
        return d;
    }

    static long open(Map<String, Object> draft) {
        long id = PublicityFixtures.ok(Api.post(SURVEYS, editor, Api.json(draft)), 201, "survey").path("id").asLong();
        PublicityFixtures.ok(Api.post(SURVEYS + "/" + id + "/open", editor, ""), 200, "open");
        return id;
    }

    static List<String> codes(long survey, long area, int n) {
        JsonNode b = PublicityFixtures.ok(Api.post(SURVEYS + "/" + survey + "/codes", editor,
                Api.json(Map.of("areaUnitId", area, "count", n))), 201, "codes");
        List<String> out = new ArrayList<>();
        b.path("codes").forEach(c -> out.add(c.asText()));
        return out;
    }

    static Api.Reply answer(String code, Map<String, Object> answers) {
        return Api.post(PUBLIC + code + "/responses", null, Api.json(Map.of("answers", answers)));
    }

    static Map<String, Object> response(boolean knows, int group, int how) {
        Map<String, Object> a = new HashMap<>(Map.of("knows", yes(knows), "group", choice(group), "how", choice(how)));
        if (!knows) {
            a.put("why", choice(0));
        }
        return a;
    }

    @Test
    void aBranchIsAskedOnlyAfterItsAnswer() {
        long s = open(branched(county, "分支调查", List.of()));
        List<String> c = codes(s, townA, 4);
        Api.Reply notAsked = answer(c.get(0), Map.of("knows", yes(true), "why", choice(0), "group", choice(0), "how",
                choice(0)));
        assertEquals(400, notAsked.status());
        assertEquals("answers.why", notAsked.json().path("details").get(0).path("field").asText());
        Api.Reply missing = answer(c.get(0), Map.of("knows", yes(false), "group", choice(0), "how", choice(0)));
        assertEquals(400, missing.status());
        assertEquals("answers.why", missing.json().path("details").get(0).path("field").asText());
        assertEquals(201, answer(c.get(0), response(true, 0, 0)).status());
        assertEquals(201, answer(c.get(1), response(false, 1, 2)).status());
        JsonNode all = PublicityFixtures.ok(Api.get(SURVEYS + "/" + s + "/results", editor), 200, "results").get(0);
        JsonNode why = all.path("questions").get(1);
        assertEquals(1, why.path("answered").asInt());
        assertEquals(List.of(1, 0), SurveysIT.ints(why.path("counts")));
        Api.Reply badCondition = Api.post(SURVEYS, editor, Api.json(Map.of("unitId", county, "title", "t", "kind",
                "MOCK", "questions", List.of(Map.of("key", "a", "type", "TEXT", "text", "t", "showIf", Map.of("key",
                        "b", "yes", true)), Map.of("key", "b", "type", "YES_NO", "text", "t")))));
        assertEquals(400, badCondition.status());
        assertEquals("questions[0].showIf", badCondition.json().path("details").get(0).path("field").asText());
    }

    @Test
    void aQuotaClosesWhenFullEvenWhenManyAnswerAtOnce() throws Exception {
        long s = open(branched(county, "配额调查", List.of(Map.of("name", "甲镇", "areaUnitId", townA, "limit", 3),
                Map.of("name", "退休人员", "questionKey", "group", "choices", List.of(1), "limit", 1))));
        List<String> a = codes(s, townA, 12);
        List<String> b = codes(s, townB, 4);
        // the group quota: one retiree, then a second one refused; others still welcome in township B
        assertEquals(201, answer(b.get(0), response(true, 1, 0)).status());
        Api.Reply second = answer(b.get(1), response(true, 1, 0));
        assertEquals(409, second.status());
        assertEquals("quota_full", second.error());
        assertEquals(false, PublicityFixtures.ok(Api.get(PUBLIC + b.get(1), null), 200, "form").path("answered")
                .asBoolean());
        assertEquals(201, answer(b.get(1), response(false, 0, 2)).status());
        // the area quota: ten of township A at the same moment, three taken
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String code = a.get(i);
                calls.add(() -> Api.sendOnNewConnection("POST", PUBLIC + code + "/responses", null,
                        "application/json", Api.json(Map.of("answers", response(true, 0, 0)))
                                .getBytes(StandardCharsets.UTF_8),
                        Map.of()).status());
            }
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, statuses.stream().filter(x -> x == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(x -> x == 409).count(), statuses.toString());
        JsonNode survey = PublicityFixtures.ok(Api.get(SURVEYS + "/" + s, editor), 200, "survey");
        assertEquals(5, survey.path("responses").asInt());
        JsonNode area = survey.path("quotas").get(0);
        assertEquals(3, area.path("filled").asInt());
        assertEquals(true, area.path("full").asBoolean());
        assertEquals(1, survey.path("quotas").get(1).path("filled").asInt());
        Api.Reply outside = Api.post(SURVEYS, editor, Api.json(branched(county, "越界配额", List.of(Map.of("name", "外县",
                "areaUnitId", Fixtures.createCounty(admin).path("id").asLong(), "limit", 3)))));
        assertEquals(400, outside.status());
        assertEquals("quotas[0].areaUnitId", outside.json().path("details").get(0).path("field").asText());
        Api.Reply noLimit = Api.post(SURVEYS, editor, Api.json(branched(county, "无上限", List.of(Map.of("name", "x",
                "limit", 0)))));
        assertEquals(400, noLimit.status());
        assertEquals("quotas[0].limit", noLimit.json().path("details").get(0).path("field").asText());
    }

    @Test
    void staffEnterAPaperQuestionnaireAgainstItsCode() {
        long s = open(branched(county, "纸质问卷", List.of()));
        List<String> c = codes(s, townA, 3);
        String paper = SURVEYS + "/" + s + "/paper";
        Api.Reply bad = Api.post(paper, editor, Api.json(Map.of("code", c.get(0), "answers", Map.of("knows", yes(
                false), "group", choice(0), "how", choice(0)))));
        assertEquals(400, bad.status());
        assertEquals("answers.why", bad.json().path("details").get(0).path("field").asText());
        Api.Reply noCode = Api.post(paper, editor, Api.json(Map.of("answers", Map.of())));
        assertEquals(400, noCode.status());
        assertEquals("code", noCode.json().path("details").get(0).path("field").asText());
        long other = open(branched(county, "另一份问卷", List.of()));
        Api.Reply wrongSurvey = Api.post(SURVEYS + "/" + other + "/paper", editor, Api.json(Map.of("code", c.get(0),
                "answers", response(true, 0, 0))));
        assertEquals(400, wrongSurvey.status());
        assertEquals("code", wrongSurvey.json().path("details").get(0).path("field").asText());
        assertEquals(201, Api.post(paper, editor, Api.json(Map.of("code", c.get(0).toLowerCase(), "answers",
                response(true, 2, 1)))).status());
        assertEquals(201, answer(c.get(1), response(false, 0, 2)).status());
        Api.Reply twice = Api.post(paper, editor, Api.json(Map.of("code", c.get(0), "answers", response(true, 0,
                0))));
        assertEquals(409, twice.status());
        assertEquals("already_answered", twice.error());
        assertEquals(409, answer(c.get(0), response(true, 0, 0)).status());
        JsonNode results = PublicityFixtures.ok(Api.get(SURVEYS + "/" + s + "/results", editor), 200, "results");
        assertEquals(2, results.get(0).path("responses").asInt());
        assertEquals(1, results.get(0).path("paper").asInt());
        String citizen = Fixtures.userAt(admin, "pub.sv." + Api.unique(), List.of(PublicityRoles.VIEWER, "staff"),
                county, null);
        assertEquals(403, Api.post(paper, citizen, Api.json(Map.of("code", c.get(2), "answers", response(true, 0,
                0)))).status());
    }

    @Test
    void aSheetOfQrCodesForPrinting() {
        long s = open(branched(county, "扫码问卷", List.of()));
        List<String> a = codes(s, townA, 5);
        List<String> b = codes(s, townB, 2);
        assertEquals(201, answer(a.get(0), response(true, 0, 0)).status());
        Api.Reply sheet = Api.get(SURVEYS + "/" + s + "/codes/sheet?unused=true", editor);
        assertEquals(200, sheet.status(), sheet.text());
        assertTrue(sheet.contentType().startsWith("text/html"), sheet.contentType());
        String html = sheet.text();
        assertEquals(6, html.split("class=\"slip\"", -1).length - 1);
        assertEquals(6, html.split("<svg", -1).length - 1);
        assertTrue(html.contains(Api.base() + "/survey/" + b.get(1)), html);
        assertTrue(!html.contains(a.get(0)), "a used code is left out");
        String townOnly = Api.get(SURVEYS + "/" + s + "/codes/sheet?areaUnitId=" + townB, editor).text();
        assertEquals(2, townOnly.split("class=\"slip\"", -1).length - 1);
    }

    @Test
    void twoRoundsComparedPerQuestionAndArea() {
        long before = open(branched(county, "宣传月前测", List.of()));
        long after = open(branched(county, "宣传月后测", List.of()));
        List<String> ba = codes(before, townA, 4);
        List<String> bb = codes(before, townB, 2);
        List<String> aa = codes(after, townA, 4);
        List<String> ab = codes(after, townB, 2);
        // before, township A: knows 1/4, how 2/4 (了解, 听说过); township B: knows 0/2, how 0/2
        int[][] beforeA = { { 1, 0 }, { 0, 1 }, { 0, 2 }, { 0, 2 } };
        int[][] afterA = { { 1, 0 }, { 1, 2 }, { 1, 2 }, { 0, 1 } };
        for (int i = 0; i < 4; i++) {
            assertEquals(201, answer(ba.get(i), response(beforeA[i][0] == 1, 0, beforeA[i][1])).status());
            assertEquals(201, answer(aa.get(i), response(afterA[i][0] == 1, 0, afterA[i][1])).status());
        }
        for (int i = 0; i < 2; i++) {
            assertEquals(201, answer(bb.get(i), response(false, 2, 2)).status());
        }
        // after, township B: knows 2/2, how 1/2
        assertEquals(201, answer(ab.get(0), response(true, 2, 0)).status());
        assertEquals(201, answer(ab.get(1), response(true, 2, 2)).status());
        JsonNode r = PublicityFixtures.ok(Api.get(SURVEYS + "/" + after + "/comparison?before=" + before, editor),
                200, "comparison");
        JsonNode all = r.get(0);
        assertEquals(6, all.path("responsesBefore").asInt());
        assertEquals(6, all.path("responsesAfter").asInt());
        // all: before 3 of 12 = 0.25, after (3+2)+(2+1)... knows 5/6, how 3/6: 8 of 12
        assertEquals(new BigDecimal("0.2500").stripTrailingZeros(),
                all.path("before").decimalValue().stripTrailingZeros());
        assertEquals(new BigDecimal("0.6667").stripTrailingZeros(),
                all.path("after").decimalValue().stripTrailingZeros());
        assertEquals(new BigDecimal("0.4167").stripTrailingZeros(),
                all.path("change").decimalValue().stripTrailingZeros());
        assertEquals(List.of("knows", "how"), List.of(all.path("questions").get(0).path("key").asText(),
                all.path("questions").get(1).path("key").asText()));
        Map<Long, JsonNode> areas = new HashMap<>();
        r.forEach(x -> areas.put(x.path("areaUnitId").asLong(), x));
        JsonNode a = areas.get(townA);
        // township A: knows 0.25 → 0.75, how 0.50 → 0.50
        assertEquals(new BigDecimal("0.5000").stripTrailingZeros(),
                a.path("questions").get(0).path("change").decimalValue().stripTrailingZeros());
        assertEquals(new BigDecimal("0.0000").stripTrailingZeros(),
                a.path("questions").get(1).path("change").decimalValue().stripTrailingZeros());
        JsonNode b = areas.get(townB);
        assertEquals(new BigDecimal("1.0000").stripTrailingZeros(),
                b.path("questions").get(0).path("change").decimalValue().stripTrailingZeros());
        assertEquals(new BigDecimal("0.5000").stripTrailingZeros(),
                b.path("questions").get(1).path("change").decimalValue().stripTrailingZeros());
        Api.Reply xlsx = Api.get(SURVEYS + "/" + after + "/comparison?before=" + before + "&format=xlsx", editor);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().contains("spreadsheetml"), xlsx.contentType());
        Api.Reply noBefore = Api.get(SURVEYS + "/" + after + "/comparison", editor);
        assertEquals(400, noBefore.status());
        assertEquals("before", noBefore.json().path("details").get(0).path("field").asText());
        String otherEditor = Fixtures.userAt(admin, "pub.so." + Api.unique(), List.of(PublicityRoles.EDITOR, "staff"),
                Fixtures.createCounty(admin).path("id").asLong(), null);
        Api.Reply foreign = Api.get(SURVEYS + "/" + after + "/comparison?before=" + before, otherEditor);
        assertEquals(404, foreign.status());
    }

    @Test
    void satisfactionBesideEvaluationsWorksWithoutTheEvaluationsModule() {
        Map<String, Object> d = new HashMap<>(branched(county, "满意度调查", List.of()));
        List<Object> questions = new ArrayList<>((List<?>) d.get("questions"));
        questions.add(Map.of("key", "sat", "type", "RATING", "text", "您对经办服务的满意程度", "scale", 5));
        d.put("questions", questions);
        d.put("kind", "SATISFACTION");
        long s = open(d);
        List<String> c = codes(s, townA, 4);
        int[] ratings = { 5, 3, 2, 1 };
        for (int i = 0; i < 4; i++) {
            Map<String, Object> a = response(true, 0, 0);
            a.put("sat", Map.of("rating", ratings[i]));
            assertEquals(201, answer(c.get(i), a).status());
        }
        JsonNode rows = PublicityFixtures.ok(Api.get(SURVEYS + "/" + s + "/evaluations", editor), 200, "beside");
        JsonNode all = rows.get(0);
        // 5 and 3 are satisfied (3 to 5 of 5), 2 and 1 not: 2 of 4
        assertEquals(4, all.path("ratings").asInt());
        assertEquals(new BigDecimal("0.5"), all.path("surveyRate").decimalValue().stripTrailingZeros());
        assertTrue(all.path("evaluationsRate").isNull(), all.toString());
        assertEquals(townA, rows.get(1).path("areaUnitId").asLong());
        assertEquals(200, Api.get(SURVEYS + "/" + s + "/evaluations?format=xlsx", editor).status());
    }
}
