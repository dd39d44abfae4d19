package org.xingfeng.evaluations.core.internal.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.core.internal.EvalFixtures;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/** 投诉登记 through the real server: the three steps in order, deadlines in working days, lists, 通报批评, bad input. */
class ComplaintsIT {

    static final String BASE = "/api/v1/evaluations/complaints";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static String admin;
    static String officer;
    static String auditor;
    static String staffUser;
    static long city;
    static long county;
    static long otherCounty;
    static long section;
    static long clerk;
    static long otherClerk;
    static long strangerFromElsewhere;

    @BeforeAll
    static void setUp() throws InterruptedException {
        EvalFixtures.awaitPaths(BASE, BASE + "/criticism?year=2026");
        admin = Api.admin();
        officer = Fixtures.userWithRoles(admin, "officer." + Api.unique(), List.of("evaluations.officer", "staff"));
        auditor = Fixtures.userWithRoles(admin, "auditor." + Api.unique(), List.of("auditor", "staff"));
        staffUser = Fixtures.userWithRoles(admin, "clerk." + Api.unique(), List.of("staff"));
        city = Fixtures.createUnit(admin, null, "CITY").path("id").asLong();
        county = Fixtures.createUnit(admin, city, "COUNTY").path("id").asLong();
        otherCounty = Fixtures.createUnit(admin, city, "COUNTY").path("id").asLong();
        section = EvalFixtures.section(admin, county, "待遇审核科").path("id").asLong();
        clerk = EvalFixtures.staff(admin, county, section, "王小明").path("id").asLong();
        otherClerk = EvalFixtures.staff(admin, county, section, "李红").path("id").asLong();
        strangerFromElsewhere = EvalFixtures.staff(admin, otherCounty, null, "赵六").path("id").asLong();
    }

    static Map<String, Object> draft(long unitId, String subject, Long staffId, String windowNo, Long sectionId,
            String category, LocalDate received) {
        Map<String, Object> d = new HashMap<>();
        d.put("channel", "HOTLINE");
        d.put("category", category);
        d.put("unitId", unitId);
        d.put("subject", subject);
        d.put("staffId", staffId);
        d.put("windowNo", windowNo);
        d.put("sectionId", sectionId);
        d.put("complainantName", "张三");
        d.put("complainantContact", "13800000000");
        d.put("content", "窗口人员态度生硬，政策解释不清");
        d.put("receivedDate", received.toString());
        return d;
    }

    static JsonNode register(Map<String, Object> draft) {
        Api.Reply r = Api.post(BASE, officer, Api.json(draft));
        assertEquals(201, r.status(), r.text());
        return r.json();
    }

    static JsonNode verify(long id, boolean upheld) {
        Api.Reply r = Api.post(BASE + "/" + id + "/verification", officer,
                Api.json(Map.of("upheld", upheld, "findings", upheld ? "经调取录像，情况属实" : "查无实据")));
        assertEquals(200, r.status(), r.text());
        return r.json();
    }

    static long total(String query) {
        Api.Reply r = Api.get(BASE + "?" + query, officer);
        assertEquals(200, r.status(), r.text());
        return r.json().path("total").asLong();
    }

    @Test
    void aComplaintIsRegisteredVerifiedAndRepliedInThatOrderAndEveryStepIsAudited() {
        JsonNode c = register(draft(county, "STAFF", clerk, "3", null, "ATTITUDE", TODAY));
        long id = c.path("id").asLong();
        assertEquals("REGISTERED", c.path("state").asText());
        assertEquals("VERIFY", c.path("due").asText());
        assertEquals(section, c.path("sectionId").asLong(), "the section comes from the staff member");
        assertEquals("王小明", c.path("staffName").asText());
        assertFalse(c.path("overdue").asBoolean());
        String due = Api.get("/api/v1/calendar/add?start=" + TODAY + "&days=5", admin).json().path("result").asText();
        assertEquals(due, c.path("replyDue").asText(), "five working days by the platform calendar");

        Api.Reply early = Api.post(BASE + "/" + id + "/reply", officer, Api.json(Map.of("text", "已致歉")));
        assertEquals(409, early.status(), early.text());
        assertEquals("step_out_of_order", early.error());
        assertTrue(early.json().path("message").asText().contains("核实"), early.text());
        assertEquals("VERIFY", early.json().path("details").get(0).path("message").asText());
        assertEquals("REGISTERED", Api.get(BASE + "/" + id, officer).json().path("state").asText(), "nothing changed");

        JsonNode verified = verify(id, true);
        assertEquals("VERIFIED", verified.path("state").asText());
        assertTrue(verified.path("upheld").asBoolean());
        assertEquals("REPLY", verified.path("due").asText());
        Api.Reply again = Api.post(BASE + "/" + id + "/verification", officer,
                Api.json(Map.of("upheld", false, "findings", "改口")));
        assertEquals(409, again.status());
        assertTrue(again.json().path("message").asText().contains("答复"), again.text());
        assertTrue(Api.get(BASE + "/" + id, officer).json().path("upheld").asBoolean(),
                "the first verification stands");

        Api.Reply replied = Api.post(BASE + "/" + id + "/reply", officer, Api.json(Map.of("text", "已当面致歉并批评教育")));
        assertEquals(200, replied.status(), replied.text());
        assertEquals("REPLIED", replied.json().path("state").asText());
        assertEquals(TODAY.toString(), replied.json().path("repliedOn").asText());
        assertTrue(replied.json().path("due").isNull());
        assertFalse(replied.json().path("overdue").asBoolean());
        assertEquals(409, Api.post(BASE + "/" + id + "/reply", officer, Api.json(Map.of("text", "再答"))).status());

        JsonNode audit = Api.get("/api/v1/audit?entityType=evaluations.complaint&entityId=" + id, admin).json();
        assertEquals(3, audit.path("total").asInt(), audit.toString());
        // the log holds the complainant masked, before and after every step
        assertFalse(audit.toString().contains("张三"), audit.toString());
        assertFalse(audit.toString().contains("13800000000"), audit.toString());
        assertTrue(audit.toString().contains("张*"), audit.toString());
    }

