package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 管辖范围 over HTTP: a city with counties A and B, each with an evaluation, a case, an appeal, a complaint, a task, a
 * visit and a score sheet. An officer of A works within A and meets 404 for everything of B; a city officer sees
 * both; citizens' personal data is clear for officers only, in JSON and in the XLSX export.
 */
class ReachIT {

    static final String EVAL = "/api/v1/evaluations";
    static final String CITIZEN = "张三";
    static final String PHONE = "13812341234";
    static final String COMPLAINANT = "赵六";
    static final String CONTACT = "13900001111";

    static String admin;
    static long city;
    static long countyA;
    static long countyB;
    static long sectionA;
    static long sectionB;
    static JsonNode staffA;
    static JsonNode raterA;
    static JsonNode staffB;
    static JsonNode raterB;
    static String officerA; // an account linked to a staff member of A
    static String reviewerA; // an account whose home unit is A
    static String auditorA;
    static String adminA;
    static String ratedA; // the staff member rated, a plain staff account
    static String cityOfficer;
    static String today;
    static String quarter;
    static Case a;
    static Case b;
    static final Map<String, String> USERNAMES = new HashMap<>();

    /** What one county holds: ids of each kind of record. */
    record Case(long unit, String recordNo, long evaluation, long caseId, long appeal, long complaint, long task,
            long visit,
            long sheet) {
    }

    @BeforeAll
    static void setUp() throws InterruptedException {
        EvalFixtures.awaitPaths(EVAL + "/cases", EVAL + "/complaints", EVAL + "/tasks", EVAL + "/visits",
                EVAL + "/scoring/sheets");
        admin = Api.admin();
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        today = day.toString();
        quarter = day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
        city = Fixtures.createUnit(admin, null, "CITY").path("id").asLong();
        countyA = Fixtures.createUnit(admin, city, "COUNTY").path("id").asLong();
        countyB = Fixtures.createUnit(admin, city, "COUNTY").path("id").asLong();
        sectionA = EvalFixtures.section(admin, countyA, "综合科").path("id").asLong();
        sectionB = EvalFixtures.section(admin, countyB, "综合科").path("id").asLong();
        staffA = EvalFixtures.staff(admin, countyA, sectionA, "王芳");
        raterA = EvalFixtures.staff(admin, countyA, sectionA, "刘科长");
        staffB = EvalFixtures.staff(admin, countyB, sectionB, "李强");
        raterB = EvalFixtures.staff(admin, countyB, sectionB, "陈科长");
        JsonNode officerStaff = EvalFixtures.staff(admin, countyA, sectionA, "周主任");
        officerA = user("ra.officer", List.of("staff", "evaluations.officer"), officerStaff.path("id").asLong(), null);
        reviewerA = user("ra.reviewer", List.of("evaluations.reviewer"), null, countyA);
        auditorA = user("ra.auditor", List.of("auditor"), null, countyA);
        adminA = user("ra.admin", List.of("admin"), null, countyA);
        ratedA = user("ra.rated", List.of("staff"), staffA.path("id").asLong(), null);
        cityOfficer = user("rc.officer", List.of("evaluations.officer"), null, city);
        a = county(countyA, sectionA, staffA, raterA);
        b = county(countyB, sectionB, staffB, raterB);
    }

    /** An account with a login, its one-time password changed; linked to a staff member or with a home unit. */
    static String user(String prefix, List<String> roles, Long staffId, Long homeUnitId) {
        String username = prefix + Api.unique();
        String oneTime = "One-time-" + Api.unique();
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "测试 " + username);
        body.put("roles", roles);
        body.put("password", oneTime);
        body.put("staffId", staffId);
        body.put("homeUnitId", homeUnitId);
        Api.Reply created = Api.post("/api/v1/users", admin, Api.json(body));
        assertEquals(201, created.status(), created.text());
        String token = Api.login(username, oneTime);
        String password = "Changed-" + Api.unique();
        assertEquals(204, Api.post("/api/v1/auth/password", token,
                Api.json(Map.of("oldPassword", oneTime, "newPassword", password))).status());
        String login = Api.login(username, password);
        USERNAMES.put(login, username);
        return login;
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static JsonNode created(Api.Reply r) {
        assertEquals(201, r.status(), r.text());
        return r.json();
    }

