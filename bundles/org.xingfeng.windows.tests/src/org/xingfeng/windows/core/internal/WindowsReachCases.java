package org.xingfeng.windows.core.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.ReachMatrix.Call;
import org.xingfeng.platform.testing.ReachMatrix.Case;
import org.xingfeng.platform.testing.ReachMatrix.Installation;
import org.xingfeng.platform.testing.ReachMatrix.Listed;
import org.xingfeng.platform.testing.ReachMatrix.Scoped;
import org.xingfeng.platform.testing.ReachMatrix.Unscoped;
import org.xingfeng.platform.testing.ReachMatrix.World;
import org.xingfeng.windows.api.WindowsRoles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reach cases of the windows module's operations, added to the platform's. County A's officer holds the module's
 * three roles; counties A and B each have a hall (B's named with the world's marker), open windows, a waiting ticket, a
 * booking and a duty, made by the installation's administrator ({@link #fixtures}). A's own calls that need a ticket in
 * a given state get a fresh one.
 */
final class WindowsReachCases {

    private static final String API = WindowsFixtures.API;
    private static final AtomicInteger DAYS = new AtomicInteger(30);

    private WindowsReachCases() {
    }

    static List<String> officerRoles() {
        return List.of(WindowsRoles.ADMIN, WindowsRoles.STAFF, WindowsRoles.LOBBY);
    }

    static void fixtures(World w) {
        for (String side : List.of("A", "B")) {
            long unit = side.equals("A") ? w.countyA : w.countyB;
            long hall = WindowsFixtures.hall(w.root, unit,
                    side.equals("A") ? "甲县大厅" + Api.unique() : "乙县大厅" + w.markerB);
            w.ids.put("hall" + side, hall);
            w.ids.put("window" + side, WindowsFixtures.window(w.root, hall, "1", "M1", "M2"));
            WindowsFixtures.window(w.root, hall, "2", "M1", "M2");
            WindowsFixtures.window(w.root, hall, "3", "M1", "M2");
            w.ids.put("ticket" + side, WindowsFixtures.take(w.root, hall, "M1").path("id").asLong());
            String[] booking = Appointments.insert(hall, unit, "M1", false);
            w.ids.put("appointment" + side, Long.parseLong(booking[0]));
            w.ids.put("reference" + side, 0L);
            references.put(side, booking[1]);
            long staff = (side.equals("A") ? w.staffA : w.staffB).path("id").asLong();
            w.ids.put("staff" + side, staff);
            w.ids.put("duty" + side, duty(w.root, hall, staff));
            w.ids.put("record" + side, record(w.root, w.id("window" + side), side.equals("B") ? w.markerB : "甲"));
        }
        StationCases.fixtures(w);
    }

    /** A handling record opened at the window by the root (B's note holds the world's marker). */
    private static long record(String token, long window, String note) {
        return WindowsFixtures.ok(Api.post(API + "/records", token, Api.json(Map.of("windowId", window, "matterCode",
                "M1", "citizenName", "张三", "note", note))), 201, "open a record").path("id").asLong();
    }

    private static final Map<String, String> references = new java.util.concurrent.ConcurrentHashMap<>();

    private static long duty(String token, long hall, long staff) {
        return WindowsFixtures.ok(Api.post(API + "/roster/duties", token, Api.json(dutyDraft(hall, staff))), 201,
                "assign a duty").path("id").asLong();
    }

    private static Map<String, Object> dutyDraft(long hall, long staff) {
        return Map.of("hallId", hall, "date", LocalDate.now().plusDays(DAYS.incrementAndGet()).toString(), "role",
                "LEADER_ON_DUTY", "staffId", staff);
    }