    @Test
    void theReplyDeadlineCountsWorkingDaysOverWeekendsAndHolidays() {
        // received Tuesday 2025-09-30; 1-8 October 2025 are the National Day holiday, Saturday 11 October is a
        // working day: 9, 10, 11, 13, 14 October → due 2025-10-14
        JsonNode holiday = register(draft(county, "WINDOW", null, "5", null, "EFFICIENCY", LocalDate.of(2025, 9, 30)));
        assertEquals("2025-10-14", holiday.path("replyDue").asText());
        assertTrue(holiday.path("overdue").asBoolean(), "long past and not replied to");
        // received Friday 2026-03-06: the weekend does not count → 9-13 March → due Friday 2026-03-13
        JsonNode weekend = register(draft(county, "SECTION", null, null, section, "OTHER", LocalDate.of(2026, 3, 6)));
        assertEquals("2026-03-13", weekend.path("replyDue").asText());
        long id = weekend.path("id").asLong();

        assertTrue(ids("unitId=" + county + "&overdue=true&size=1000").contains(id));
        assertFalse(ids("unitId=" + county + "&overdue=false&size=1000").contains(id));
        verify(id, false);
        JsonNode late = Api.post(BASE + "/" + id + "/reply", officer, Api.json(Map.of("text", "经核实不属实，已说明"))).json();
        assertEquals("REPLIED", late.path("state").asText());
        assertTrue(late.path("overdue").asBoolean(), "a late reply stays overdue");
        assertTrue(ids("unitId=" + county + "&overdue=true&state=REPLIED&size=1000").contains(id));
    }

    static List<Long> ids(String query) {
        JsonNode items = Api.get(BASE + "?" + query, officer).json().path("items");
        List<Long> ids = new java.util.ArrayList<>();
        items.forEach(i -> ids.add(i.path("id").asLong()));
        return ids;
    }

