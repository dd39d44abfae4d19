package org.xingfeng.windows.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.windows.core.internal.WindowsFixtures.API;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/** Appointments and the public operations over HTTP: slots on the platform calendar, booking, cancelling, check-in. */
class AppointmentsIT {

    static String admin;
    static long county;
    static long hall;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        county = Fixtures.createCounty(admin).path("id").asLong();
        hall = WindowsFixtures.hall(admin, county, "预约大厅");
        WindowsFixtures.window(admin, hall, "1", "M1", "M2");
        WindowsFixtures.window(admin, hall, "2", "M1");
    }

    static JsonNode slots(String date, String code) {
        return WindowsFixtures
                .ok(Api.get(API + "/public/slots?hallId=" + hall + "&matterCode=" + code + "&date=" + date,
                        null), 200, "slots");
    }

    @Test
    void slotsFollowTheCalendarsWorkingDays() {
        assertEquals(0, slots("2026-01-01", "M1").size(), "元旦, a holiday");
        assertEquals(0, slots("2026-01-10", "M1").size(), "a Saturday");
        assertEquals(0, slots("2026-02-17", "M1").size(), "春节");
        JsonNode adjusted = slots("2026-01-04", "M1"); // a Sunday worked (元旦调休上班)
        assertEquals(13, adjusted.size(), adjusted.toString());
        JsonNode monday = slots("2026-01-05", "M1");
        assertEquals(13, monday.size());
        assertEquals("09:00:00", monday.get(0).path("start").asText().length() == 5 ? "09:00:00"
                : monday.get(0).path("start").asText());
        assertEquals(2, monday.get(0).path("capacity").asInt(), "two windows handle M1");
        assertEquals(1, slots("2026-01-05", "M2").get(0).path("capacity").asInt(), "one window handles M2");
        assertEquals(0, monday.get(0).path("available").asInt(), "a day gone by books nothing");
        assertEquals(0, slots("2026-01-05", "M7").size(), "no window handles M7");
    }

    @Test
    void aCitizenBooksCancelsAndChecksIn() {
        String next = Api.get("/api/v1/calendar/add?start=" + Appointments.today() + "&days=1", admin).json()
                .path("result").asText();
        Map<String, Object> draft = Map.of("hallId", hall, "matterCode", "M1", "date", next, "start", "09:30",
                "citizenName", "李四", "citizenPhone", "13912345678");
        JsonNode booked = WindowsFixtures.ok(Api.post(API + "/public/appointments", null, Api.json(draft)), 201,
                "book");
        assertEquals("BOOKED", booked.path("state").asText());
        String reference = booked.path("reference").asText();
        Api.Reply twice = Api.post(API + "/public/appointments", null, Api.json(draft));
        assertEquals(409, twice.status(), twice.text());
        Api.Reply wrong = Api.post(API + "/public/appointments/" + booked.path("id").asLong() + "/cancel", null,
                Api.json(Map.of("reference", "WRONG123")));
        assertEquals(404, wrong.status());
        JsonNode cancelled = WindowsFixtures.ok(Api.post(API + "/public/appointments/" + booked.path("id").asLong()
                + "/cancel", null, Api.json(Map.of("reference", reference))), 200, "cancel");
        assertEquals("CANCELLED", cancelled.path("state").asText());
        Api.Reply again = Api.post(API + "/public/appointments/" + booked.path("id").asLong() + "/cancel", null,
                Api.json(Map.of("reference", reference)));
        assertEquals(409, again.status());
        assertEquals("appointment_state", again.error());
        // the slot is full with two bookings (two windows handle M1)
        for (String phone : new String[] { "13900000001", "13900000002" }) {
            WindowsFixtures.ok(
                    Api.post(API + "/public/appointments", null, Api.json(Map.of("hallId", hall, "matterCode",
                            "M1", "date", next, "start", "10:00", "citizenName", "王五", "citizenPhone", phone))),
                    201, "book");
        }
        Api.Reply full = Api.post(API + "/public/appointments", null,
                Api.json(Map.of("hallId", hall, "matterCode", "M1",
                        "date", next, "start", "10:00", "citizenName", "赵六", "citizenPhone", "13900000003")));
        assertEquals(409, full.status());
        assertEquals("slot_full", full.error());
        // a booking of now checks in at the kiosk: its ticket comes first once its slot has begun
        long w = WindowsFixtures.window(admin, hall, "3", "M3");
        String[] now = Appointments.insert(hall, county, "M3", true);
        WindowsFixtures.take(admin, hall, "M3");
        JsonNode status = WindowsFixtures.ok(Api.post(API + "/public/check-in", null,
                Api.json(Map.of("hallId", hall, "reference", now[1]))), 201, "check in");
        assertEquals("WAITING", status.path("state").asText());
        assertEquals(status.path("id").asLong(), WindowsFixtures.callNext(admin, w).path("id").asLong());
        assertEquals("CHECKED_IN", Api.get(API + "/appointments/" + now[0], admin).json().path("state").asText());
        Api.Reply twiceIn = Api.post(API + "/public/check-in", null,
                Api.json(Map.of("hallId", hall, "reference", now[1])));
        assertEquals(409, twiceIn.status());
    }

    @Test
    void appointmentNoShowsAreCountedInTheServiceLevels() {
        long own = WindowsFixtures.hall(admin, county, "爽约大厅");
        WindowsFixtures.window(admin, own, "1", "M5");
        String[] missed = Appointments.insert(own, county, "M5", 40); // expired 10 minutes ago, not yet marked
        String[] late = Appointments.insert(own, county, "M5", 41);
        WindowsFixtures.ok(Api.post(API + "/public/appointments/" + late[0] + "/cancel", null,
                Api.json(Map.of("reference", late[1]))), 409, "an expired booking is no longer cancelled");
        String[] cancelled = Appointments.insert(own, county, "M5", -120);
        WindowsFixtures.ok(Api.post(API + "/public/appointments/" + cancelled[0] + "/cancel", null,
                Api.json(Map.of("reference", cancelled[1]))), 200, "cancel");
        String[] coming = Appointments.insert(own, county, "M5", 1);
        WindowsFixtures.ok(Api.post(API + "/public/check-in", null, Api.json(Map.of("hallId", own, "reference",
                coming[1]))), 201, "check in");
        String from = missed[2].compareTo(coming[2]) < 0 ? missed[2] : coming[2];
        JsonNode levels = WindowsFixtures.ok(Api.get(API + "/figures/service-levels?hallId=" + own + "&from=" + from
                + "&to=" + coming[2] + "&by=MATTER", admin), 200, "service levels");
        JsonNode total = levels.path("total");
        assertEquals(3, total.path("appointments").asInt(), total.toString()); // the cancelled one does not count
        assertEquals(2, total.path("appointmentNoShows").asInt(), total.toString());
        assertEquals(2.0 / 3, total.path("appointmentNoShowShare").asDouble(), 1e-9, total.toString());
        assertEquals(1, total.path("taken").asInt(), "the checked-in booking's ticket");
        JsonNode m5 = levels.path("parts").get(0);
        assertEquals("M5", m5.path("key").asText());
        assertEquals(2, m5.path("appointmentNoShows").asInt());
        Api.Reply xlsx = Api.get(API + "/figures/service-levels?hallId=" + own + "&from=" + from + "&to="
                + coming[2] + "&format=xlsx", admin);
        assertEquals(200, xlsx.status());
    }

    @Test
    void aCitizenTakesATicketAndFollowsIt() {
        JsonNode first = WindowsFixtures.ok(Api.post(API + "/public/tickets", null, Api.json(Map.of("hallId", hall,
                "matterCode", "M2", "source", "KIOSK"))), 201, "take");
        JsonNode second = WindowsFixtures.ok(Api.post(API + "/public/tickets", null, Api.json(Map.of("hallId", hall,
                "matterCode", "M2"))), 201, "take");
        assertEquals(1, second.path("ahead").asInt(), second.toString());
        JsonNode status = WindowsFixtures.ok(Api.get(API + "/public/tickets/" + second.path("id").asLong() + "?number="
                + second.path("number").asText(), null), 200, "status");
        assertEquals("WAITING", status.path("state").asText());
        assertTrue(!status.has("staffName"), status.toString());
        assertEquals(404,
                Api.get(API + "/public/tickets/" + second.path("id").asLong() + "?number=Z999", null).status());
        assertEquals(404, Api.get(API + "/public/tickets/" + first.path("id").asLong(), null).status());
        JsonNode live = WindowsFixtures.ok(Api.get(API + "/public/halls/" + hall + "/live", null), 200, "live");
        assertTrue(live.path("waiting").asInt() >= 2);
        JsonNode matters = WindowsFixtures.ok(Api.get(API + "/public/halls/" + hall + "/matters", null), 200,
                "matters");
        assertEquals("M1", matters.get(0).path("code").asText());
        assertEquals(404, Api.get(API + "/public/halls/999999999", null).status());
    }
}
