package org.xingfeng.demands.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.demands.core.internal.DemandsFixtures.API;
import static org.xingfeng.demands.core.internal.DemandsFixtures.ok;
import static org.xingfeng.demands.core.internal.DemandsFixtures.step;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.demands.api.DemandsRoles;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A demand's whole way over HTTP on the real runtime: the steps each by its role, timed and named in the history, the
 * instruction kept as a step, a reopening, the state machine's 409, the citizen masked for those who need not see him,
 * deadlines, extensions, reminders and escalations on the supervision board, duplicates and the figures.
 */
class DemandsIT {

    static String root;
    static long county;
    static long office;
    static long finance;
    static String officer;
    static String head;
    static String coordinator;
    static String handler;
    static String financeHandler;

    @BeforeAll
    static void world() {
        Api.awaitReady();
        root = Api.admin();
        county = Fixtures.createCounty(root).path("id").asLong();
        office = DemandsFixtures.section(root, county, "办公室");
        finance = DemandsFixtures.section(root, county, "基金财务股");
        officer = user(DemandsRoles.OFFICER);
        head = user(DemandsRoles.HEAD);
        coordinator = user(DemandsRoles.COORDINATOR);
        handler = DemandsFixtures.member(root, county, office, DemandsRoles.HANDLER);
        financeHandler = DemandsFixtures.member(root, county, finance, DemandsRoles.HANDLER);
    }