    /** A fresh ticket of hall A, taken by the root and brought to the given state at window A. */
    private static long ticketA(World w, String state) {
        long hall = w.id("hallA");
        long t = WindowsFixtures.take(w.root, hall, "M1").path("id").asLong();
        if (state.equals("WAITING")) {
            return t;
        }
        WindowsFixtures.step(w.root, t, "transfer", Map.of("windowId", w.id("windowA")));
        JsonNode called = WindowsFixtures.callNext(w.root, w.id("windowA"));
        if (called == null || called.path("id").asLong() != t) {
            // another waiting ticket came first: call until ours
            while (called != null && called.path("id").asLong() != t) {
                called = WindowsFixtures.callNext(w.root, w.id("windowA"));
            }
        }
        if (state.equals("CALLED")) {
            return t;
        }
        if (state.equals("CALLED3")) {
            WindowsFixtures.step(w.root, t, "recall", null);
            WindowsFixtures.step(w.root, t, "recall", null);
            return t;
        }
        if (state.equals("PARKED")) {
            WindowsFixtures.step(w.root, t, "park", null);
            return t;
        }
        WindowsFixtures.step(w.root, t, "start", null);
        return t;
    }

    static Map<String, Case> cases() {
        Map<String, Case> c = new LinkedHashMap<>();
        // halls
        c.put("POST " + API + "/halls", new Scoped(
                w -> Call.json("POST", API + "/halls", w.officerA, hallDraft(w.countyA, "甲县新厅")),
                w -> Call.json("POST", API + "/halls", w.officerA, hallDraft(w.countyB, "越界大厅")), Set.of(400)));
        c.put("GET " + API + "/halls", new Listed(w -> Call.get(API + "/halls?size=1000", w.officerA),
                w -> Call.get(API + "/halls?size=1000", w.root)));
        c.put("GET " + API + "/halls/{id}", new Scoped(w -> Call.get(API + "/halls/" + w.id("hallA"), w.officerA),
                w -> Call.get(API + "/halls/" + w.id("hallB"), w.officerA)));
        c.put("PUT " + API + "/halls/{id}", new Scoped(
                w -> Call.json("PUT", API + "/halls/" + w.id("hallA"), w.officerA, hallDraft(w.countyA, "甲县大厅改")),
                w -> Call.json("PUT", API + "/halls/" + w.id("hallB"), w.officerA, hallDraft(w.countyB, "改名"))));
        c.put("GET " + API + "/halls/{id}/matters", new Scoped(
                w -> Call.get(API + "/halls/" + w.id("hallA") + "/matters", w.officerA),
                w -> Call.get(API + "/halls/" + w.id("hallB") + "/matters", w.officerA)));
        // windows
        c.put("POST " + API + "/windows", new Scoped(
                w -> Call.json("POST", API + "/windows", w.officerA,
                        windowDraft(w.id("hallA"), "9" + DAYS.incrementAndGet())),
                w -> Call.json("POST", API + "/windows", w.officerA, windowDraft(w.id("hallB"), "99")), Set.of(400)));
        c.put("GET " + API + "/windows", new Scoped(w -> Call.get(API + "/windows?hallId=" + w.id("hallA"), w.officerA),
                w -> Call.get(API + "/windows?hallId=" + w.id("hallB"), w.officerA)));
        c.put("GET " + API + "/windows/{id}", new Scoped(w -> Call.get(API + "/windows/" + w.id("windowA"), w.officerA),
                w -> Call.get(API + "/windows/" + w.id("windowB"), w.officerA)));
        c.put("PUT " + API + "/windows/{id}", new Scoped(
                w -> Call.json("PUT", API + "/windows/" + w.id("windowA"), w.officerA, windowDraft(w.id("hallA"), "1")),
                w -> Call.json("PUT", API + "/windows/" + w.id("windowB"), w.officerA,
                        windowDraft(w.id("hallB"), "1"))));
        c.put("PUT " + API + "/windows/{id}/state", new Scoped(
                w -> Call.json("PUT", API + "/windows/" + w.id("windowA") + "/state", w.officerA,
                        Map.of("state", "OPEN")),
                w -> Call.json("PUT", API + "/windows/" + w.id("windowB") + "/state", w.officerA,
                        Map.of("state", "CLOSED"))));
        c.put("POST " + API + "/windows/{id}/call-next", new Scoped(
                w -> Call.json("POST", API + "/windows/" + w.id("windowA") + "/call-next", w.officerA, Map.of()),
                w -> Call.json("POST", API + "/windows/" + w.id("windowB") + "/call-next", w.officerA, Map.of())));
        // tickets
        c.put("POST " + API + "/tickets", new Scoped(
                w -> Call.json("POST", API + "/tickets", w.officerA,
                        Map.of("hallId", w.id("hallA"), "matterCode", "M2")),
                w -> Call.json("POST", API + "/tickets", w.officerA,
                        Map.of("hallId", w.id("hallB"), "matterCode", "M2")),
                Set.of(400)));
        c.put("GET " + API + "/tickets", new Scoped(w -> Call.get(API + "/tickets?hallId=" + w.id("hallA"), w.officerA),
                w -> Call.get(API + "/tickets?hallId=" + w.id("hallB"), w.officerA)));
        c.put("GET " + API + "/tickets/{id}", new Scoped(w -> Call.get(API + "/tickets/" + w.id("ticketA"), w.officerA),
                w -> Call.get(API + "/tickets/" + w.id("ticketB"), w.officerA)));
        c.put("GET " + API + "/tickets/priority-classes",
                new Unscoped("the priority classes are configuration, the same for every unit"));
        ticketStep(c, "recall", "CALLED", null);
        ticketStep(c, "start", "CALLED", null);
        ticketStep(c, "no-show", "CALLED3", null);
        ticketStep(c, "park", "CALLED", null);
        ticketStep(c, "finish", "SERVING", Map.of("outcome", "DONE"));
        c.put("POST " + API + "/tickets/{id}/call-back", new Scoped(
                w -> Call.json("POST", API + "/tickets/" + ticketA(w, "PARKED") + "/call-back", w.officerA,
                        Map.of("windowId", w.id("windowA"))),
                w -> Call.json("POST", API + "/tickets/" + w.id("ticketB") + "/call-back", w.officerA,
                        Map.of("windowId", w.id("windowB")))));
        c.put("POST " + API + "/tickets/{id}/transfer", new Scoped(
                w -> Call.json("POST", API + "/tickets/" + ticketA(w, "WAITING") + "/transfer", w.officerA,
                        Map.of("matterCode", "M2")),
                w -> Call.json("POST", API + "/tickets/" + w.id("ticketB") + "/transfer", w.officerA,
                        Map.of("matterCode", "M2"))));
        c.put("PUT " + API + "/tickets/{id}/priority", new Scoped(
                w -> Call.json("PUT", API + "/tickets/" + ticketA(w, "WAITING") + "/priority", w.officerA,
                        Map.of("priorityClass", "ELDERLY")),
                w -> Call.json("PUT", API + "/tickets/" + w.id("ticketB") + "/priority", w.officerA,
                        Map.of("priorityClass", "ELDERLY"))));
        // appointments
        c.put("GET " + API + "/appointments", new Scoped(
                w -> Call.get(API + "/appointments?hallId=" + w.id("hallA"), w.officerA),
                w -> Call.get(API + "/appointments?hallId=" + w.id("hallB"), w.officerA)));
        c.put("GET " + API + "/appointments/{id}", new Scoped(
                w -> Call.get(API + "/appointments/" + w.id("appointmentA"), w.officerA),
                w -> Call.get(API + "/appointments/" + w.id("appointmentB"), w.officerA)));
        c.put("GET " + API + "/appointments/slots", new Scoped(
                w -> Call.get(API + "/appointments/slots?hallId=" + w.id("hallA") + "&matterCode=M1&date=2026-01-05",
                        w.officerA),
                w -> Call.get(API + "/appointments/slots?hallId=" + w.id("hallB") + "&matterCode=M1&date=2026-01-05",
                        w.officerA)));
        c.put("POST " + API + "/appointments", new Scoped(
                w -> Call.json("POST", API + "/appointments", w.officerA, booking(w, w.id("hallA"))),
                w -> Call.json("POST", API + "/appointments", w.officerA, booking(w, w.id("hallB"))), Set.of(400)));
        c.put("POST " + API + "/appointments/{id}/cancel", new Scoped(w -> {
            String[] b = Appointments.insert(w.id("hallA"), w.countyA, "M1", false);
            return Call.json("POST", API + "/appointments/" + b[0] + "/cancel", w.officerA, Map.of("reference", b[1]));
        }, w -> Call.json("POST", API + "/appointments/" + w.id("appointmentB") + "/cancel", w.officerA,
                Map.of("reference", references.get("B")))));
        c.put("POST " + API + "/appointments/{id}/check-in", new Scoped(w -> {
            String[] b = Appointments.insert(w.id("hallA"), w.countyA, "M1", true);
            return Call.json("POST", API + "/appointments/" + b[0] + "/check-in", w.officerA,
                    Map.of("reference", b[1]));
        }, w -> Call.json("POST", API + "/appointments/" + w.id("appointmentB") + "/check-in", w.officerA,
                Map.of("reference", references.get("B")))));
        // roster
        c.put("GET " + API + "/roster/duties", new Scoped(
                w -> Call.get(API + "/roster/duties?hallId=" + w.id("hallA") + "&from=2026-01-01&to=2026-12-31",
                        w.officerA),
                w -> Call.get(API + "/roster/duties?hallId=" + w.id("hallB"), w.officerA)));
        c.put("POST " + API + "/roster/duties", new Scoped(
                w -> Call.json("POST", API + "/roster/duties", w.officerA, dutyDraft(w.id("hallA"), w.id("staffA"))),
                w -> Call.json("POST", API + "/roster/duties", w.officerA, dutyDraft(w.id("hallB"), w.id("staffB"))),
                Set.of(400)));
        c.put("DELETE " + API + "/roster/duties/{id}", new Scoped(
                w -> Call.delete(API + "/roster/duties/" + duty(w.root, w.id("hallA"), w.id("staffA")), w.officerA),
                w -> Call.delete(API + "/roster/duties/" + w.id("dutyB"), w.officerA)));
        c.put("GET " + API + "/roster/sessions", new Scoped(
                w -> Call.get(API + "/roster/sessions?hallId=" + w.id("hallA"), w.officerA),
                w -> Call.get(API + "/roster/sessions?hallId=" + w.id("hallB"), w.officerA)));
        c.put("POST " + API + "/roster/sessions", new Scoped(
                w -> Call.json("POST", API + "/roster/sessions", w.officerA,
                        sessionDraft(w.id("hallA"), w.id("staffA"))),
                w -> Call.json("POST", API + "/roster/sessions", w.officerA,
                        sessionDraft(w.id("hallB"), w.id("staffB"))),
                Set.of(400)));
        // the standard
        c.put("GET " + API + "/standard/items", new Unscoped("the hall standard is the whole installation's"));
        c.put("POST " + API + "/standard/items", new Installation(w -> Call.json("POST", API + "/standard/items",
                w.officerA, Map.of("code", "X" + DAYS.incrementAndGet(), "name", "越权项", "category", "SERVICE",
                        "requiredQuantity", 1))));
        c.put("PUT " + API + "/standard/items/{id}", new Installation(w -> Call.json("PUT", API + "/standard/items/1",
                w.officerA, Map.of("code", "COMPUTER", "name", "越权改名", "category", "SERVICE", "requiredQuantity", 1))));
        c.put("DELETE " + API + "/standard/items/{id}",
                new Installation(w -> Call.delete(API + "/standard/items/1", w.officerA)));
        c.put("GET " + API + "/standard/halls/{hallId}/inventory", new Scoped(
                w -> Call.get(API + "/standard/halls/" + w.id("hallA") + "/inventory", w.officerA),
                w -> Call.get(API + "/standard/halls/" + w.id("hallB") + "/inventory", w.officerA)));
        c.put("PUT " + API + "/standard/halls/{hallId}/inventory", new Scoped(
                w -> Call.json("PUT", API + "/standard/halls/" + w.id("hallA") + "/inventory", w.officerA,
                        List.of(Map.of("itemCode", "PRINTER", "present", 2))),
                w -> Call.json("PUT", API + "/standard/halls/" + w.id("hallB") + "/inventory", w.officerA,
                        List.of(Map.of("itemCode", "PRINTER", "present", 2)))));
        c.put("GET " + API + "/standard/halls/{hallId}/inspections", new Scoped(
                w -> Call.get(API + "/standard/halls/" + w.id("hallA") + "/inspections", w.officerA),
                w -> Call.get(API + "/standard/halls/" + w.id("hallB") + "/inspections", w.officerA)));
        c.put("POST " + API + "/standard/inspections", new Scoped(
                w -> Call.json("POST", API + "/standard/inspections", w.officerA,
                        Map.of("hallId", w.id("hallA"), "date", "2026-01-05", "findings", "设施齐全")),
                w -> Call.json("POST", API + "/standard/inspections", w.officerA,
                        Map.of("hallId", w.id("hallB"), "date", "2026-01-05", "findings", "越界检查")),
                Set.of(400)));
        // figures and the live state
        c.put("GET " + API + "/figures/service-levels", new Scoped(
                w -> Call.get(API + "/figures/service-levels?hallId=" + w.id("hallA") + "&by=HOUR", w.officerA),
                w -> Call.get(API + "/figures/service-levels?hallId=" + w.id("hallB") + "&by=HOUR", w.officerA)));
        c.put("GET " + API + "/figures/coverage", new Scoped(
                w -> Call.get(API + "/figures/coverage?unitId=" + w.countyA, w.officerA),
                w -> Call.get(API + "/figures/coverage?unitId=" + w.countyB, w.officerA)));
        c.put("GET " + API + "/live/{hallId}", new Scoped(w -> Call.get(API + "/live/" + w.id("hallA"), w.officerA),
                w -> Call.get(API + "/live/" + w.id("hallB"), w.officerA)));
        // the public operations (no login, the system's reach: any hall of the installation)
        String why = "citizens' and the hall's own screens, without a login: any hall of the installation, validated and rate-limited";
        for (String op : List.of("GET /public/halls/{hallId}", "GET /public/halls/{hallId}/matters",
                "GET /public/halls/{hallId}/live", "GET /public/calls/{hallId}", "POST /public/tickets",
                "GET /public/tickets/{id}", "GET /public/slots", "POST /public/appointments",
                "POST /public/appointments/{id}/cancel", "POST /public/check-in")) {
            String[] mp = op.split(" ");
            c.put(mp[0] + " " + API + mp[1], new Unscoped(why));
        }
        // the hall's pages (kiosk, display, booking, a ticket's status and its QR code, their files): public pages
        // that read the public operations above
        String pages = "the hall's pages for citizens and the hall's screens, without a login, over the public operations";
        for (String op : List.of("GET /hall/assets/{name}", "GET /hall/ticket/{id}", "GET /hall/ticket/{id}/qr.svg",
                "GET /hall/{hallId}/book", "GET /hall/{hallId}/display", "GET /hall/{hallId}/kiosk")) {
            c.put(op, new Unscoped(pages));
        }
        // the window desk's pages (a record's receipt, the evaluator tablet, the evaluation QR code, their files): the
        // pages carry nothing of a record; they sign in and read the records through the staff operations
        String desk = "the window desk's pages without a login: no record in them; they read through the staff API"
                + " with the account signed in on the page";
        for (String op : List.of("GET /hall/desk/receipt/{recordId}", "GET /hall/desk/evaluator/{windowId}",
                "GET /hall/desk/qr.svg", "GET /hall/desk/assets/{name}")) {
            c.put(op, new Unscoped(desk));
        }
        // handling records
        c.put("POST " + API + "/records", new Scoped(
                w -> Call.json("POST", API + "/records", w.officerA, Map.of("windowId", w.id("windowA"), "matterCode",
                        "M1")),
                w -> Call.json("POST", API + "/records", w.officerA, Map.of("windowId", w.id("windowB"), "matterCode",
                        "M1")),
                Set.of(400)));
        c.put("GET " + API + "/records", new Listed(w -> Call.get(API + "/records?size=1000", w.officerA),
                w -> Call.get(API + "/records?size=1000", w.root)));
        c.put("GET " + API + "/records/{id}", new Scoped(
                w -> Call.get(API + "/records/" + w.id("recordA"), w.officerA),
                w -> Call.get(API + "/records/" + w.id("recordB"), w.officerA)));
        c.put("POST " + API + "/records/{id}/steps", new Scoped(
                w -> Call.json("POST", API + "/records/" + record(w.root, w.id("windowA"), "甲") + "/steps",
                        w.officerA, Map.of("kind", "ACCEPT")),
                w -> Call.json("POST", API + "/records/" + w.id("recordB") + "/steps", w.officerA,
                        Map.of("kind", "ACCEPT"))));
        c.put("GET " + API + "/records/{id}/guide-materials", new Scoped(
                w -> Call.get(API + "/records/" + w.id("recordA") + "/guide-materials", w.officerA),
                w -> Call.get(API + "/records/" + w.id("recordB") + "/guide-materials", w.officerA)));
        c.put("GET " + API + "/records/on-time", new Scoped(
                w -> Call.get(API + "/records/on-time?by=WINDOW&unitId=" + w.countyA, w.officerA),
                w -> Call.get(API + "/records/on-time?by=WINDOW&unitId=" + w.countyB, w.officerA)));
        StationCases.cases(c);
        return c;
    }

