package org.xingfeng.windows.evaluations.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Stars end to end, with both modules installed: records closed at two windows issue their evaluation tickets, citizens
 * evaluate them through the submission endpoint with those tickets (all good at window 1, half bad at window 2), and the
 * windows' star figures and the yearly selection follow from those evaluations. A reused ticket is refused and counts
 * nowhere; a window of another county is not rated in this county's stars.
 */
class StarsWithEvaluationsIT {

    static final String API = "/api/v1";
    static final String STARS_PID = "org.xingfeng.windows.stars";
    static final int RECORDS = 4;
    static String root;
    static String officer;
    static long county;
    static long window1;
    static long window2;
    static long otherWindow;
    static String reusedTicket;

    static JsonNode ok(Api.Reply r, int status, String what) {
        assertEquals(status, r.status(), what + ": " + r.text());
        return r.json();
    }

    @BeforeAll
    static void setUp() throws Exception {
        Api.awaitReady();
        root = Api.admin();
        county = Fixtures.createCounty(root).path("id").asLong();
        officer = Fixtures.userAt(root, "win.ev." + Api.unique(), List.of("windows.admin", "windows.staff", "staff"),
                county, null);
        long hall = ok(Api.post(API + "/windows/halls", root, Api.json(Map.of("unitId", county, "code",
                "EV" + Api.unique(), "name", "评价星级大厅", "zones", List.of("COUNTERS")))), 201, "hall").path("id")
                .asLong();
        window1 = window(hall, "1");
        window2 = window(hall, "2");
        long other = Fixtures.createCounty(root).path("id").asLong();
        long otherHall = ok(Api.post(API + "/windows/halls", root, Api.json(Map.of("unitId", other, "code",
                "EV" + Api.unique(), "name", "别县大厅", "zones", List.of("COUNTERS")))), 201, "hall").path("id").asLong();
        otherWindow = window(otherHall, "1");

        // window 1: every record rated 非常满意; window 2: half rated 非常不满意
        for (int i = 0; i < RECORDS; i++) {
            evaluate(closedRecordTicket(window1), 5);
            evaluate(closedRecordTicket(window2), i % 2 == 0 ? 1 : 5);
        }
        reusedTicket = closedRecordTicket(window1);
        evaluate(reusedTicket, 5);
        // the selection counts four records a window, one window of each list
        configure(Map.of("windows.selection.minRecords", 4, "windows.selection.model", 1, "windows.selection.good", 0,
                "windows.selection.poor", 1));
    }

    @AfterAll
    static void tearDown() throws Exception {
        config().delete();
    }

    static long window(long hall, String number) {
        long id = ok(Api.post(API + "/windows/windows", root, Api.json(Map.of("hallId", hall, "number", number,
                "type", "SINGLE", "matterCodes", List.of("EV1")))), 201, "window").path("id").asLong();
        ok(Api.put(API + "/windows/windows/" + id + "/state", root, Api.json(Map.of("state", "OPEN"))), 200, "open");
        return id;
    }

    /** Opens a record at the window, accepts and completes it: the evaluation ticket it carries then. */
    static String closedRecordTicket(long windowId) {
        long id = ok(Api.post(API + "/windows/records", officer, Api.json(Map.of("windowId", windowId, "matterCode",
                "EV1", "citizenName", "李四"))), 201, "record").path("id").asLong();
        ok(Api.post(API + "/windows/records/" + id + "/steps", officer, Api.json(Map.of("kind", "ACCEPT"))), 200,
                "accept");
        JsonNode done = ok(Api.post(API + "/windows/records/" + id + "/steps", officer,
                Api.json(Map.of("kind", "COMPLETE"))), 200, "complete");
        String ticket = done.path("evaluationTicket").asText("");
        assertFalse(ticket.isBlank(), "a closed record carries its evaluation ticket: " + done);
        return ticket;
    }

    static void evaluate(String ticket, int level) {
        ok(Api.post(API + "/evaluations/submissions", null,
                Api.json(Map.of("ticket", ticket, "level", level, "channel", "WINDOW_DEVICE"))), 201, "evaluation");
    }