    /** One of everything in the county, made by the installation's administrator. */
    static Case county(long unit, long section, JsonNode staff, JsonNode rater) {
        String record = "RCH-" + Api.unique();
        JsonNode receipt = created(EvalFixtures.submit((map("unitId", unit, "recordNo", record,
                "level", "非常不满意", "channel", "WINDOW_DEVICE", "windowNo", "2", "staffNumber",
                staff.path("staffNumber").asText(), "citizenName", CITIZEN, "citizenPhone", PHONE, "comment",
                "等候太久"))));
        long evaluation = receipt.path("id").asLong();
        long caseId = receipt.path("caseId").asLong();
        // a second, anonymous one to appeal
        JsonNode other = created(EvalFixtures.submit((map("unitId", unit, "recordNo",
                record + "-2", "level", "不满意", "channel", "WEB"))));
        long appeal = created(Api.post(EVAL + "/" + other.path("id").asLong() + "/appeals", admin,
                Api.json(map("reason", "UNRELATED", "statement", "与本窗口办件无关")))).path("id").asLong();
        long complaint = created(Api.post(EVAL + "/complaints", admin, Api.json(map("channel", "HOTLINE", "category",
                "ATTITUDE", "unitId", unit, "subject", "STAFF", "staffId", staff.path("id").asLong(), "complainantName",
                COMPLAINANT, "complainantContact", CONTACT, "content", "态度生硬", "receivedDate", today)))).path("id")
                .asLong();
        long task = created(Api.post(EVAL + "/tasks", admin, Api.json(map("unitId", unit, "goal", "优质服务窗口",
                "content", "规范文明用语", "deadlineText", "2099年12月底前")))).path("id").asLong();
        long visit = created(Api.post(EVAL + "/visits", admin, Api.json(map("kind", "MYSTERY_SHOPPER", "unitId", unit,
                "place", "服务大厅2号窗口", "visitDate", today, "visitor", "市局暗访组", "findings",
                List.of(map("description", "未佩戴工牌")))))).path("id").asLong();
        long sheet = created(Api.post(EVAL + "/scoring/sheets", admin,
                Api.json(map("sectionId", section, "quarter", quarter,
                        "group", "LEADERSHIP", "raterStaffId", rater.path("id").asLong(), "items",
                        List.of(18, 18, 18, 18, 18)))))
                .path("id").asLong();
        return new Case(unit, record, evaluation, caseId, appeal, complaint, task, visit, sheet);
    }

    static JsonNode ok(String path, String token) {
        Api.Reply r = Api.get(path, token);
        assertEquals(200, r.status(), path + ": " + r.text());
        return r.json();
    }

    static Set<Long> ids(JsonNode list) {
        JsonNode items = list.has("items") ? list.path("items") : list;
        Set<Long> ids = new TreeSet<>();
        items.forEach(n -> ids.add(n.path("id").asLong()));
        return ids;
    }

    static Set<Long> units(JsonNode list) {
        Set<Long> units = new TreeSet<>();
        list.path("items").forEach(n -> units.add(n.path("unitId").asLong()));
        return units;
    }

    static void notFound(Api.Reply r, String what) {
        assertEquals(404, r.status(), what + ": " + r.text());
    }

    /** Everything of county B as the installation's administrator reads it, to compare before and after. */
    static List<String> snapshotOfB() {
        List<String> s = new ArrayList<>();
        for (String p : List.of(EVAL + "/" + b.evaluation(), EVAL + "/cases/" + b.caseId(),
                EVAL + "/complaints/" + b.complaint(),
                EVAL + "/tasks/" + b.task(), EVAL + "/visits/" + b.visit(), EVAL + "/appeals?state=PENDING&size=1000",
                EVAL + "/scoring/sheets?unitId=" + b.unit() + "&quarter=" + quarter, EVAL + "?unitId=" + b.unit(),
                EVAL + "/complaints?unitId=" + b.unit(), EVAL + "/tasks?unitId=" + b.unit(),
                EVAL + "/visits?unitId=" + b.unit())) {
            s.add(p + " " + ok(p, admin));
        }
        return s;
    }

