package org.xingfeng.publicity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.publicity.core.internal.PublicityFixtures.API;
import static org.xingfeng.publicity.core.internal.PublicityFixtures.ok;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.publicity.api.PublicityRoles;
import org.xingfeng.publicity.api.surveys.FindingMeasure;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A survey round's findings against hand-worked figures, and findings made rectification tasks: unavailable without
 * the evaluations module (this runtime has none), then through a stand-in for its bridge: one task per finding, also
 * when two editors ask at the same moment, none when the task is refused, another county's area out of reach.
 */
class FindingsIT {

    static final String SURVEYS = API + "/surveys";

    static String admin;
    static String cityEditor;
    static String countyBEditor;
    static long city;
    static long countyA;
    static long countyB;
    static long survey;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        city = Fixtures.createUnit(admin, null, "CITY").path("id").asLong();
        countyA = Fixtures.createUnit(admin, city, "COUNTY").path("id").asLong();
        countyB = Fixtures.createUnit(admin, city, "COUNTY").path("id").asLong();
        cityEditor = Fixtures.userAt(admin, "pub.fe." + Api.unique(), List.of(PublicityRoles.EDITOR, "staff"), city,
                null);
        countyBEditor = Fixtures.userAt(admin, "pub.fb." + Api.unique(), List.of(PublicityRoles.EDITOR, "staff"),
                countyB, null);
        Map<String, Object> draft = Map.of("unitId", city, "title", "医保政策知晓度与满意度调查", "kind", "SATISFACTION",
                "questions", List.of(
                        Map.of("key", "knows", "type", "YES_NO", "text", "您是否知道门诊共济政策？", "required", true,
                                "policy", true),
                        Map.of("key", "sat", "type", "RATING", "text", "您对医保经办服务是否满意？", "scale", 5,
                                "required", true)));
        survey = ok(Api.post(SURVEYS, cityEditor, Api.json(draft)), 201, "survey").path("id").asLong();
        ok(Api.post(SURVEYS + "/" + survey + "/open", cityEditor, ""), 200, "open");
        // county A: 6 of 10 aware (0.6 < 0.8), ratings 2,2,2,2,4,4,4,5,5,5: satisfied 6 of 10 (0.6 < 0.85)
        // county B: 9 of 10 aware (0.9), ratings all 5 (1.0): no finding
        answer(countyA, new boolean[] { true, true, true, true, true, true, false, false, false, false },
                new int[] { 2, 2, 2, 2, 4, 4, 4, 5, 5, 5 });
        answer(countyB, new boolean[] { true, true, true, true, true, true, true, true, true, false },
                new int[] { 5, 5, 5, 5, 5, 5, 5, 5, 5, 5 });
    }

    static void answer(long area, boolean[] knows, int[] ratings) {
        JsonNode codes = ok(Api.post(SURVEYS + "/" + survey + "/codes", cityEditor,
                Api.json(Map.of("areaUnitId", area, "count", knows.length))), 201, "codes").path("codes");
        for (int i = 0; i < knows.length; i++) {
            ok(Api.post(SURVEYS + "/" + survey + "/paper", cityEditor,
                    Api.json(Map.of("code", codes.get(i).asText(), "answers",
                            Map.of("knows", Map.of("yes", knows[i]), "sat", Map.of("rating", ratings[i]))))),
                    201, "paper");
        }
    }

    @AfterAll
    static void tearDown() {
        RectificationStandIn.off();
    }

    static JsonNode findings(String token) {
        return ok(Api.get(SURVEYS + "/" + survey + "/findings", token), 200, "findings");
    }

    static Api.Reply rectify(String token, long area, String key, String measure) {
        return Api.post(SURVEYS + "/" + survey + "/findings/rectify", token,
                Api.json(Map.of("areaUnitId", area, "questionKey", key, "measure", measure)));
    }

    static void awaitRectification(boolean available) throws InterruptedException {
        for (int i = 0; i < 50 && findings(cityEditor).path("rectificationAvailable").asBoolean() != available; i++) {
            Thread.sleep(100);
        }
        assertEquals(available, findings(cityEditor).path("rectificationAvailable").asBoolean());
    }

    @Test
    void theWeakResultsPerQuestionAndAreaAreFindingsWeakestFirst() throws Exception {
        JsonNode f = findings(cityEditor);
        assertEquals(0, new BigDecimal("0.8").compareTo(f.path("awarenessThreshold").decimalValue()));
        assertEquals(0, new BigDecimal("0.85").compareTo(f.path("satisfactionThreshold").decimalValue()));
        JsonNode items = f.path("findings");
        assertEquals(2, items.size(), items.toString());
        for (JsonNode i : items) {
            assertEquals(countyA, i.path("areaUnitId").asLong());
            assertEquals(0, new BigDecimal("0.6").compareTo(i.path("rate").decimalValue()), i.toString());
            assertEquals(10, i.path("answered").asInt());
        }
        assertEquals(List.of("knows:AWARENESS", "sat:SATISFACTION"), List.of(
                items.get(0).path("questionKey").asText() + ":" + items.get(0).path("measure").asText(),
                items.get(1).path("questionKey").asText() + ":" + items.get(1).path("measure").asText()));
        assertEquals(0, ok(Api.get(SURVEYS + "/" + survey + "/findings?areaUnitId=" + countyB, cityEditor), 200,
                "B's findings").path("findings").size());
        assertEquals(0, findings(countyBEditor).path("findings").size(), "county B sees its own area only");
        Api.Reply x = Api.get(SURVEYS + "/" + survey + "/findings?format=xlsx", cityEditor);
        assertEquals(200, x.status());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.bytes()))) {
            assertEquals(2, wb.getSheetAt(0).getLastRowNum());
            assertEquals("知晓率", wb.getSheetAt(0).getRow(1).getCell(3).getStringCellValue());
        }
    }

    @Test
    void withoutEvaluationsAFindingCannotBecomeATaskAndWithItOnlyOnce() throws Exception {
        RectificationStandIn.off();
        awaitRectification(false);
        Api.Reply none = rectify(cityEditor, countyA, "knows", "AWARENESS");
        assertEquals(409, none.status(), none.text());
        assertEquals("rectification_unavailable", none.json().path("error").asText());
        RectificationStandIn.on();
        awaitRectification(true);
        assertEquals(404, rectify(cityEditor, countyB, "knows", "AWARENESS").status(), "no finding there");
        assertEquals(404, rectify(countyBEditor, countyA, "knows", "AWARENESS").status(), "another county's area");
        Api.Reply bad = Api.post(SURVEYS + "/" + survey + "/findings/rectify", cityEditor,
                Api.json(Map.of("areaUnitId", countyA, "questionKey", "")));
        assertEquals(400, bad.status());
        int asked = RectificationStandIn.TASKS.size();

        // two editors at the same moment: one task
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> both = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                both.add(pool.submit(() -> {
                    start.await();
                    return Api.sendOnNewConnection("POST", SURVEYS + "/" + survey + "/findings/rectify", cityEditor,
                            "application/json", Api.json(Map.of("areaUnitId", countyA, "questionKey", "knows",
                                    "measure", "AWARENESS")).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            Map.of()).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : both) {
                statuses.add(f.get());
            }
            statuses.sort(null);
            assertEquals(List.of(201, 409), statuses);
        } finally {
            pool.shutdown();
        }
        assertEquals(asked + 1, RectificationStandIn.TASKS.size(), "one task asked for");
        String task = RectificationStandIn.TASKS.get(RectificationStandIn.TASKS.size() - 1);
        assertTrue(task.startsWith(countyA + ":问卷调查发现：医保政策知晓度与满意度调查:"), task);
        assertTrue(task.contains("知晓率 60%，低于 80%（10 人作答）"), task);
        JsonNode knows = findings(cityEditor).path("findings").get(0);
        assertEquals(RectificationStandIn.LAST.get(), knows.path("taskId").asLong());
        assertEquals(409, rectify(cityEditor, countyA, "knows", "AWARENESS").status());

        // a task the evaluations module refuses leaves no link
        RectificationStandIn.refusedUnit = countyA;
        try {
            assertEquals(403, rectify(cityEditor, countyA, "sat", "SATISFACTION").status());
        } finally {
            RectificationStandIn.refusedUnit = -1;
        }
        assertTrue(findings(cityEditor).path("findings").get(1).path("taskId").isNull());

        // the task made there but its link not stored here: the retry finds that task, makes no second one
        int before = RectificationStandIn.TASKS.size();
        RectificationStandIn.loseAnswer = true;
        try {
            assertEquals(500, rectify(cityEditor, countyA, "sat", "SATISFACTION").status());
        } finally {
            RectificationStandIn.loseAnswer = false;
        }
        assertEquals(before + 1, RectificationStandIn.TASKS.size(), "the task was made there");
        long orphan = RectificationStandIn.LAST.get();
        assertTrue(findings(cityEditor).path("findings").get(1).path("taskId").isNull(), "no link stored here");
        Api.Reply retried = rectify(cityEditor, countyA, "sat", "SATISFACTION");
        assertEquals(201, retried.status(), retried.text());
        assertEquals(before + 1, RectificationStandIn.TASKS.size(), "no second task");
        assertEquals(orphan, findings(cityEditor).path("findings").get(1).path("taskId").asLong(), "the first task");
        assertEquals(orphan, RectificationStandIn.BY_KEY.get(FindingRules.sourceKey(survey, countyA, "sat",
                FindingMeasure.SATISFACTION)), "asked under the finding's stable key");
    }
}
