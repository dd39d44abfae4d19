package org.xingfeng.publicity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xingfeng.publicity.core.internal.PublicityFixtures.API;

import java.util.ArrayList;
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
 * An awareness survey over HTTP: designed, opened, codes issued for two townships, answered without a login, one
 * response per code even when twenty answer at once, the figures and the awareness rate per area (hand-worked), bad
 * input named and nothing stored, a closed survey refusing answers.
 */
class SurveysIT {

    static final String SURVEYS = API + "/surveys";
    static final String PUBLIC = API + "/public/surveys/";

    static String admin;
    static String editor;
    static long county;
    static long townA;
    static long townB;
    static long survey;
    static List<String> codesA = new ArrayList<>();
    static List<String> codesB = new ArrayList<>();

    static Map<String, Object> draft(long unit) {
        return Map.of("unitId", unit, "title", "医保政策知晓率调查", "intro", "本调查匿名进行，约需 2 分钟。", "kind", "AWARENESS",
                "questions", List.of(
                        Map.of("key", "knows", "type", "YES_NO", "text", "您是否知道医保电子凭证？", "required", true,
                                "policy", true),
                        Map.of("key", "how", "type", "SINGLE", "text", "您是否了解门诊共济政策？", "options",
                                List.of("了解", "听说过", "不了解"), "required", true, "policy", true, "awareOptions",
                                List.of(0, 1)),
                        Map.of("key", "seen", "type", "MULTIPLE", "text", "您见过哪些医保宣传？", "options",
                                List.of("电子屏", "宣传单", "横幅标语"), "required", false),
                        Map.of("key", "sat", "type", "RATING", "text", "您对医保经办服务的满意程度", "scale", 5, "required",
                                false),
                        Map.of("key", "say", "type", "TEXT", "text", "您的意见和建议", "required", false)));
    }

    static List<String> codes(long area, int n) {
        JsonNode b = PublicityFixtures.ok(
                Api.post(SURVEYS + "/" + survey + "/codes", editor, Api.json(Map.of("areaUnitId", area, "count", n))),
                201, "codes");
        List<String> out = new ArrayList<>();
        b.path("codes").forEach(c -> out.add(c.asText()));
        return out;
    }

    static Api.Reply answer(String code, Map<String, Object> answers) {
        return Api.post(PUBLIC + code + "/responses", null, Api.json(Map.of("answers", answers)));
    }

    static Map<String, Object> yes(boolean b) {
        return Map.of("yes", b);
    }