    @Test
    void anOfficerOfACountyWorksWithinItAndMeetsNotFoundForTheOther() throws IOException {
        List<String> before = snapshotOfB();

        // lists without a unit hold only A's; with B's unit they are refused
        JsonNode evaluations = ok(EVAL, officerA);
        assertEquals(Set.of(countyA), units(evaluations));
        assertTrue(ids(evaluations).contains(a.evaluation()));
        assertEquals(Set.of(countyA), units(ok(EVAL + "/cases", officerA)));
        assertEquals(Set.of(countyA), units(ok(EVAL + "/complaints", officerA)));
        assertEquals(Set.of(countyA), units(ok(EVAL + "/tasks", officerA)));
        assertTrue(Set.of(countyA).containsAll(units(ok(EVAL + "/tasks/overdue", officerA))));
        assertEquals(Set.of(countyA), units(ok(EVAL + "/visits", officerA)));
        Set<Long> appeals = ids(ok(EVAL + "/appeals?size=1000", reviewerA));
        assertTrue(appeals.contains(a.appeal()));
        assertFalse(appeals.contains(b.appeal()));
        for (String list : List.of(EVAL, EVAL + "/cases", EVAL + "/complaints", EVAL + "/tasks", EVAL + "/visits",
                EVAL + "/complaints/criticism?year=2026")) {
            notFound(Api.get(list + (list.contains("?") ? "&" : "?") + "unitId=" + countyB, officerA), list + " of B");
        }

        // A's records read and step; B's are not found
        assertEquals(a.recordNo(), ok(EVAL + "/" + a.evaluation(), officerA).path("recordNo").asText());
        notFound(Api.get(EVAL + "/" + b.evaluation(), officerA), "evaluation of B");
        assertEquals(a.caseId(), ok(EVAL + "/cases/" + a.caseId(), officerA).path("id").asLong());
        notFound(Api.get(EVAL + "/cases/" + b.caseId(), officerA), "case of B");
        assertEquals(200, Api.post(EVAL + "/cases/" + a.caseId() + "/steps", officerA,
                Api.json(map("step", "VERIFY", "note", "已核实"))).status());
        notFound(
                Api.post(EVAL + "/cases/" + b.caseId() + "/steps", officerA,
                        Api.json(map("step", "VERIFY", "note", "越权"))),
                "step on B's case");
        ok(EVAL + "/" + a.evaluation() + "/appeals", officerA);
        notFound(Api.get(EVAL + "/" + b.evaluation() + "/appeals", officerA), "appeals of B's evaluation");
        notFound(Api.post(EVAL + "/" + b.evaluation() + "/appeals", officerA,
                Api.json(map("reason", "MALICIOUS", "statement", "越权申诉"))), "appeal against B's evaluation");
        notFound(
                Api.post(EVAL + "/appeals/" + b.appeal() + "/decision", reviewerA,
                        Api.json(map("uphold", true, "reason", "越权"))),
                "decision on B's appeal");
        ok(EVAL + "/complaints/" + a.complaint(), officerA);
        notFound(Api.get(EVAL + "/complaints/" + b.complaint(), officerA), "complaint of B");
        notFound(Api.post(EVAL + "/complaints/" + b.complaint() + "/verification", officerA,
                Api.json(map("upheld", true, "findings", "越权"))), "verification of B's complaint");
        notFound(Api.post(EVAL + "/complaints/" + b.complaint() + "/reply", officerA, Api.json(map("text", "越权"))),
                "reply to B's complaint");
        ok(EVAL + "/tasks/" + a.task(), officerA);
        notFound(Api.get(EVAL + "/tasks/" + b.task(), officerA), "task of B");
        notFound(Api.put(EVAL + "/tasks/" + b.task(), officerA, Api.json(map("selfCheck", "越权"))),
                "update of B's task");
        notFound(Api.post(EVAL + "/tasks/" + b.task() + "/close", officerA, Api.json(map("evidence", "越权"))),
                "close B's task");
        notFound(Api.post(EVAL + "/tasks/" + b.task() + "/reopen", officerA, Api.json(map("reason", "越权"))),
                "reopen B's task");
        notFound(Api.post(EVAL + "/tasks", officerA, Api.json(map("unitId", countyB, "content", "越权任务"))), "task in B");
        notFound(Api.post(EVAL + "/tasks/units/" + countyB + "/self-check", officerA, null), "self-check of B");
        notFound(Api.get(EVAL + "/tasks/units/" + countyB + "/sheet", officerA), "self-check sheet of B");
        assertEquals(200, Api.get(EVAL + "/tasks/units/" + countyA + "/sheet", officerA).status());
        ok(EVAL + "/visits/" + a.visit(), officerA);
        notFound(Api.get(EVAL + "/visits/" + b.visit(), officerA), "visit of B");
        notFound(Api.get(EVAL + "/visits/" + b.visit() + "/tasks", officerA), "tasks of B's visit");
        notFound(
                Api.post(EVAL + "/visits", officerA,
                        Api.json(map("kind", "MOCK_SURVEY", "unitId", countyB, "place", "大厅",
                                "visitDate", today, "visitor", "越权", "findings", List.of(map("description", "越权"))))),
                "visit to B");
        assertTrue(ids(ok(EVAL + "/scoring/sheets?unitId=" + countyA + "&quarter=" + quarter, officerA))
                .contains(a.sheet()));
        notFound(Api.get(EVAL + "/scoring/sheets?unitId=" + countyB + "&quarter=" + quarter, officerA), "sheets of B");
        notFound(Api.delete(EVAL + "/scoring/sheets/" + b.sheet(), officerA), "deleting B's sheet");
        Api.Reply foreignSheet = Api.post(EVAL + "/scoring/sheets", officerA,
                Api.json(map("sectionId", sectionB, "quarter",
                        quarter, "group", "COLLEAGUES", "raterStaffId", raterB.path("id").asLong(), "items",
                        List.of(10, 10, 10, 10, 10))));
        assertEquals(400, foreignSheet.status(), "a section of B is as unknown as one that does not exist");
        assertTrue(foreignSheet.text().contains("sectionId"), foreignSheet.text());
        Api.Reply foreignComplaint = Api.post(EVAL + "/complaints", officerA,
                Api.json(map("channel", "HOTLINE", "category",
                        "ATTITUDE", "unitId", countyB, "subject", "WINDOW", "windowNo", "1", "content", "越权登记",
                        "receivedDate", today)));
        assertEquals(400, foreignComplaint.status(), foreignComplaint.text());
        assertTrue(foreignComplaint.text().contains("unitId"), foreignComplaint.text());

        // reports: A's answer, B's are refused as not found
        String period = "&from=" + today + "&to=" + today;
        ok(EVAL + "/satisfaction?unitId=" + countyA + period, officerA);
        ok(EVAL + "/scoring/units/" + countyA + "/quarters/" + quarter + "/ranking", officerA);
        for (String report : List.of(EVAL + "/satisfaction?unitId=" + countyB + period,
                EVAL + "/satisfaction?unitId=" + countyB + period + "&by=WINDOW",
                EVAL + "/satisfaction?unitId=" + countyB + period + "&granularity=DAY",
                EVAL + "/satisfaction?unitId=" + countyB + period + "&format=xlsx",
                EVAL + "/satisfaction?unitId=" + countyA + period + "&dimension=STAFF&key="
                        + staffB.path("id").asLong(),
                EVAL + "/satisfaction?unitId=" + countyA + period + "&dimension=SECTION&key=" + sectionB,
                EVAL + "/satisfaction?unitId=" + city + period + "&by=UNIT",
                EVAL + "/callback-rate?unitId=" + countyB + period, EVAL + "/dashboard?unitId=" + countyB + period,
                EVAL + "/scoring/units/" + countyB + "/quarters/" + quarter + "/ranking",
                EVAL + "/scoring/units/" + countyB + "/years/2026/awards")) {
            notFound(Api.get(report, officerA), report);
        }

        // exports within A
        Api.Reply xlsx = Api.get(EVAL + "?format=xlsx", officerA);
        assertEquals(200, xlsx.status());
        List<List<String>> rows = rows(xlsx);
        assertTrue(rows.stream().anyMatch(r -> r.contains(a.recordNo())), "A's evaluation exported");
        assertFalse(rows.stream().anyMatch(r -> r.contains(b.recordNo())), "B's evaluation not exported");
        assertEquals(200, Api.get(EVAL + "/cases?format=xlsx", officerA).status());
        assertEquals(200, Api.get(EVAL + "/tasks?format=csv", officerA).status());

        assertEquals(before, snapshotOfB(), "nothing of B changed");
    }