    static String user(String role) {
        return Fixtures.userAt(root, "dm." + Api.unique(), List.of(role, "staff"), county, null);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static JsonNode demand(String token, long id) {
        return ok(Api.get(API + "/" + id, token), 200, "demand");
    }

    static List<String> actions(long id) {
        List<String> a = new ArrayList<>();
        for (JsonNode s : ok(Api.get(API + "/" + id + "/history", officer), 200, "history")) {
            a.add(s.path("action").asText());
        }
        return a;
    }

    @Test
    void aDemandGoesItsWholeWayEachStepByItsRoleAndTimed() {
        JsonNode d = DemandsFixtures.register(officer, county, "COMPLAINT", "窗口态度", today());
        long id = d.path("id").asLong();
        assertEquals("REGISTERED", d.path("state").asText());
        assertEquals(DemandsFixtures.addWorkingDays(root, today(), 13).toString(), d.path("dueDate").asText(),
                "a complaint: 13 working days");
        assertEquals("IN_TIME", d.path("deadline").asText());

        // the head instructs; the text is kept as a step of its own
        Api.Reply refused = Api.post(API + "/" + id + "/instruct", officer, Api.json(Map.of("text", "阅")));
        assertEquals(403, refused.status(), refused.text());
        d = step(head, id, "instruct", Map.of("text", "请分管领导牵头，五日内答复"));
        assertEquals("INSTRUCTED", d.path("state").asText());
        assertEquals("请分管领导牵头，五日内答复", d.path("instruction").asText());

        d = step(coordinator, id, "assign",
                Map.of("leadSectionId", office, "handlingSectionIds", List.of(finance, office), "note", "会同财务股"));
        assertEquals("ASSIGNED", d.path("state").asText());
        assertEquals(office, d.path("leadSectionId").asLong());
        assertEquals("办公室", d.path("leadSectionName").asText());
        assertEquals(List.of(finance), List.of(d.path("handlingSectionIds").get(0).asLong()));
        assertEquals(1, d.path("handlingSectionIds").size(), "the lead section is not repeated");

        step(handler, id, "handle", Map.of("text", "已约谈窗口人员"));
        d = step(handler, id, "review", Map.of("approved", false, "note", "未说明整改措施"));
        assertEquals("ASSIGNED", d.path("state").asText(), "returned to the sections");
        step(handler, id, "handle", Map.of("text", "已约谈并通报整改"));
        step(handler, id, "review", Map.of("approved", true));
        d = step(officer, id, "reply", Map.of("text", "经核实，已责成整改，感谢监督"));
        assertEquals("REPLIED", d.path("state").asText());
        assertEquals(today().toString(), d.path("repliedOn").asText());
        assertEquals("REPLIED_ON_TIME", d.path("deadline").asText());

        // not satisfied: reopened, a second round with a new deadline from today
        d = step(officer, id, "satisfaction", Map.of("satisfied", false, "remark", "仍未解决"));
        assertEquals("REOPENED", d.path("state").asText());
        assertEquals(2, d.path("round").asInt());
        assertTrue(d.path("repliedOn").isNull());
        step(coordinator, id, "assign", Map.of("leadSectionId", finance));
        step(handler, id, "handle", Map.of("text", "已当面致歉"));
        Api.Reply notLead = Api.post(API + "/" + id + "/review", handler, Api.json(Map.of("approved", true)));
        assertEquals(403, notLead.status(),
                "the office is not the lead section of the second round: " + notLead.text());
        assertEquals("not_lead_section", notLead.json().path("error").asText());
        step(financeHandler, id, "review", Map.of("approved", true));
        step(officer, id, "reply", Map.of("text", "已当面致歉并整改"));
        d = step(officer, id, "satisfaction", Map.of("satisfied", true));
        assertEquals("RATED", d.path("state").asText());
        d = step(officer, id, "close", null);
        assertEquals("CLOSED", d.path("state").asText());

        JsonNode history = ok(Api.get(API + "/" + id + "/history", coordinator), 200, "history");
        assertEquals(List.of("REGISTER", "INSTRUCT", "ASSIGN", "HANDLE", "REVIEW", "HANDLE", "REVIEW", "REPLY", "RATE",
                "ASSIGN", "HANDLE", "REVIEW", "REPLY", "RATE", "CLOSE"), actions(id));
        JsonNode instruct = history.get(1);
        assertEquals("请分管领导牵头，五日内答复", instruct.path("text").asText());
        assertEquals("REGISTERED", instruct.path("fromState").asText());
        assertEquals("INSTRUCTED", instruct.path("toState").asText());
        assertTrue(instruct.path("by").asText().startsWith("dm."), instruct.toString());
        assertFalse(instruct.path("at").isNull());
        assertTrue(history.get(2).path("text").asText().contains("基金财务股"), history.get(2).toString());

        Api.Reply xlsx = Api.get(API + "/" + id + "/history?format=xlsx", coordinator);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats"));
    }

    @Test
    void aStepTheStateDoesNotAllowIsA409NamingTheStateAndChangesNothing() {
        long id = DemandsFixtures.register(officer, county, "HELP", "求助", today()).path("id").asLong();
        Api.Reply r = Api.post(API + "/" + id + "/handle", handler, Api.json(Map.of("text", "提前办理")));
        assertEquals(409, r.status(), r.text());
        assertEquals("step_not_allowed", r.error());
        assertTrue(r.json().path("message").asText().contains("已登记"), r.text());
        assertEquals("REGISTERED", r.json().path("details").get(0).path("message").asText());
        Api.Reply en = Api.send("POST", API + "/" + id + "/close", officer, "application/json", new byte[0],
                Map.of("Accept-Language", "en"));
        assertEquals(409, en.status(), en.text());
        assertTrue(en.json().path("message").asText().contains("\"registered\""), en.text());
        assertEquals(List.of("REGISTER"), actions(id));
        assertEquals("REGISTERED", demand(officer, id).path("state").asText());
    }

    @Test
    void theCitizenIsInClearForOfficersAndHandlersOnlyAndMaskedInTheirLists() {
        long id = DemandsFixtures.register(officer, county, "CONSULTATION", "个人信息", today()).path("id").asLong();
        JsonNode clear = demand(handler, id);
        assertEquals("张三丰", clear.path("citizenName").asText());
        assertEquals("13812341234", clear.path("citizenPhone").asText());
        assertEquals(DemandsFixtures.CITIZEN_ID, clear.path("citizenIdNumber").asText());
        for (String token : List.of(head, coordinator, root)) {
            JsonNode masked = demand(token, id);
            assertEquals("张**", masked.path("citizenName").asText());
            assertEquals("138****1234", masked.path("citizenPhone").asText());
            assertEquals("5107**********123X", masked.path("citizenIdNumber").asText());
        }
        String list = Api.get(API + "?unitId=" + county + "&size=1000", coordinator).text();
        assertFalse(list.contains("13812341234"), "the coordinator's list holds no clear telephone");
        assertFalse(list.contains(DemandsFixtures.CITIZEN_ID));
        // the audit log keeps the steps with the citizen masked
        String audit = Api.get("/api/v1/audit?entityType=demands.demand&size=1000", root).text();
        assertFalse(audit.contains("13812341234"), "the audit log holds no clear telephone");
        Api.Reply xlsx = Api.get(API + "?unitId=" + county + "&format=xlsx", officer);
        assertEquals(200, xlsx.status(), xlsx.text());
        assertTrue(Api.get("/api/v1/audit?entityType=demands.demand&action=export&size=10", root).text()
                .contains("export"), "an export in clear is audited as an export");
    }

    @Test
    void deadlinesRemindersEscalationsAndTheBoard() {
        // a consultation received long ago: the reminder and the escalation are due
        long late = DemandsFixtures.register(officer, county, "CONSULTATION", "长期未办", LocalDate.of(2026, 1, 5))
                .path("id").asLong();
        JsonNode d = demand(coordinator, late);
        assertEquals(DemandsFixtures.addWorkingDays(root, LocalDate.of(2026, 1, 5), 3).toString(),
                d.path("dueDate").asText());
        assertEquals("ESCALATE", d.path("deadline").asText());
        JsonNode board = ok(Api.get(API + "/supervision/board?unitId=" + county, coordinator), 200, "board");
        JsonNode entry = find(board, late);
        assertEquals("ESCALATE", entry.path("status").asText());
        assertTrue(entry.path("workingDaysOverdue").asInt() > 5, entry.toString());
        assertTrue(step(coordinator, late, "remind", Map.of("text", "请立即办理")).path("reminded").asBoolean());
        Api.Reply again = Api.post(API + "/" + late + "/remind", coordinator, Api.json(Map.of()));
        assertEquals(409, again.status(), again.text());
        assertEquals("already_reminded", again.error());
        assertTrue(step(coordinator, late, "escalate", Map.of("text", "超期通报")).path("escalated").asBoolean());

        // a consultation received today: not yet due for a reminder; an extension stops the clock
        long fresh = DemandsFixtures.inState(root, county, office, "ASSIGNED", today());
        Api.Reply early = Api.post(API + "/" + fresh + "/remind", coordinator, Api.json(Map.of()));
        assertEquals(409, early.status(), early.text());
        assertEquals("reminder_not_due", early.error());
        LocalDate due = LocalDate.parse(demand(handler, fresh).path("dueDate").asText());
        d = step(handler, fresh, "extension", Map.of("days", 5, "reason", "需调取异地就医档案"));
        assertTrue(d.path("extensionPending").asBoolean());
        assertEquals("PAUSED", d.path("deadline").asText());
        assertEquals(409, Api.post(API + "/" + fresh + "/extension", handler,
                Api.json(Map.of("days", 1, "reason", "再延"))).status(), "one request waits at a time");
        assertEquals("PAUSED", find(ok(Api.get(API + "/supervision/board?unitId=" + county, coordinator), 200,
                "board"), fresh).path("status").asText());
        assertEquals(403, Api.post(API + "/" + fresh + "/extension/decision", handler,
                Api.json(Map.of("approved", true))).status(), "the coordinator approves");
        d = step(coordinator, fresh, "extension/decision", Map.of("approved", true, "note", "同意"));
        assertFalse(d.path("extensionPending").asBoolean());
        assertEquals(DemandsFixtures.addWorkingDays(root, due, 5).toString(), d.path("dueDate").asText(),
                "decided the same day: no working day stood still, 5 added");
        assertEquals(409, Api.post(API + "/" + fresh + "/extension/decision", coordinator,
                Api.json(Map.of("approved", true))).status(), "nothing waits any more");
    }

    @Test
    void responseTemplatesPerCategory() {
        JsonNode complaint = ok(Api.get(API + "/templates?category=COMPLAINT", officer), 200, "templates");
        assertEquals(2, complaint.size(), complaint.toString());
        assertTrue(complaint.get(0).asText().contains("{topic}"), complaint.toString());
        assertEquals(1, ok(Api.get(API + "/templates?category=PRAISE", head), 200, "templates").size());
        assertEquals(400, Api.get(API + "/templates", officer).status());
        assertEquals(400, Api.get(API + "/templates?category=NOISE", officer).status());
    }

    static JsonNode find(JsonNode board, long id) {
        for (JsonNode e : board) {
            if (e.path("demandId").asLong() == id) {
                return e;
            }
        }
        throw new AssertionError("demand " + id + " not on the board: " + board);
    }

    @Test
    void aDuplicateIsLinkedAndNotCountedTwice() {
        String[] unit = { String.valueOf(Fixtures.createCounty(root).path("id").asLong()) };
        long u = Long.parseLong(unit[0]);
        String officerU = Fixtures.userAt(root, "dm." + Api.unique(), List.of(DemandsRoles.OFFICER, "staff"), u, null);
        long original = DemandsFixtures.register(officerU, u, "SUGGESTION", "增设窗口", today()).path("id").asLong();
        long repeat = DemandsFixtures.register(officerU, u, "SUGGESTION", "增设窗口（再次来电）", today()).path("id").asLong();
        JsonNode d = step(officerU, repeat, "duplicate", Map.of("originalId", original));
        assertEquals(original, d.path("duplicateOf").asLong());
        assertEquals("CLOSED", d.path("state").asText());
        Api.Reply self = Api.post(API + "/" + original + "/duplicate", officerU,
                Api.json(Map.of("originalId", original)));
        assertEquals(400, self.status(), self.text());
        JsonNode figures = ok(Api.get(API + "/supervision/figures?unitId=" + u + "&by=CATEGORY", officerU), 200,
                "figures");
        JsonNode total = figures.get(figures.size() - 1);
        assertEquals("total", total.path("key").asText());
        assertEquals(1, total.path("total").asInt(), figures.toString());
        assertEquals("SUGGESTION", figures.get(0).path("key").asText());
        assertEquals(200, Api.get(API + "/supervision/figures?unitId=" + u + "&format=xlsx", officerU).status());
        assertEquals(200, Api.get(API + "/supervision/board?unitId=" + u + "&format=xlsx", officerU).status());
    }

    @Test
    void theFiguresCountOnTimeRepliesAndSatisfaction() {
        long u = Fixtures.createCounty(root).path("id").asLong();
        long section = DemandsFixtures.section(root, u, "待遇股");
        DemandsFixtures.inState(root, u, section, "CLOSED", today());
        long replied = DemandsFixtures.inState(root, u, section, "REPLIED", today());
        step(root, replied, "satisfaction", Map.of("satisfied", false));
        long late = DemandsFixtures.register(root, u, "HELP", "迟办", LocalDate.of(2026, 2, 2)).path("id").asLong();
        assertEquals("ESCALATE", demand(root, late).path("deadline").asText());
        JsonNode figures = ok(Api.get(API + "/supervision/figures?unitId=" + u + "&by=SECTION", root), 200, "figures");
        JsonNode total = figures.get(figures.size() - 1);
        assertEquals(3, total.path("total").asInt(), figures.toString());
        // the closed one replied on time; the reopened one is open again and in time; the late one counts late
        assertEquals(2, total.path("due").asInt(), figures.toString());
        assertEquals(1, total.path("onTime").asInt(), figures.toString());
        assertEquals(50.0, total.path("onTimeRate").asDouble(), figures.toString());
        assertEquals(2, total.path("rated").asInt(), figures.toString());
        assertEquals(50.0, total.path("satisfactionRate").asDouble(), figures.toString());
    }
}
