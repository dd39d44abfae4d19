package org.xingfeng.evaluations.core.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.evaluations.testing.SeedSelfCheck;

import com.fasterxml.jackson.databind.JsonNode;

/** Self-check tasks and visits through the real server: the seed's table, closing off, overdue lists, sheets. */
class TasksIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String TASKS = "/api/v1/evaluations/tasks";
    static String admin;
    static String officer;
    static String staff;

    @BeforeAll
    static void setUp() throws InterruptedException {
        Api.awaitReady();
        long deadline = System.currentTimeMillis() + 60_000;
        while ((Api.get(TASKS, null).status() != 401 || Api.get("/api/v1/evaluations/visits", null).status() != 401)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        admin = Api.admin();
        officer = Fixtures.userWithRoles(admin, "officer." + Api.unique(), List.of("evaluations.officer", "staff"));
        staff = Fixtures.userWithRoles(admin, "clerk." + Api.unique(), List.of("staff"));
    }

    static long county() {
        return Fixtures.createCounty(admin).path("id").asLong();
    }

    static JsonNode instantiate(long unit) {
        Api.Reply r = Api.post(TASKS + "/units/" + unit + "/self-check", officer, null);
        assertEquals(201, r.status(), r.text());
        return r.json();
    }

    static long total(String query) {
        Api.Reply r = Api.get(TASKS + "?" + query, staff);
        assertEquals(200, r.status(), r.text());
        return r.json().path("total").asLong();
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void theTemplateMakesTheUnits34TasksOnce() {
        JsonNode template = Api.get(TASKS + "/template", staff).json();
        assertEquals(34, template.path("items").size());
        assertTrue(template.path("items").get(7).path("goalNumber").isNull());
        assertEquals("2019-10-31", template.path("items").get(3).path("deadline").asText());
        assertEquals(200, Api.get(TASKS + "/template?format=xlsx", staff).status());

        JsonNode countyNode = Fixtures.createCounty(admin);
        long unit = countyNode.path("id").asLong();
        long city = countyNode.path("parentId").asLong();
        JsonNode created = instantiate(unit);
        assertEquals(34, created.size());
        assertEquals("SELF_CHECK", created.get(0).path("source").asText());
        assertEquals("加强组织领导", created.get(1).path("goal").asText());
        assertEquals(34, total("unitId=" + unit));
        assertEquals(34, total("unitId=" + city), "a unit's list takes the units below it");
        assertEquals(34, total("unitId=" + unit + "&source=SELF_CHECK&status=未开始"));

        Api.Reply again = Api.post(TASKS + "/units/" + unit + "/self-check", officer, null);
        assertEquals(409, again.status(), again.text());
        assertEquals("template_instantiated", again.error());
        assertEquals(34, total("unitId=" + unit), "the second time makes nothing");
        assertEquals(404, Api.post(TASKS + "/units/" + unit + "/self-check?template=nope", officer, null).status());
        assertEquals(404, Api.post(TASKS + "/units/987654321/self-check", officer, null).status());

        long id = created.get(0).path("id").asLong();
        JsonNode audit = Api.get("/api/v1/audit?entityType=evaluations.task&entityId=" + id, admin).json();
        assertEquals(1, audit.path("total").asInt(), audit.toString());
    }

    @Test
    void aTaskIsUpdatedClosedOffWithEvidenceAndReopenedWithAReason() {
        long unit = county();
        Api.Reply made = Api.post(TASKS, officer, Api.json(map("unitId", unit, "goal", "全力打造优质服务窗口", "content",
                "规范窗口人员文明用语", "leadDepartment", "办公室", "responsibleDepartments", List.of("经办科", "稽核科"),
                "deadlineText", "2099年12月底前")));
        assertEquals(201, made.status(), made.text());
        long id = made.json().path("id").asLong();
        assertEquals("2099-12-31", made.json().path("deadline").asText());
        assertEquals("MANUAL", made.json().path("source").asText());
        assertFalse(made.json().path("overdue").asBoolean());

        Api.Reply updated = Api.put(TASKS + "/" + id, officer,
                Api.json(map("status", "COMPLETED", "selfCheck", "已制定文明用语规范",
                        "nextSteps", "开展培训", "nextStepsDeadline", "2099-06-30")));
        assertEquals(200, updated.status(), updated.text());
        assertEquals("COMPLETED", updated.json().path("status").asText());
        assertEquals("2099-06-30", updated.json().path("dueDate").asText());
        assertEquals("办公室", updated.json().path("leadDepartment").asText());

        Api.Reply noEvidence = Api.post(TASKS + "/" + id + "/close", officer, Api.json(map("evidence", "")));
        assertEquals(400, noEvidence.status());
        assertEquals("evidence", noEvidence.json().path("details").get(0).path("field").asText());
        assertEquals(403, Api.post(TASKS + "/" + id + "/close", staff, Api.json(map("evidence", "x"))).status());
        Api.Reply closed = Api.post(TASKS + "/" + id + "/close", officer,
                Api.json(
                        map("evidence", "培训签到表、规范文本", "attachments", List.of("签到表.pdf", "https://oa.example.cn/d/1"))));
        assertEquals(200, closed.status(), closed.text());
        assertEquals("CLOSED", closed.json().path("status").asText());
        assertEquals(2, closed.json().path("closure").path("attachments").size());
        assertTrue(closed.json().path("closure").path("closedBy").asText().startsWith("officer."));

        Api.Reply changeClosed = Api.put(TASKS + "/" + id, officer, Api.json(map("selfCheck", "改")));
        assertEquals(409, changeClosed.status());
        assertEquals("task_closed", changeClosed.error());
        assertEquals(409, Api.post(TASKS + "/" + id + "/close", officer, Api.json(map("evidence", "x"))).status());
        assertEquals(400, Api.post(TASKS + "/" + id + "/reopen", officer, Api.json(map("reason", " "))).status());
        assertEquals(403, Api.post(TASKS + "/" + id + "/reopen", staff, Api.json(map("reason", "x"))).status());
        assertEquals("CLOSED", Api.get(TASKS + "/" + id, staff).json().path("status").asText());

        Api.Reply reopened = Api.post(TASKS + "/" + id + "/reopen", officer, Api.json(map("reason", "暗访发现仍未落实")));
        assertEquals(200, reopened.status(), reopened.text());
        assertEquals("IN_PROGRESS", reopened.json().path("status").asText());
        assertEquals("暗访发现仍未落实", reopened.json().path("lastReopening").path("reason").asText());
        assertTrue(reopened.json().path("closure").isNull());

        JsonNode audit = Api.get("/api/v1/audit?entityType=evaluations.task&entityId=" + id, admin).json();
        assertEquals(4, audit.path("total").asInt(), "create, update, close, reopen: " + audit);
    }

    @Test
    void overdueTasksAreFlaggedAndListed() {
        long unit = county();
        JsonNode created = instantiate(unit);
        // every dated item of the 2019 table is past; 11 items are 长期 or 按各地区党委、政府要求
        assertEquals(23, Api.get(TASKS + "/overdue?unitId=" + unit, staff).json().path("total").asInt());
        assertEquals(23, total("unitId=" + unit + "&overdue=true"));
        assertEquals(11, total("unitId=" + unit + "&overdue=false"));
        JsonNode first = Api.get(TASKS + "/" + created.get(0).path("id").asLong(), staff).json();
        assertTrue(first.path("overdue").asBoolean());

        long later = created.get(1).path("id").asLong();
        assertEquals(200, Api.put(TASKS + "/" + later, officer,
                Api.json(map("nextSteps", "重新制定方案", "nextStepsDeadline", "2099-01-01"))).status());
        long done = created.get(2).path("id").asLong();
        assertEquals(200,
                Api.post(TASKS + "/" + done + "/close", officer, Api.json(map("evidence", "总结材料已报送"))).status());
        assertEquals(21, Api.get(TASKS + "/overdue?unitId=" + unit, staff).json().path("total").asInt());
        assertFalse(Api.get(TASKS + "/" + later, staff).json().path("overdue").asBoolean());

        Api.Reply sheet = Api.get(TASKS + "/overdue?unitId=" + unit + "&format=xlsx", staff);
        assertEquals(200, sheet.status());
        assertTrue(sheet.contentType().startsWith(XLSX), sheet.contentType());
    }

    @Test
    void aVisitsFindingsBecomeTasksOfTheVisitedUnit() {
        long unit = county();
        Api.Reply r = Api.post("/api/v1/evaluations/visits", officer,
                Api.json(map("kind", "MYSTERY_SHOPPER", "unitId", unit,
                        "place", "县医保服务大厅3号窗口", "visitDate", "2021-11-05", "visitor", "市局暗访组", "findings", List.of(
                                map("description", "窗口人员未佩戴工牌", "leadDepartment", "经办中心", "deadlineText", "2021年11月底前"),
                                map("description", "一次性告知单缺失", "responsibleDepartments", List.of("经办中心", "办公室"))))));
        assertEquals(201, r.status(), r.text());
        JsonNode visit = r.json();
        assertEquals(2, visit.path("taskIds").size());
        assertEquals("窗口人员未佩戴工牌", visit.path("findings").get(0).asText());
        long visitId = visit.path("id").asLong();

        JsonNode tasks = Api.get("/api/v1/evaluations/visits/" + visitId + "/tasks", staff).json();
        assertEquals(2, tasks.path("total").asInt());
        JsonNode first = tasks.path("items").get(0);
        assertEquals("VISIT", first.path("source").asText());
        assertEquals(visitId, first.path("visitId").asLong());
        assertEquals("暗访发现问题", first.path("goal").asText());
        assertEquals("2021-11-30", first.path("deadline").asText());
        assertEquals(2, total("visitId=" + visitId + "&source=VISIT"));
        assertEquals(1, Api.get("/api/v1/evaluations/visits?unitId=" + unit, staff).json().path("total").asInt());
        assertEquals("MYSTERY_SHOPPER",
                Api.get("/api/v1/evaluations/visits/" + visitId, staff).json().path("kind").asText());
        assertEquals(200, Api.get("/api/v1/evaluations/visits?format=xlsx&unitId=" + unit, staff).status());

        Api.Reply mock = Api.post("/api/v1/evaluations/visits", officer,
                Api.json(map("kind", "MOCK_SURVEY", "unitId", unit,
                        "place", "乡镇服务站", "visitDate", "2022-03-01", "visitor", "第三方调查机构", "findings",
                        List.of(map("description", "群众对异地就医备案政策知晓率低")))));
        assertEquals(201, mock.status(), mock.text());
        assertEquals(1, Api.get("/api/v1/evaluations/visits?unitId=" + unit + "&kind=模拟调查", staff).json().path("total")
                .asInt());
        assertEquals(3, total("unitId=" + unit));
    }

    @Test
    void aVisitWithABadFindingStoresNothing() {
        long unit = county();
        Api.Reply noFindings = Api.post("/api/v1/evaluations/visits", officer,
                Api.json(map("kind", "MOCK_SURVEY", "unitId", unit,
                        "place", "大厅", "visitDate", "2021-11-05", "visitor", "调查组", "findings", List.of())));
        assertEquals(400, noFindings.status());
        assertEquals("validation_failed", noFindings.error());
        Api.Reply badDate = Api.post("/api/v1/evaluations/visits", officer,
                Api.json(map("kind", "MOCK_SURVEY", "unitId", unit,
                        "place", "大厅", "visitDate", "2021-11-05", "visitor", "调查组", "findings",
                        List.of(map("description", "问题一"),
                                map("description", "问题二", "deadlineText", "2021年13月底")))));
        assertEquals(400, badDate.status(), badDate.text());
        assertTrue(badDate.json().path("details").get(0).path("field").asText().startsWith("findings[1]"),
                badDate.text());
        Api.Reply future = Api.post("/api/v1/evaluations/visits", officer,
                Api.json(map("kind", "MOCK_SURVEY", "unitId", unit,
                        "place", "大厅", "visitDate", "2999-01-01", "visitor", "调查组", "findings",
                        List.of(map("description", "问题一")))));
        assertEquals(400, future.status());
        assertEquals(400,
                Api.post("/api/v1/evaluations/visits", officer, "{\"kind\":\"INSPECTION\",\"unitId\":" + unit + "}")
                        .status());
        assertEquals(403,
                Api.post("/api/v1/evaluations/visits", staff, Api.json(map("kind", "MOCK_SURVEY", "unitId", unit,
                        "place", "大厅", "visitDate", "2021-11-05", "visitor", "调查组", "findings",
                        List.of(map("description", "问题一"))))).status());
        assertEquals(0, Api.get("/api/v1/evaluations/visits?unitId=" + unit, staff).json().path("total").asInt());
        assertEquals(0, total("unitId=" + unit));
        assertEquals(400, Api.get("/api/v1/evaluations/visits?kind=x", staff).status());
        assertEquals(404, Api.get("/api/v1/evaluations/visits/987654321", staff).status());
    }

    static byte[] edit(byte[] xlsx, Map<Integer, Map<Integer, String>> changes) throws IOException {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.getSheetAt(0);
            changes.forEach((r, cells) -> cells.forEach((c, v) -> {
                Row row = s.getRow(r);
                (row.getCell(c) == null ? row.createCell(c) : row.getCell(c)).setCellValue(v);
            }));
            wb.write(out);
            return out.toByteArray();
        }
    }

    static Api.Reply upload(String token, long unit, byte[] file, boolean dryRun) {
        return Api.send("POST", TASKS + "/units/" + unit + "/sheet?dryRun=" + dryRun, token, XLSX, file, Map.of());
    }

    @Test
    void theSelfCheckSheetIsFilledInAndUploadedBack() throws IOException {
        long unit = county();
        JsonNode created = instantiate(unit);
        Api.Reply sheet = Api.get(TASKS + "/units/" + unit + "/sheet", staff);
        assertEquals(200, sheet.status(), sheet.text());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(sheet.bytes()))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals(34, s.getLastRowNum());
            assertEquals("自查情况（各项工作落实情况）", s.getRow(0).getCell(4).getStringCellValue());
            assertEquals("下一步改进措施、完成时限", s.getRow(0).getCell(5).getStringCellValue());
            assertTrue(s.getRow(1).getCell(2).getStringCellValue().startsWith("1.各级医疗保障部门"));
        }
        byte[] filled = edit(sheet.bytes(), Map.of(5, Map.of(4, "已形成本地政务服务事项清单", 6, "已完成"),
                6, Map.of(5, "完善清单备案，2099年6月底前")));
        JsonNode dry = upload(officer, unit, filled, true).json();
        assertEquals(2, dry.path("updated").asInt(), dry.toString());
        assertTrue(Api.get(TASKS + "/" + created.get(4).path("id").asLong(), staff).json().path("selfCheck").isNull(),
                "a dry run stores nothing");
        assertEquals(403, upload(staff, unit, filled, false).status());

        Api.Reply imported = upload(officer, unit, filled, false);
        assertEquals(200, imported.status(), imported.text());
        assertEquals(2, imported.json().path("updated").asInt());
        JsonNode five = Api.get(TASKS + "/" + created.get(4).path("id").asLong(), staff).json();
        assertEquals("已形成本地政务服务事项清单", five.path("selfCheck").asText());
        assertEquals("COMPLETED", five.path("status").asText());
        JsonNode six = Api.get(TASKS + "/" + created.get(5).path("id").asLong(), staff).json();
        assertEquals("2099-06-30", six.path("nextStepsDeadline").asText());
        assertFalse(six.path("overdue").asBoolean());

        byte[] exportedAgain = Api.get(TASKS + "/units/" + unit + "/sheet", staff).bytes();
        assertEquals(0, upload(officer, unit, exportedAgain, false).json().path("updated").asInt(),
                "an unchanged export changes nothing");
        assertEquals(200, Api.get(TASKS + "/units/" + unit + "/sheet?format=csv", staff).status());
    }

    @Test
    void theSeedsOwnTableFilledInIsReadByItemNumber() {
        long unit = county();
        instantiate(unit);
        Api.Reply r = upload(officer, unit, SeedSelfCheck.xlsx(n -> "第" + n + "项已落实"), false);
        assertEquals(200, r.status(), r.text());
        assertEquals(34, r.json().path("rowsRead").asInt());
        assertEquals(34, r.json().path("updated").asInt());
        JsonNode page = Api.get(TASKS + "?unitId=" + unit + "&q=好差评", staff).json();
        assertEquals("第22项已落实", page.path("items").get(0).path("selfCheck").asText(), page.toString());
    }

    @Test
    void aBadSheetStoresNothingAndNamesItsRows() throws IOException {
        long unit = county();
        JsonNode created = instantiate(unit);
        byte[] sheet = Api.get(TASKS + "/units/" + unit + "/sheet", staff).bytes();
        byte[] bad = edit(sheet, Map.of(1, Map.of(4, "好的一行"), 2, Map.of(6, "差不多"), 3, Map.of(7, "987654321")));
        Api.Reply r = upload(officer, unit, bad, false);
        assertEquals(422, r.status(), r.text());
        JsonNode errors = r.json().path("errors");
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(3, errors.get(0).path("row").asInt());
        assertEquals("状态", errors.get(0).path("column").asText());
        assertEquals(4, errors.get(1).path("row").asInt());
        assertTrue(Api.get(TASKS + "/" + created.get(0).path("id").asLong(), staff).json().path("selfCheck").isNull(),
                "the good row was not stored either");
        assertEquals(400, upload(officer, unit, "garbage".getBytes(StandardCharsets.UTF_8), false).status());
        long other = county();
        Api.Reply foreign = upload(officer, other, sheet, false);
        assertEquals(422, foreign.status(), "another unit's task ids are not this unit's");
    }

    @Test
    void badInputIsRejectedAndChangesNothing() {
        long unit = county();
        Api.Reply noContent = Api.post(TASKS, officer, Api.json(map("unitId", unit, "content", " ")));
        assertEquals(400, noContent.status());
        assertEquals("validation_failed", noContent.error());
        assertEquals("content", noContent.json().path("details").get(0).path("field").asText());
        assertTrue(noContent.json().path("message").asText().contains("工作内容"), noContent.text());
        assertEquals(400,
                Api.post(TASKS, officer, Api.json(map("unitId", unit, "content", "x", "deadlineText", "2019年2月30日")))
                        .status());
        assertEquals(400,
                Api.post(TASKS, officer, "{\"unitId\":" + unit + ",\"content\":\"x\",\"colour\":\"red\"}").status());
        assertEquals(400,
                Api.post(TASKS, officer, Api.json(map("unitId", unit, "content", "x", "responsibleDepartments",
                        List.of("a".repeat(201))))).status());
        assertEquals(404, Api.post(TASKS, officer, Api.json(map("unitId", 987654321L, "content", "x"))).status());
        assertEquals(0, total("unitId=" + unit));

        Api.Reply made = Api.post(TASKS, officer,
                Api.json(map("unitId", unit, "content", "规范服务", "deadlineText", "长期")));
        long id = made.json().path("id").asLong();
        assertEquals(400, Api.put(TASKS + "/" + id, officer, Api.json(map("status", "CLOSED"))).status());
        assertEquals(400, Api.put(TASKS + "/" + id, officer, Api.json(map("status", "DONE"))).status());
        assertEquals(400, Api.put(TASKS + "/" + id, officer, Api.json(map("content", "", "selfCheck", "改了"))).status());
        assertTrue(Api.get(TASKS + "/" + id, staff).json().path("selfCheck").isNull(),
                "a rejected update changes nothing");
        assertEquals(404, Api.put(TASKS + "/987654321", officer, Api.json(map("selfCheck", "x"))).status());
        assertEquals(404, Api.get(TASKS + "/987654321", staff).status());

        assertEquals(400, Api.get(TASKS + "?status=done", staff).status());
        assertEquals(400, Api.get(TASKS + "?overdue=maybe", staff).status());
        assertEquals(400, Api.get(TASKS + "?source=x", staff).status());
        assertEquals(404, Api.get(TASKS + "?unitId=987654321", staff).status());
    }

    @Test
    void readingNeedsALoginAndWritingTheOfficerRole() {
        long unit = county();
        assertEquals(401, Api.get(TASKS, null).status());
        assertEquals(401, Api.get(TASKS + "/template", null).status());
        assertEquals(401, Api.get("/api/v1/evaluations/visits", null).status());
        assertEquals(401, Api.post(TASKS + "/units/" + unit + "/self-check", null, null).status());
        assertEquals(403, Api.post(TASKS + "/units/" + unit + "/self-check", staff, null).status());
        assertEquals(403, Api.post(TASKS, staff, Api.json(map("unitId", unit, "content", "x"))).status());
        assertEquals(0, total("unitId=" + unit));
        assertEquals(201, Api.post(TASKS, admin, Api.json(map("unitId", unit, "content", "管理员也可录入"))).status());
        assertEquals(200, Api.get(TASKS + "?unitId=" + unit, staff).status());
    }
}