    @Test
    void theListFiltersByUnitSubtreeStateYearAndStaffAndExportsToXlsx() throws IOException {
        long unit = Fixtures.createUnit(admin, city, "COUNTY").path("id").asLong();
        long person = EvalFixtures.staff(admin, unit, null, "钱七").path("id").asLong();
        register(draft(unit, "STAFF", person, null, null, "ATTITUDE", LocalDate.of(2025, 12, 31)));
        long second = register(draft(unit, "STAFF", person, null, null, "POLICY_ANSWER", LocalDate.of(2026, 1, 5)))
                .path("id").asLong();
        register(draft(unit, "WINDOW", null, "8", null, "OTHER", LocalDate.of(2026, 2, 2)));
        verify(second, true);

        assertEquals(3, total("unitId=" + unit));
        assertTrue(total("unitId=" + city) >= 3, "the city sees its counties' complaints");
        assertEquals(2, total("unitId=" + unit + "&year=2026"));
        assertEquals(1, total("unitId=" + unit + "&year=2025"));
        assertEquals(2, total("staffId=" + person));
        assertEquals(1, total("unitId=" + unit + "&state=VERIFIED"));
        assertEquals(2, total("unitId=" + unit + "&state=REGISTERED"));
        JsonNode page = Api.get(BASE + "?unitId=" + unit + "&page=1&size=2", officer).json();
        assertEquals(1, page.path("items").size());
        assertEquals("2025-12-31", page.path("items").get(0).path("receivedDate").asText(), "newest first");

        assertEquals(200, Api.get(BASE + "?unitId=" + unit, auditor).status(), "auditors read");
        Api.Reply xlsx = Api.get(BASE + "?unitId=" + unit + "&format=xlsx", officer);
        assertEquals(200, xlsx.status());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals(3, sheet.getLastRowNum());
            assertEquals("收到日期", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals("钱七", sheet.getRow(2).getCell(7).getStringCellValue());
        }
        Api.Reply byAccept = Api.send("GET", BASE + "?unitId=" + unit, officer, null, null,
                Map.of("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertEquals(200, byAccept.status());
        assertTrue(byAccept.contentType().startsWith("application/vnd.openxmlformats"), byAccept.contentType());
    }

    @Test
    void staffWithTwoUpheldComplaintsAboutAttitudeOrAnswersInAYearAreCriticised() throws IOException {
        long unit = Fixtures.createUnit(admin, city, "COUNTY").path("id").asLong();
        JsonNode twice = EvalFixtures.staff(admin, unit, null, "孙八");
        long a = twice.path("id").asLong();
        long b = EvalFixtures.staff(admin, unit, null, "周九").path("id").asLong();
        long c = EvalFixtures.staff(admin, unit, null, "吴十").path("id").asLong();
        // a: two upheld (attitude, policy answer) in 2026 → criticised; one upheld in 2025 does not count for 2026
        verify(register(draft(unit, "STAFF", a, null, null, "ATTITUDE", LocalDate.of(2026, 4, 1))).path("id").asLong(),
                true);
        verify(register(draft(unit, "STAFF", a, null, null, "POLICY_ANSWER", LocalDate.of(2026, 6, 1))).path("id")
                .asLong(), true);
        verify(register(draft(unit, "STAFF", a, null, null, "ATTITUDE", LocalDate.of(2025, 6, 1))).path("id").asLong(),
                true);
        // b: one upheld, one not upheld, one not yet verified → not criticised
        verify(register(draft(unit, "STAFF", b, null, null, "ATTITUDE", LocalDate.of(2026, 4, 1))).path("id").asLong(),
                true);
        verify(register(draft(unit, "STAFF", b, null, null, "ATTITUDE", LocalDate.of(2026, 5, 1))).path("id").asLong(),
                false);
        register(draft(unit, "STAFF", b, null, null, "ATTITUDE", LocalDate.of(2026, 5, 2)));
        // c: two upheld, but about something other than attitude or answers → not criticised
        verify(register(draft(unit, "STAFF", c, null, null, "OTHER", LocalDate.of(2026, 4, 1))).path("id").asLong(),
                true);
        verify(register(draft(unit, "STAFF", c, null, null, "EFFICIENCY", LocalDate.of(2026, 4, 2))).path("id")
                .asLong(), true);

        JsonNode list = Api.get(BASE + "/criticism?year=2026&unitId=" + unit, officer).json();
        assertEquals(1, list.size(), list.toString());
        assertEquals(a, list.get(0).path("staffId").asLong());
        assertEquals("孙八", list.get(0).path("staffName").asText());
        assertEquals(twice.path("staffNumber").asText(), list.get(0).path("staffNumber").asText());
        assertEquals(2, list.get(0).path("upheldComplaints").asInt());
        assertEquals(0, Api.get(BASE + "/criticism?year=2025&unitId=" + unit, officer).json().size(),
                "one in 2025 is not two");
        boolean inCity = false;
        for (JsonNode n : Api.get(BASE + "/criticism?year=2026&unitId=" + city, officer).json()) {
            inCity |= n.path("staffId").asLong() == a;
        }
        assertTrue(inCity, "the city's list covers its counties");

        Api.Reply xlsx = Api.get(BASE + "/criticism?year=2026&unitId=" + unit + "&format=xlsx", officer);
        assertEquals(200, xlsx.status());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            assertEquals("孙八", wb.getSheetAt(0).getRow(1).getCell(3).getStringCellValue());
        }
        assertEquals(400, Api.get(BASE + "/criticism", officer).status(), "the year is required");
        assertEquals(400, Api.get(BASE + "/criticism?year=abc", officer).status());
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndChangesNothing() {
        long unit = Fixtures.createUnit(admin, city, "COUNTY").path("id").asLong();
        long before = total("unitId=" + unit);

        Api.Reply malformed = Api.post(BASE, officer, "{\"channel\": \"HOTLINE\", ");
        assertEquals(400, malformed.status());
        assertEquals("malformed_json", malformed.error());
        Map<String, Object> unknown = draft(unit, "WINDOW", null, "1", null, "OTHER", TODAY);
        unknown.put("priority", "high");
        Api.Reply u = Api.post(BASE, officer, Api.json(unknown));
        assertEquals(400, u.status());
        assertTrue(u.json().path("message").asText().contains("priority"), u.text());
        Map<String, Object> badChannel = draft(unit, "WINDOW", null, "1", null, "OTHER", TODAY);
        badChannel.put("channel", "PIGEON");
        assertEquals(400, Api.post(BASE, officer, Api.json(badChannel)).status());

        Map<String, Object> empty = draft(unit, "WINDOW", null, "1", null, "OTHER", TODAY);
        empty.put("content", " ");
        Api.Reply noContent = Api.post(BASE, officer, Api.json(empty));
        assertEquals(400, noContent.status());
        assertEquals("validation_failed", noContent.error());
        assertEquals("content", noContent.json().path("details").get(0).path("field").asText());
        Api.Reply noWindow = Api.post(BASE, officer, Api.json(draft(unit, "WINDOW", null, null, null, "OTHER", TODAY)));
        assertEquals("windowNo", noWindow.json().path("details").get(0).path("field").asText());
        Api.Reply future = Api.post(BASE, officer,
                Api.json(draft(unit, "WINDOW", null, "1", null, "OTHER", TODAY.plusDays(2))));
        assertEquals("receivedDate", future.json().path("details").get(0).path("field").asText());
        Api.Reply elsewhere = Api.post(BASE, officer,
                Api.json(draft(unit, "STAFF", strangerFromElsewhere, null, null, "ATTITUDE", TODAY)));
        assertEquals(400, elsewhere.status());
        assertEquals("staffId", elsewhere.json().path("details").get(0).path("field").asText());
        Api.Reply noUnit = Api.post(BASE, officer,
                Api.json(draft(987654321L, "WINDOW", null, "1", null, "OTHER", TODAY)));
        assertEquals("unitId", noUnit.json().path("details").get(0).path("field").asText());
        assertEquals(400, Api.send("POST", BASE, officer, "application/json", new byte[0], Map.of()).status());
        assertEquals(before, total("unitId=" + unit), "nothing was stored");

        long id = register(draft(unit, "WINDOW", null, "1", null, "OTHER", TODAY)).path("id").asLong();
        Api.Reply noUpheld = Api.post(BASE + "/" + id + "/verification", officer, Api.json(Map.of("findings", "?")));
        assertEquals(400, noUpheld.status());
        assertEquals("upheld", noUpheld.json().path("details").get(0).path("field").asText());
        Api.Reply wrongType = Api.post(BASE + "/" + id + "/verification", officer,
                "{\"upheld\": \"maybe\", \"findings\": \"x\"}");
        assertEquals(400, wrongType.status());
        assertEquals("REGISTERED", Api.get(BASE + "/" + id, officer).json().path("state").asText(), "still unverified");
        assertEquals(404, Api.get(BASE + "/987654321", officer).status());
        assertEquals(404,
                Api.post(BASE + "/987654321/verification", officer, Api.json(Map.of("upheld", true, "findings", "x")))
                        .status());
        assertEquals(400, Api.get(BASE + "?state=LOST", officer).status());
        assertEquals(400, Api.get(BASE + "?overdue=perhaps", officer).status());
        assertEquals(400, Api.get(BASE + "?unitId=x", officer).status());
        assertEquals(1, Api.get("/api/v1/audit?entityType=evaluations.complaint&entityId=" + id, admin).json()
                .path("total").asInt());
    }

    @Test
    void onlyOfficersAndAdministratorsWriteAndStaffWithoutAnEvaluationsRoleReadNothing() {
        String body = Api.json(draft(county, "WINDOW", null, "2", null, "OTHER", TODAY));
        assertEquals(401, Api.post(BASE, null, body).status());
        assertEquals(401, Api.get(BASE, null).status());
        assertEquals(401, Api.get(BASE + "/criticism?year=2026", null).status());
        assertEquals(403, Api.post(BASE, staffUser, body).status());
        assertEquals(403, Api.get(BASE, staffUser).status());
        assertEquals(403, Api.get(BASE + "/criticism?year=2026", staffUser).status());
        assertEquals(403, Api.post(BASE, auditor, body).status(), "auditors only read");
        long id = Api.post(BASE, admin, body).json().path("id").asLong();
        assertEquals(403, Api.post(BASE + "/" + id + "/verification", auditor,
                Api.json(Map.of("upheld", true, "findings", "x"))).status());
        assertEquals(401, Api.post(BASE + "/" + id + "/reply", null, Api.json(Map.of("text", "x"))).status());
        assertEquals("REGISTERED", Api.get(BASE + "/" + id, auditor).json().path("state").asText());
    }
}