    @Test
    void aCityOfficerSeesBothCounties() {
        JsonNode evaluations = ok(EVAL + "?size=1000", cityOfficer);
        assertTrue(ids(evaluations).containsAll(Set.of(a.evaluation(), b.evaluation())));
        assertTrue(Set.of(countyA, countyB).containsAll(units(evaluations)));
        ok(EVAL + "/" + b.evaluation(), cityOfficer);
        ok(EVAL + "/cases/" + b.caseId(), cityOfficer);
        ok(EVAL + "/complaints/" + b.complaint(), cityOfficer);
        ok(EVAL + "/tasks/" + b.task(), cityOfficer);
        ok(EVAL + "/visits/" + b.visit(), cityOfficer);
        assertTrue(ids(ok(EVAL + "/tasks?size=1000", cityOfficer)).containsAll(Set.of(a.task(), b.task())));
        JsonNode parts = ok(EVAL + "/satisfaction?unitId=" + city + "&from=" + today + "&to=" + today + "&by=UNIT",
                cityOfficer);
        assertEquals(2, parts.size(), parts.toString());
        // someone outside the city reaches neither
        long otherCity = Fixtures.createUnit(admin, null, "CITY").path("id").asLong();
        String stranger = user("rx.officer", List.of("evaluations.officer"), null, otherCity);
        assertEquals(0, ok(EVAL, stranger).path("total").asLong());
        notFound(Api.get(EVAL + "/" + a.evaluation(), stranger), "A's evaluation from another city");
    }

