package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/** 评价凭证 issued over HTTP: for a unit in the caller's reach, by the issuer role, officers and admin only. */
class TicketsIT {

    static final String TICKETS = "/api/v1/evaluations/tickets";
    static String admin;
    static String officerA;
    static String issuerA;
    static String staffA;
    static long countyA;
    static long countyB;
    static JsonNode memberA;
    static JsonNode memberB;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        countyA = Fixtures.createCounty(admin).path("id").asLong();
        countyB = Fixtures.createCounty(admin).path("id").asLong();
        memberA = Fixtures.createStaff(admin, countyA, "窗口甲");
        memberB = Fixtures.createStaff(admin, countyB, "窗口乙");
        officerA = Fixtures.userAt(admin, "tofficer" + Api.unique(), List.of("evaluations.officer"), countyA, null);
        issuerA = Fixtures.userAt(admin, "tissuer" + Api.unique(), List.of("evaluations.issuer"), countyA, null);
        staffA = Fixtures.userAt(admin, "tstaff" + Api.unique(), List.of("staff"), countyA, null);
    }

    static Map<String, Object> draft(long unit, String record) {
        Map<String, Object> m = new HashMap<>();
        m.put("unitId", unit);
        m.put("recordNo", record);
        return m;
    }

    @Test
    void anIssuerGetsASignedTicketForItsOwnUnitsRecord() {
        Map<String, Object> d = draft(countyA, "OTHER-" + Api.unique());
        d.put("staffNumber", memberA.path("staffNumber").asText());
        d.put("windowNo", "5");
        d.put("matterCode", "YB01-001");
        d.put("validDays", 2);
        Api.Reply r = Api.post(TICKETS, issuerA, Api.json(d));
        assertEquals(201, r.status(), r.text());
        JsonNode t = r.json();
        assertTrue(t.path("token").asText().matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), t.toString());
        assertEquals(countyA, t.path("unitId").asLong());
        assertEquals(d.get("recordNo"), t.path("recordNo").asText());
        assertEquals(memberA.path("staffNumber").asText(), t.path("staffNumber").asText());
        assertEquals("5", t.path("windowNo").asText());
        Instant expires = Instant.parse(t.path("expiresAt").asText());
        assertTrue(expires.isAfter(Instant.now().plus(2, ChronoUnit.DAYS).minus(5, ChronoUnit.MINUTES)), t.toString());
        assertTrue(expires.isBefore(Instant.now().plus(2, ChronoUnit.DAYS).plus(5, ChronoUnit.MINUTES)), t.toString());
        // the same record asked twice: the same fields, a ticket each time
        Api.Reply again = Api.post(TICKETS, officerA, Api.json(draft(countyA, "REC-" + Api.unique())));
        assertEquals(201, again.status(), again.text());
        assertNotEquals(t.path("token").asText(), again.json().path("token").asText());
    }

    @Test
    void anotherCountysUnitOrStaffMemberIsRefusedNamingTheField() {
        Api.Reply other = Api.post(TICKETS, issuerA, Api.json(draft(countyB, "B-" + Api.unique())));
        assertEquals(400, other.status(), other.text());
        assertEquals("unitId", other.json().path("details").get(0).path("field").asText());
        Map<String, Object> d = draft(countyA, "A-" + Api.unique());
        d.put("staffNumber", memberB.path("staffNumber").asText());
        Api.Reply staff = Api.post(TICKETS, issuerA, Api.json(d));
        assertEquals(400, staff.status(), staff.text());
        assertEquals("staffNumber", staff.json().path("details").get(0).path("field").asText());
        Api.Reply bad = Api.post(TICKETS, issuerA, Api.json(Map.of("recordNo", " ", "validDays", 400)));
        assertEquals(400, bad.status(), bad.text());
    }

    @Test
    void onlyStaffWithTheRoleGetTickets() {
        assertEquals(403, Api.post(TICKETS, staffA, Api.json(draft(countyA, "S-" + Api.unique()))).status());
        assertEquals(401, Api.post(TICKETS, null, Api.json(draft(countyA, "N-" + Api.unique()))).status());
        Api.Reply unknown = Api.post(TICKETS, issuerA,
                "{\"unitId\":" + countyA + ",\"recordNo\":\"X\",\"signature\":1}");
        assertEquals(400, unknown.status(), unknown.text());
    }

    static String ticket(long unit, String record, String staffNumber) {
        Map<String, Object> d = draft(unit, record);
        if (staffNumber != null) {
            d.put("staffNumber", staffNumber);
        }
        d.put("windowNo", "2");
        d.put("matterCode", "YB01-002");
        Api.Reply r = Api.post(TICKETS, issuerA, Api.json(d));
        assertEquals(201, r.status(), r.text());
        return r.json().path("token").asText();
    }

    static Api.Reply submit(Map<String, Object> body) {
        return Api.post("/api/v1/evaluations/submissions", null, Api.json(body));
    }

    static Map<String, Object> evaluation(String ticket) {
        Map<String, Object> m = new HashMap<>();
        m.put("ticket", ticket);
        m.put("level", "满意");
        m.put("channel", "WINDOW_DEVICE");
        return m;
    }

    @Test
    void anEvaluationIsTakenOnceWithItsTicketAndBoundToWhatTheTicketVouchesFor() {
        String record = "TKS-" + Api.unique();
        String t = ticket(countyA, record, memberA.path("staffNumber").asText());
        Api.Reply r = submit(evaluation(t));
        assertEquals(201, r.status(), r.text());
        assertEquals(record, r.json().path("recordNo").asText());
        JsonNode stored = Api.get("/api/v1/evaluations?recordNo=" + record + "&unitId=" + countyA, admin).json()
                .path("items").get(0);
        assertEquals(memberA.path("staffNumber").asText(), stored.path("staffNumber").asText(), stored.toString());
        assertEquals("2", stored.path("windowNo").asText());
        assertEquals("YB01-002", stored.path("matterCode").asText());
        // the same ticket again: the record is evaluated already
        Api.Reply again = submit(evaluation(t));
        assertEquals(409, again.status(), again.text());
    }

    @Test
    void withoutAForgedOrAnotherUnitsTicketNothingIsTaken() {
        Map<String, Object> none = evaluation(null);
        none.remove("ticket");
        none.put("unitId", countyA);
        none.put("recordNo", "NONE-" + Api.unique());
        Api.Reply missing = submit(none);
        assertEquals(400, missing.status(), missing.text());
        assertEquals("ticket_required", missing.error());
        assertEquals("ticket", missing.json().path("details").get(0).path("field").asText());

        String t = ticket(countyA, "FORGE-" + Api.unique(), null);
        char last = t.charAt(t.length() - 1);
        String forged = t.substring(0, t.length() - 1) + (last == 'A' ? 'B' : 'A');
        Api.Reply f = submit(evaluation(forged));
        assertEquals(400, f.status(), f.text());
        assertEquals("ticket_invalid", f.error());
        Api.Reply junk = submit(evaluation("not-a-ticket"));
        assertEquals("ticket_invalid", junk.error(), junk.text());

        Map<String, Object> otherUnit = evaluation(t);
        otherUnit.put("unitId", countyB);
        Api.Reply wrong = submit(otherUnit);
        assertEquals(400, wrong.status(), wrong.text());
        assertEquals("ticket_mismatch", wrong.error());
        assertEquals("unitId", wrong.json().path("details").get(0).path("field").asText());
        Map<String, Object> otherRecord = evaluation(t);
        otherRecord.put("recordNo", "SOMETHING-ELSE");
        assertEquals("ticket_mismatch", submit(otherRecord).error());
        assertEquals(0, Api.get("/api/v1/evaluations?unitId=" + countyB, admin).json().path("total").asLong(),
                "nothing stored for B");
        // the honest use of that ticket still works
        assertEquals(201, submit(evaluation(t)).status());
    }

    @Test
    void manyCitizensWithOneTicketAtOnceStoreExactlyOne() throws Exception {
        String record = "ONCE-" + Api.unique();
        String t = ticket(countyA, record, null);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<Integer>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                replies.add(pool.submit(() -> submit(evaluation(t)).status()));
            }
            int created = 0;
            int conflicts = 0;
            for (java.util.concurrent.Future<Integer> f : replies) {
                int s = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                if (s == 201) {
                    created++;
                } else if (s == 409) {
                    conflicts++;
                }
            }
            assertEquals(1, created);
            assertEquals(15, conflicts);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Api.get("/api/v1/evaluations?recordNo=" + record + "&unitId=" + countyA, admin).json()
                .path("total").asLong());
    }

    @Test
    void staffEnterPhoneHotlineAndCardEvaluationsAgainstARecordAudited() {
        String officer = Fixtures.userAt(admin, "eofficer" + Api.unique(), List.of("evaluations.officer"), countyA,
                null);
        String record = "ENT-" + Api.unique();
        String t = ticket(countyA, record, null);
        Map<String, Object> entry = new HashMap<>();
        entry.put("ticket", t);
        entry.put("level", "VERY_SATISFIED");
        entry.put("channel", "HOTLINE");
        entry.put("comment", "电话回访时评价");
        Api.Reply r = Api.post("/api/v1/evaluations/entries", officer, Api.json(entry));
        assertEquals(201, r.status(), r.text());
        assertEquals(record, r.json().path("recordNo").asText());
        JsonNode stored = Api.get("/api/v1/evaluations?recordNo=" + record + "&unitId=" + countyA, admin).json()
                .path("items").get(0);
        assertEquals("HOTLINE", stored.path("channel").asText(), stored.toString());
        JsonNode audit = Api.get("/api/v1/audit?entityType=evaluations.entry&size=1000", admin).json();
        assertTrue(audit.toString().contains(record), "audited: " + audit);
        // once per record, as any evaluation
        assertEquals(409, Api.post("/api/v1/evaluations/entries", officer, Api.json(entry)).status());
        // not a staff channel; no ticket; no role
        Map<String, Object> web = new HashMap<>(entry);
        web.put("ticket", ticket(countyA, "ENT-W-" + Api.unique(), null));
        web.put("channel", "WEB");
        Api.Reply wrong = Api.post("/api/v1/evaluations/entries", officer, Api.json(web));
        assertEquals(400, wrong.status(), wrong.text());
        assertEquals("channel", wrong.json().path("details").get(0).path("field").asText());
        Map<String, Object> none = new HashMap<>(entry);
        none.remove("ticket");
        assertEquals("ticket_required", Api.post("/api/v1/evaluations/entries", officer, Api.json(none)).error());
        assertEquals(403, Api.post("/api/v1/evaluations/entries", staffA, Api.json(entry)).status());
    }
}