    private static void ticketStep(Map<String, Case> c, String step, String state, Object body) {
        c.put("POST " + API + "/tickets/{id}/" + step, new Scoped(
                w -> Call.json("POST", API + "/tickets/" + ticketA(w, state) + "/" + step, w.officerA,
                        body == null ? Map.of() : body),
                w -> Call.json("POST", API + "/tickets/" + w.id("ticketB") + "/" + step, w.officerA,
                        body == null ? Map.of() : body)));
    }

    static Map<String, Object> hallDraft(long unit, String name) {
        return Map.of("unitId", unit, "code", "H" + Api.unique(), "name", name);
    }

    static Map<String, Object> windowDraft(long hall, String number) {
        return Map.of("hallId", hall, "number", number, "type", "COMPREHENSIVE", "matterCodes",
                List.of("M1", "M2", "M91", "M92", "M93", "M94", "M95", "M96", "M97", "M98", "M99", "M90"));
    }

    static Map<String, Object> sessionDraft(long hall, long staff) {
        return Map.of("hallId", hall, "kind", "EXTENDED_HOURS", "date", "2026-01-05", "start", "17:00", "end", "18:30",
                "staffId", staff, "citizensServed", 4);
    }

    /** A booking on the next working day at 09:00 with a phone of its own. */
    static Map<String, Object> booking(World w, long hall) {
        LocalDate next = LocalDate.parse(Api.get("/api/v1/calendar/add?start=" + Appointments.today() + "&days=1",
                w.root).json().path("result").asText());
        return Map.of("hallId", hall, "matterCode", "M1", "date", next.toString(), "start", "09:00", "citizenName",
                "预约人", "citizenPhone", "139" + String.format("%08d", DAYS.incrementAndGet()));
    }

    static List<String> snapshotPaths(World w) {
        long hall = w.id("hallB");
        return List.of(API + "/halls/" + hall, API + "/windows?hallId=" + hall,
                API + "/tickets?hallId=" + hall + "&size=1000", API + "/appointments/" + w.id("appointmentB"),
                API + "/roster/duties?hallId=" + hall + "&from=2026-01-01&to=2027-12-31",
                API + "/roster/sessions?hallId=" + hall + "&from=2026-01-01&to=2026-12-31",
                API + "/standard/halls/" + hall + "/inventory", API + "/standard/halls/" + hall + "/inspections",
                API + "/records/" + w.id("recordB"), API + "/records?size=1000&unitId=" + w.countyB,
                API + "/villages/" + w.id("villageB"), API + "/villages?unitId=" + w.countyB);
    }
}
