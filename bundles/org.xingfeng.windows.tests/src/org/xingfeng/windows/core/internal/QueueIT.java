package org.xingfeng.windows.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.windows.core.internal.WindowsFixtures.API;
import static org.xingfeng.windows.core.internal.WindowsFixtures.callNext;
import static org.xingfeng.windows.core.internal.WindowsFixtures.hall;
import static org.xingfeng.windows.core.internal.WindowsFixtures.step;
import static org.xingfeng.windows.core.internal.WindowsFixtures.take;
import static org.xingfeng.windows.core.internal.WindowsFixtures.takePriority;
import static org.xingfeng.windows.core.internal.WindowsFixtures.ticket;
import static org.xingfeng.windows.core.internal.WindowsFixtures.window;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/** The queue over HTTP on the real runtime: call order, steps, refused steps, many windows at once. */
class QueueIT {

    static String admin;
    static long county;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        county = Fixtures.createCounty(admin).path("id").asLong();
    }

    @Test
    void aTicketIsTakenCalledServedAndFinishedWithEveryTimeKept() {
        long hall = hall(admin, county, "流程大厅");
        long w = window(admin, hall, "1", "M1", "M2");
        JsonNode t = take(admin, hall, "M1");
        assertEquals("A001", t.path("number").asText());
        assertEquals("WAITING", t.path("state").asText());
        assertEquals("A002", take(admin, hall, "M2").path("number").asText());
        JsonNode called = callNext(admin, w);
        assertEquals(t.path("id").asLong(), called.path("id").asLong());
        assertEquals("CALLED", called.path("state").asText());
        assertEquals("1", called.path("windowNumber").asText());
        assertEquals(2, step(admin, t.path("id").asLong(), "recall", null).path("calls").asInt());
        step(admin, t.path("id").asLong(), "recall", null);
        JsonNode serving = step(admin, t.path("id").asLong(), "start", null);
        assertEquals("SERVING", serving.path("state").asText());
        JsonNode done = step(admin, t.path("id").asLong(), "finish", Map.of("outcome", "DONE", "note", "已办结"));
        assertEquals("FINISHED", done.path("state").asText());
        assertEquals("DONE", done.path("outcome").asText());
        for (String time : List.of("takenAt", "calledAt", "startedAt", "finishedAt")) {
            assertTrue(done.hasNonNull(time), time + " in " + done);
        }
        JsonNode live = Api.get(API + "/live/" + hall, admin).json();
        assertEquals(1, live.path("waiting").asInt());
        assertEquals("A001", live.path("lastCalls").get(0).path("number").asText());
        // the ticket list as a spreadsheet
        Api.Reply xlsx = Api.get(API + "/tickets?hallId=" + hall + "&format=xlsx", admin);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().contains("spreadsheetml"), xlsx.contentType());
    }

    @Test
    void priorityBeforeNormalOnlyMattersTheWindowHandlesAndTransfersKeepTheirPlace() {
        long hall = hall(admin, county, "顺序大厅");
        long w1 = window(admin, hall, "1", "M1");
        long w2 = window(admin, hall, "2", "M2");
        long n1 = take(admin, hall, "M1").path("id").asLong();
        long other = take(admin, hall, "M2").path("id").asLong();
        long p1 = takePriority(admin, hall, "M1", "ELDERLY").path("id").asLong();
        long n2 = take(admin, hall, "M1").path("id").asLong();
        // window 1 handles M1 only: the priority ticket first, then M1's tickets in order, never M2's
        assertEquals(p1, callNext(admin, w1).path("id").asLong());
        assertEquals(n1, callNext(admin, w1).path("id").asLong());
        // n1 goes to matter M2: it waits again with its place (taken before `other`), so window 2 gets it first
        JsonNode moved = step(admin, n1, "transfer", Map.of("matterCode", "M2"));
        assertEquals("WAITING", moved.path("state").asText());
        assertEquals(n1, callNext(admin, w2).path("id").asLong());
        assertEquals(other, callNext(admin, w2).path("id").asLong());
        assertNull(callNext(admin, w2));
        assertEquals(n2, callNext(admin, w1).path("id").asLong());
        assertNull(callNext(admin, w1));
        // transferred to a window: only that window calls it
        long n3 = take(admin, hall, "M1").path("id").asLong();
        assertEquals(n3, callNext(admin, w1).path("id").asLong());
        step(admin, n3, "transfer", Map.of("windowId", w2));
        assertEquals(n3, callNext(admin, w2).path("id").asLong());
        // parked and called back
        assertEquals("PARKED", step(admin, n3, "park", null).path("state").asText());
        assertEquals("CALLED", step(admin, n3, "call-back", Map.of("windowId", w1)).path("state").asText());
        // the lobby manager sets a class on a waiting ticket
        long n4 = take(admin, hall, "M1").path("id").asLong();
        assertEquals("DISABLED", Api.put(API + "/tickets/" + n4 + "/priority", admin,
                Api.json(Map.of("priorityClass", "DISABLED"))).json().path("priorityClass").asText());
    }

    @Test
    void aPriorityTicketBehindMoreThanAWindowsShareOfNormalOnesIsStillCalledFirst() {
        // a window looks at the first twenty of each kind: the priority ones are kept apart from the rest
        long hall = hall(admin, county, "长队大厅");
        long w = window(admin, hall, "1", "M1");
        List<Long> normal = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            normal.add(take(admin, hall, "M1").path("id").asLong());
        }
        long priority = takePriority(admin, hall, "M1", "ELDERLY").path("id").asLong();
        assertEquals(priority, callNext(admin, w).path("id").asLong());
        // a waiting ticket given a class moves to the priority ones
        long last = normal.get(normal.size() - 1);
        Api.put(API + "/tickets/" + last + "/priority", admin, Api.json(Map.of("priorityClass", "DISABLED")));
        assertEquals(last, callNext(admin, w).path("id").asLong());
        assertEquals(normal.get(0), callNext(admin, w).path("id").asLong());
    }

    @Test
    void aStepTheStateDoesNotAllowIsA409NamingTheStateAndChangesNothing() {
        long hall = hall(admin, county, "状态大厅");
        long w = window(admin, hall, "1", "M1");
        long t = take(admin, hall, "M1").path("id").asLong();
        Api.Reply early = Api.post(API + "/tickets/" + t + "/finish", admin, Api.json(Map.of("outcome", "DONE")));
        assertEquals(409, early.status(), early.text());
        assertEquals("ticket_state", early.error());
        assertTrue(early.json().path("message").asText().contains("等候"), early.text());
        callNext(admin, w);
        Api.Reply tooEarly = Api.post(API + "/tickets/" + t + "/no-show", admin, "");
        assertEquals(409, tooEarly.status(), tooEarly.text());
        assertEquals("no_show_too_early", tooEarly.error());
        Api.Reply notWaiting = Api.put(API + "/tickets/" + t + "/priority", admin,
                Api.json(Map.of("priorityClass", "ELDERLY")));
        assertEquals(409, notWaiting.status());
        JsonNode same = ticket(admin, t);
        assertEquals("CALLED", same.path("state").asText());
        assertTrue(same.path("priorityClass").isNull());
        // three calls, then a no-show is allowed; after it nothing more
        step(admin, t, "recall", null);
        step(admin, t, "recall", null);
        assertEquals("NO_SHOW", step(admin, t, "no-show", null).path("state").asText());
        Api.Reply after = Api.post(API + "/tickets/" + t + "/start", admin, "");
        assertEquals(409, after.status());
        assertTrue(after.json().path("message").asText().contains("过号"), after.text());
        Api.Reply en = Api.send("POST", API + "/tickets/" + t + "/start", admin, null, new byte[0],
                Map.of("Accept-Language", "en"));
        assertTrue(en.json().path("message").asText().contains("NO_SHOW"), en.text());
        // a paused window does not call
        Api.put(API + "/windows/" + w + "/state", admin, Api.json(Map.of("state", "PAUSED")));
        Api.Reply paused = Api.post(API + "/windows/" + w + "/call-next", admin, "");
        assertEquals(409, paused.status());
        assertEquals("window_state", paused.error());
    }

    @Test
    void windowStaffWorkAtTheWindowTheRosterGivesThemAndNowhereElseInTheHall() {
        long hall = hall(admin, county, "排班大厅");
        long w1 = window(admin, hall, "1", "M1");
        long w2 = window(admin, hall, "2", "M1");
        long w3 = window(admin, hall, "3", "M1");
        long zhang = Fixtures.createStaff(admin, county, "张三").path("id").asLong();
        long li = Fixtures.createStaff(admin, county, "李四").path("id").asLong();
        String zhangToken = Fixtures.userAt(admin, "zhang" + Api.unique(), List.of("windows.staff"), null, zhang);
        String liToken = Fixtures.userAt(admin, "li" + Api.unique(), List.of("windows.staff"), null, li);
        for (int i = 0; i < 6; i++) {
            take(admin, hall, "M1");
        }
        // nobody on the roster: window staff work at any window
        assertEquals(zhang, callNext(zhangToken, w3).path("staffId").asLong());
        assertEquals(li, callNext(liToken, w3).path("staffId").asLong());
        // today's roster puts 张三 at window 1
        WindowsFixtures.ok(Api.post(API + "/roster/duties", admin, Api.json(Map.of("hallId", hall, "date",
                Appointments.today().toString(), "role", "WINDOW_STAFF", "staffId", zhang, "windowId", w1))), 201,
                "roster");
        JsonNode atOwn = callNext(zhangToken, w1);
        assertEquals("张三", atOwn.path("staffName").asText());
        Api.Reply elsewhere = Api.post(API + "/windows/" + w2 + "/call-next", zhangToken, "");
        assertEquals(403, elsewhere.status(), elsewhere.text());
        assertTrue(elsewhere.json().path("message").asText().contains("另一个窗口"), elsewhere.text());
        Api.Reply notHis = Api.post(API + "/windows/" + w1 + "/call-next", liToken, "");
        assertEquals(403, notHis.status(), notHis.text());
        // 李四 is on no roster: a window nobody is rostered at is his to work
        assertEquals(li, callNext(liToken, w2).path("staffId").asLong());
        // the steps follow the ticket's window: 李四 does not serve the ticket 张三 called at window 1
        long own = atOwn.path("id").asLong();
        assertEquals(403, Api.post(API + "/tickets/" + own + "/start", liToken, "").status());
        assertEquals("SERVING", step(zhangToken, own, "start", null).path("state").asText());
        // the lobby manager's and admins' calls are not held
        assertNotNull(callNext(admin, w2));
        assertEquals(1, Api.get(API + "/live/" + hall, admin).json().path("waiting").asInt());
    }

    @Test
    void twentyWindowsCallingAtOnceNeverGetTheSameTicketAndLoseNone() throws Exception {
        long hall = hall(admin, county, "并发大厅");
        int windows = 20;
        int tickets = 300;
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= windows; i++) {
            ids.add(window(admin, hall, Integer.toString(i), "M1", "M2"));
        }
        Set<Long> taken = new HashSet<>();
        for (int i = 0; i < tickets; i++) {
            taken.add(take(admin, hall, i % 3 == 0 ? "M2" : "M1").path("id").asLong());
        }
        List<Long> called = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(windows);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (long w : ids) {
                done.add(pool.submit(() -> {
                    for (JsonNode t = callNext(admin, w); t != null; t = callNext(admin, w)) {
                        called.add(t.path("id").asLong());
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(tickets, called.size(), "every ticket called once");
        assertEquals(taken, new HashSet<>(called), "no ticket lost, none twice");
        assertEquals(0, Api.get(API + "/live/" + hall, admin).json().path("waiting").asInt());
        // numbers are unique too: A001 .. A300
        Set<String> numbers = new HashSet<>();
        for (JsonNode t : Api.get(API + "/tickets?hallId=" + hall + "&size=1000", admin).json().path("items")) {
            numbers.add(t.path("number").asText());
        }
        assertEquals(tickets, numbers.size());
    }

    @Test
    void ticketsAreNumberedWithoutGapsWhenTakenAtOnce() throws Exception {
        long hall = hall(admin, county, "取号大厅");
        window(admin, hall, "1", "M1");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<String>> numbers = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                numbers.add(pool.submit(() -> take(admin, hall, "M1").path("number").asText()));
            }
            Set<String> got = new HashSet<>();
            for (Future<String> f : numbers) {
                got.add(f.get(2, TimeUnit.MINUTES));
            }
            Set<String> expected = new HashSet<>();
            for (int i = 1; i <= 50; i++) {
                expected.add(TicketRules.number("A", i));
            }
            assertEquals(expected, got);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDisplayHearsACallWithinASecond() throws Exception {
        long hall = hall(admin, county, "显示大厅");
        long w = window(admin, hall, "3", "M1");
        JsonNode t = take(admin, hall, "M1");
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Api.base() + API + "/public/calls/" + hall))
                .header("Accept", "text/event-stream").build();
        java.net.http.HttpResponse<java.util.stream.Stream<String>> stream = client.send(req,
                java.net.http.HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, stream.statusCode());
        java.util.Iterator<String> lines = stream.body().iterator();
        assertEquals("event: changed", lines.next());
        long start = System.nanoTime();
        assertNotNull(callNext(admin, w));
        String data = null;
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.equals("event: call")) {
                data = lines.next();
                break;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertNotNull(data);
        assertTrue(
                data.contains("\"number\":\"" + t.path("number").asText() + "\"")
                        && data.contains("\"windowNumber\":\"3\""),
                data);
        assertTrue(millis < 1000, millis + " ms");
        stream.body().close();
    }
}