    static Configuration config() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(StarsWithEvaluationsIT.class).getBundleContext();
        ConfigurationAdmin admin = context.getService(context.getServiceReference(ConfigurationAdmin.class));
        return admin.getConfiguration(STARS_PID, "?");
    }

    static void configure(Map<String, Object> values) throws Exception {
        config().update(new Hashtable<>(values));
    }

    static JsonNode of(JsonNode list, long windowId) {
        for (JsonNode w : list) {
            if (w.path("windowId").asLong() == windowId) {
                return w;
            }
        }
        throw new AssertionError("window " + windowId + " not rated: " + list);
    }

    static JsonNode factor(JsonNode stars, String name) {
        for (JsonNode f : stars.path("factors")) {
            if (f.path("factor").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError(name + " in " + stars);
    }

    @Test
    void theWindowsEvaluationsFeedTheirStars() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        JsonNode list = ok(Api.get(API + "/windows/stars?unitId=" + county + "&year=" + today.getYear() + "&month="
                + today.getMonthValue(), officer), 200, "stars");
        JsonNode w1 = of(list, window1);
        JsonNode w2 = of(list, window2);
        // five records at window 1 (one evaluated with the ticket tried twice), four at window 2
        assertEquals(RECORDS + 1, w1.path("records").asInt());
        assertEquals(RECORDS, w2.path("records").asInt());
        // satisfaction: 5 of 5 good, 2 of 4 good (the reused ticket counted once)
        assertEquals(1.0, factor(w1, "SATISFACTION").path("score").asDouble(), 1e-9, w1.toString());
        assertEquals(0.5, factor(w2, "SATISFACTION").path("score").asDouble(), 1e-9, w2.toString());
        // bad reviews: none at window 1 (full score), window 2's two cases are still open (none closed on time)
        assertEquals(1.0, factor(w1, "BAD_REVIEWS").path("score").asDouble(), 1e-9, w1.toString());
        assertEquals(0.0, factor(w2, "BAD_REVIEWS").path("score").asDouble(), 1e-9, w2.toString());
        // the evaluations module is there: no upheld complaint is a full score, not a missing factor
        assertEquals(1.0, factor(w1, "COMPLAINTS").path("score").asDouble(), 1e-9, w1.toString());
        assertTrue(w1.path("score").asDouble() > w2.path("score").asDouble(), list.toString());
        assertTrue(w1.path("stars").asInt() > w2.path("stars").asInt(), list.toString());
        // another county's window is not in this county's stars
        for (JsonNode w : list) {
            assertTrue(w.path("windowId").asLong() != otherWindow, "another county's window: " + w);
        }
    }

    @Test
    void aReusedTicketIsRefusedAndCountsNowhere() {
        Api.Reply again = Api.post(API + "/evaluations/submissions", null,
                Api.json(Map.of("ticket", reusedTicket, "level", 1, "channel", "WINDOW_DEVICE")));
        assertEquals(409, again.status(), again.text());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        JsonNode w1 = of(ok(Api.get(API + "/windows/stars?unitId=" + county + "&year=" + today.getYear() + "&month="
                + today.getMonthValue(), officer), 200, "stars"), window1);
        assertEquals(1.0, factor(w1, "SATISFACTION").path("score").asDouble(), 1e-9, w1.toString());
    }

    @Test
    void theYearlySelectionFollowsTheEvaluations() throws InterruptedException {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        JsonNode s = null;
        long end = System.nanoTime() + 30_000_000_000L;
        Api.Reply r = null;
        while (System.nanoTime() < end) { // the star component (and its resource) restart with the new configuration
            r = Api.get(API + "/windows/stars/selection?unitId=" + county + "&year=" + year, officer);
            if (r.status() == 200 && r.json().path("minRecords").asInt() == 4
                    && r.json().path("modelCount").asInt() == 1) {
                break;
            }
            Thread.sleep(200);
        }
        s = ok(r, 200, "selection");
        assertEquals(4, s.path("minRecords").asInt(), s.toString());
        assertEquals(2, s.path("candidates").asInt(), s.toString());
        assertEquals(1, s.path("model").size(), s.toString());
        assertEquals(window1, s.path("model").get(0).path("window").path("windowId").asLong(), s.toString());
        assertEquals(1, s.path("poor").size(), s.toString());
        assertEquals(window2, s.path("poor").get(0).path("window").path("windowId").asLong(), s.toString());
        assertEquals(0, s.path("excluded").size(), s.toString());
        Api.Reply xlsx = Api.get(API + "/windows/stars/selection?unitId=" + county + "&year=" + year
                + "&format=xlsx", officer);
        assertEquals(200, xlsx.status());
    }
}