    static Map<String, Object> choice(Integer... i) {
        return Map.of("choices", List.of(i));
    }

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        county = Fixtures.createCounty(admin).path("id").asLong();
        townA = Fixtures.createUnit(admin, county, "TOWNSHIP").path("id").asLong();
        townB = Fixtures.createUnit(admin, county, "TOWNSHIP").path("id").asLong();
        editor = Fixtures.userAt(admin, "pub.se." + Api.unique(), List.of(PublicityRoles.EDITOR, "staff"), county,
                null);
        survey = PublicityFixtures.ok(Api.post(SURVEYS, editor, Api.json(draft(county))), 201, "survey").path("id")
                .asLong();
        PublicityFixtures.ok(Api.post(SURVEYS + "/" + survey + "/open", editor, ""), 200, "open");
        codesA = codes(townA, 25);
        codesB = codes(townB, 3);
        // township A: yes + 了解, yes + 不了解, no + 听说过 → knows 2/3, how 2/3; township B: no + 不了解 → 0/1, 0/1
        assertEquals(201, answer(codesA.get(0), Map.of("knows", yes(true), "how", choice(0), "sat", Map.of("rating",
                5))).status());
        assertEquals(201, answer(codesA.get(1), Map.of("knows", yes(true), "how", choice(2), "seen", choice(0, 1)))
                .status());
        assertEquals(201, answer(codesA.get(2), Map.of("knows", yes(false), "how", choice(1), "sat", Map.of("rating",
                3), "say", Map.of("text", "希望多进村宣传")))
                .status());
        assertEquals(201, answer(codesB.get(0), Map.of("knows", yes(false), "how", choice(2))).status());
    }

    @Test
    void figuresAndAwarenessPerArea() {
        JsonNode r = PublicityFixtures.ok(Api.get(SURVEYS + "/" + survey + "/results", editor), 200, "results");
        JsonNode all = r.get(0);
        assertEquals(true, all.path("areaUnitId").isNull());
        assertEquals(4, all.path("responses").asInt());
        // knows 2 of 4, how 2 of 4: 4 of 8
        assertEquals("0.5", all.path("awarenessRate").decimalValue().stripTrailingZeros().toPlainString());
        JsonNode knows = all.path("questions").get(0);
        assertEquals("0.5", knows.path("awarenessRate").decimalValue().stripTrailingZeros().toPlainString());
        JsonNode sat = all.path("questions").get(3);
        assertEquals("4", sat.path("mean").decimalValue().stripTrailingZeros().toPlainString());
        JsonNode a = null;
        JsonNode b = null;
        for (JsonNode x : r) {
            if (x.path("areaUnitId").asLong() == townA) {
                a = x;
            } else if (x.path("areaUnitId").asLong() == townB) {
                b = x;
            }
        }
        assertEquals(3, a.path("responses").asInt());
        assertEquals("0.6667", a.path("questions").get(0).path("awarenessRate").decimalValue().toPlainString());
        assertEquals("0.6667", a.path("questions").get(1).path("awarenessRate").decimalValue().toPlainString());
        assertEquals("0.6667", a.path("awarenessRate").decimalValue().toPlainString());
        assertEquals(List.of(1, 1, 1), ints(a.path("questions").get(1).path("counts")));
        assertEquals("0", b.path("awarenessRate").decimalValue().stripTrailingZeros().toPlainString());
        assertEquals(200, Api.get(SURVEYS + "/" + survey + "/results?format=xlsx", editor).status());
        assertEquals(200, Api.get(SURVEYS + "/" + survey + "/codes?format=xlsx", editor).status());
        assertEquals(200, Api.get(SURVEYS + "?format=xlsx", editor).status());
    }

    static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }

    @Test
    void aCodeTakesExactlyOneResponseEvenAtTheSameMoment() throws Exception {
        String code = codesA.get(10);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> Api.sendOnNewConnection("POST", PUBLIC + code + "/responses", null,
                        "application/json",
                        Api.json(Map.of("answers", Map.of("knows", yes(true), "how", choice(0))))
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        Map.of()).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(19, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        JsonNode form = PublicityFixtures.ok(Api.get(PUBLIC + code, null), 200, "form");
        assertEquals(true, form.path("answered").asBoolean());
        Api.Reply again = answer(code, Map.of("knows", yes(true), "how", choice(0)));
        assertEquals(409, again.status());
        assertEquals("already_answered", again.error());
    }

    @Test
    void badAnswersAreNamedAndNothingIsStored() {
        String code = codesA.get(20);
        long before = PublicityFixtures.ok(Api.get(SURVEYS + "/" + survey, editor), 200, "survey").path("responses")
                .asLong();
        record Bad(Map<String, Object> answers, String field) {
        }
        List<Bad> cases = List.of(new Bad(Map.of("how", choice(0)), "answers.knows"),
                new Bad(Map.of("knows", yes(true), "how", choice(0, 1)), "answers.how"),
                new Bad(Map.of("knows", yes(true), "how", choice(7)), "answers.how"),
                new Bad(Map.of("knows", yes(true), "how", choice(0), "sat", Map.of("rating", 9)), "answers.sat"),
                new Bad(Map.of("knows", yes(true), "how", choice(0), "zzz", yes(true)), "answers.zzz"),
                new Bad(Map.of("knows", yes(true), "how", choice(0), "say", Map.of("text", "长".repeat(1001))),
                        "answers.say"));
        List<String> failures = new ArrayList<>();
        for (Bad bad : cases) {
            Api.Reply r = answer(code, bad.answers());
            if (r.status() != 400 || !r.text().contains("\"field\":\"" + bad.field() + "\"")) {
                failures.add(bad.field() + ": " + r.status() + " " + r.text());
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(false, PublicityFixtures.ok(Api.get(PUBLIC + code, null), 200, "form").path("answered")
                .asBoolean());
        assertEquals(before, PublicityFixtures.ok(Api.get(SURVEYS + "/" + survey, editor), 200, "survey")
                .path("responses").asLong());
        assertEquals(404, Api.get(PUBLIC + "ABCDEFGHJK", null).status());
        assertEquals(404, answer("ABCDEFGHJK", Map.of()).status());
        assertEquals(404, answer("%3Cscript%3E", Map.of()).status());
        Api.Reply badDraft = Api.post(SURVEYS, editor, Api.json(Map.of("unitId", county, "title", "t", "kind",
                "MOCK", "questions", List.of(Map.of("key", "a", "type", "SINGLE", "text", "t", "options",
                        List.of("only"))))));
        assertEquals(400, badDraft.status());
        assertEquals("questions[0].options", badDraft.json().path("details").get(0).path("field").asText());
        Api.Reply codes = Api.post(SURVEYS + "/" + survey + "/codes", editor,
                Api.json(Map.of("areaUnitId", townA, "count", 0)));
        assertEquals(400, codes.status());
        assertEquals(409, Api.put(SURVEYS + "/" + survey, editor, Api.json(draft(county))).status());
    }

    @Test
    void aClosedSurveyTakesNoMoreAnswers() {
        long other = PublicityFixtures.ok(Api.post(SURVEYS, editor, Api.json(draft(county))), 201, "survey")
                .path("id").asLong();
        assertEquals(409, Api.post(SURVEYS + "/" + other + "/close", editor, "").status());
        PublicityFixtures.ok(Api.post(SURVEYS + "/" + other + "/open", editor, ""), 200, "open");
        String code = PublicityFixtures.ok(Api.post(SURVEYS + "/" + other + "/codes", editor,
                Api.json(Map.of("areaUnitId", townB, "count", 1))), 201, "codes").path("codes").get(0).asText();
        PublicityFixtures.ok(Api.post(SURVEYS + "/" + other + "/close", editor, ""), 200, "close");
        Api.Reply r = answer(code, Map.of("knows", yes(true), "how", choice(0)));
        assertEquals(409, r.status());
        assertEquals("survey_state", r.error());
    }
}