    @Test
    void personalDataIsClearForOfficersAndMaskedForEveryoneElse() throws IOException {
        JsonNode clear = ok(EVAL + "/" + a.evaluation(), officerA);
        assertEquals(CITIZEN, clear.path("citizenName").asText());
        assertEquals(PHONE, clear.path("citizenPhone").asText());
        assertEquals(COMPLAINANT, ok(EVAL + "/complaints/" + a.complaint(), officerA).path("complainantName").asText());
        assertEquals(CONTACT, ok(EVAL + "/complaints/" + a.complaint(), officerA).path("complainantContact").asText());

        for (String token : List.of(auditorA, adminA, reviewerA)) {
            JsonNode masked = ok(EVAL + "/" + a.evaluation(), token);
            assertEquals("张*", masked.path("citizenName").asText());
            assertEquals("138****1234", masked.path("citizenPhone").asText());
            JsonNode listed = ok(EVAL + "?recordNo=" + a.recordNo(), token).path("items").get(0);
            assertEquals("张*", listed.path("citizenName").asText());
            assertEquals("138****1234", listed.path("citizenPhone").asText());
        }
        for (String token : List.of(auditorA, adminA)) {
            JsonNode complaint = ok(EVAL + "/complaints/" + a.complaint(), token);
            assertEquals("赵*", complaint.path("complainantName").asText());
            assertEquals("139****1111", complaint.path("complainantContact").asText());
        }
        // the staff member rated sees the evaluations of themselves only, masked
        JsonNode own = ok(EVAL + "?size=1000", ratedA);
        assertTrue(ids(own).contains(a.evaluation()), own.toString());
        own.path("items").forEach(e -> assertEquals(staffA.path("id").asLong(), e.path("staffId").asLong()));
        own.path("items").forEach(e -> {
            if (e.path("id").asLong() == a.evaluation()) {
                assertEquals("张*", e.path("citizenName").asText());
            }
        });

        // exports: clear for the officer (and audited as an export), masked for the auditor (and not audited)
        long evaluationExports = exports("evaluations.evaluation", officerA);
        long complaintExports = exports("evaluations.complaint", officerA);
        List<List<String>> officerRows = rows(Api.get(EVAL + "?format=xlsx&unitId=" + countyA, officerA));
        assertEquals(List.of("评价人", "联系电话"), officerRows.get(0).subList(13, 15));
        List<String> row = officerRows.stream().filter(r -> r.contains(a.recordNo())).findFirst().orElseThrow();
        assertEquals(List.of(CITIZEN, PHONE), row.subList(13, 15));
        assertEquals(evaluationExports + 1, exports("evaluations.evaluation", officerA),
                "the officer's export is audited");
        JsonNode entries = ok("/api/v1/audit?entityType=evaluations.evaluation&username=" + USERNAMES.get(officerA),
                admin);
        boolean withQuery = false;
        for (JsonNode entry : entries.path("items")) {
            withQuery |= entry.path("action").asText().equals("export")
                    && entry.path("after").asText().contains("\"unitId\":" + countyA);
        }
        assertTrue(withQuery, "the export's entry holds the query: " + entries);

        List<String> auditorRow = rows(Api.get(EVAL + "?format=xlsx&unitId=" + countyA, auditorA)).stream()
                .filter(r -> r.contains(a.recordNo())).findFirst().orElseThrow();
        assertEquals(List.of("张*", "138****1234"), auditorRow.subList(13, 15));
        assertEquals(0, exports("evaluations.evaluation", auditorA), "a masked export is not");

        List<String> complaintRow = rows(Api.get(EVAL + "/complaints?format=xlsx", officerA)).stream()
                .filter(r -> r.get(0).equals(String.valueOf(a.complaint()))).findFirst().orElseThrow();
        assertTrue(complaintRow.containsAll(List.of(COMPLAINANT, CONTACT)), complaintRow.toString());
        List<String> maskedComplaint = rows(Api.get(EVAL + "/complaints?format=xlsx", auditorA)).stream()
                .filter(r -> r.get(0).equals(String.valueOf(a.complaint()))).findFirst().orElseThrow();
        assertTrue(maskedComplaint.containsAll(List.of("赵*", "139****1111")), maskedComplaint.toString());
        assertFalse(maskedComplaint.contains(COMPLAINANT));
        assertEquals(complaintExports + 1, exports("evaluations.complaint", officerA));
        assertEquals(0, exports("evaluations.complaint", auditorA));
    }

    /** The exports an account made of an entity type, from the audit log. */
    static long exports(String entityType, String token) {
        JsonNode page = ok(
                "/api/v1/audit?entityType=" + entityType + "&username=" + USERNAMES.get(token) + "&size=1000", admin);
        return page.path("items").findValues("action").stream().filter(n -> n.asText().equals("export")).count();
    }

    static List<List<String>> rows(Api.Reply xlsx) throws IOException {
        assertEquals(200, xlsx.status(), xlsx.text());
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row r : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getLastCellNum(); i++) {
                    cells.add(r.getCell(i) == null ? "" : format.formatCellValue(r.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void anEvaluationNamingAStaffMemberOfAnotherUnitIsRefusedAndStoresNothing() {
        String record = "RCH-X-" + Api.unique();
        Api.Reply r = EvalFixtures.submit((map("unitId", countyA, "recordNo", record, "level", "满意",
                "channel", "WINDOW_DEVICE", "windowNo", "1", "staffNumber",
                staffB.path("staffNumber").asText())));
        assertEquals(400, r.status(), r.text());
        assertEquals("staffNumber", r.json().path("details").get(0).path("field").asText(), r.text());
        assertEquals(0, ok(EVAL + "?recordNo=" + record, admin).path("total").asLong(), "nothing stored");
        Api.Reply own = EvalFixtures.submit((map("unitId", countyA, "recordNo", record, "level", "满意",
                "channel", "WINDOW_DEVICE", "windowNo", "1", "staffNumber",
                staffA.path("staffNumber").asText())));
        assertEquals(201, own.status(), "the same record with A's own staff member is taken: " + own.text());
    }

    @Test
    void hostileInputChangesNothing() {
        List<String> before = snapshotOfB();
        // ids and units that are not in reach, or not ids at all
        for (String path : List.of(EVAL + "?unitId=-1", EVAL + "?unitId=0", EVAL + "/cases?unitId=" + Long.MAX_VALUE,
                EVAL + "/satisfaction?unitId=-1&from=" + today + "&to=" + today)) {
            assertEquals(404, Api.get(path, officerA).status(), path);
        }
        // not a number: refused as a bad parameter (400 naming it), like every query parameter of the wrong type
        Api.Reply quoted = Api.get(EVAL + "?unitId=" + countyB + "%20or%201=1", officerA);
        assertEquals(400, quoted.status(), quoted.text());
        assertEquals("unitId", quoted.json().path("details").get(0).path("field").asText(), quoted.text());
        // a body naming A while the path names B's record: a field no request has
        assertEquals(400,
                Api.put(EVAL + "/tasks/" + b.task(), officerA, Api.json(map("content", "改写", "unitId", countyA)))
                        .status());
        assertEquals(400, Api.post(EVAL + "/cases/" + b.caseId() + "/steps", officerA,
                Api.json(map("step", "VERIFY", "note", "x", "unitId", countyA))).status());
        notFound(
                Api.post(EVAL + "/cases/" + b.caseId() + "/steps", officerA,
                        "{\"step\":\"CLOSE\",\"note\":\"' or '1'='1\"}"),
                "B's case, with a quote in the note");
        // the rebuild of every unit's roll-ups needs the whole installation
        assertEquals(403, Api.post(EVAL + "/rollups/rebuild", adminA, null).status());
        assertEquals(before, snapshotOfB(), "nothing of B changed");
    }
}
