package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Hashtable;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo's evaluations of the windows demo's records, from the event that module's demo posts (plain values, sent
 * here by the test as that module would): each record rated once on the day it was closed, the late ones worse (bad
 * reviews with their cases, handled by now as far as their age allows), the staff member and indicators kept, a
 * complaint or two about the window; the same records posted again make nothing twice.
 */
class EvaluationsDemoIT {

    static BundleContext context() {
        return FrameworkUtil.getBundle(EvaluationsDemoIT.class).getBundleContext();
    }

    static void demo(boolean on) throws Exception {
        ConfigurationAdmin ca = context().getService(context().getServiceReference(ConfigurationAdmin.class));
        Configuration c = ca.getConfiguration(EvaluationsDemo.PID, "?");
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("demo", Boolean.toString(on));
        p.put("sharePercent", "100");
        c.update(p);
    }

    @AfterAll
    static void off() throws Exception {
        demo(false);
    }

    @Test
    void theClosedDemoRecordsAreRatedOnTheirDayOnce() throws Exception {
        Api.awaitReady();
        String admin = Api.admin();
        long county = Fixtures.createCounty(admin).path("id").asLong();
        JsonNode member = Fixtures.createStaff(admin, county, "孙七");
        demo(true);
        LocalDate day = EvaluationsReachCases.today().minusDays(40);
        long closedAt = day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli();
        int n = 12;
        long[] units = new long[n];
        String[] numbers = new String[n];
        String[] staff = new String[n];
        String[] windows = new String[n];
        String[] codes = new String[n];
        long[] at = new long[n];
        boolean[] late = new boolean[n];
        for (int i = 0; i < n; i++) {
            units[i] = county;
            numbers[i] = "DEMO-" + Api.unique() + "-" + i;
            staff[i] = member.path("staffNumber").asText();
            windows[i] = "3";
            codes[i] = "YB01-001";
            at[i] = closedAt;
            late[i] = true; // a late handling: mostly rated badly
        }
        Map<String, Object> props = Map.of("unitIds", units, "numbers", numbers, "staffNumbers", staff,
                "windowNumbers", windows, "matterCodes", codes, "closedAt", at, "late", late);
        EventAdmin events = context().getService(context().getServiceReference(EventAdmin.class));
        JsonNode list = null;
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end) { // the component takes the configuration on the framework's time
            events.sendEvent(new Event(EvaluationsDemo.RECORDS, props));
            list = Api.get("/api/v1/evaluations?size=100&unitId=" + county, admin).json();
            if (list.path("total").asLong() == n) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals(n, list.path("total").asLong(), "every record rated once: " + list);
        JsonNode first = list.path("items").get(0);
        assertEquals(member.path("staffNumber").asText(), first.path("staffNumber").asText());
        assertTrue(first.path("indicators").size() >= 4, first.toString());
        long onTheDay = Api.get("/api/v1/evaluations?size=1&unitId=" + county + "&from=" + day + "&to=" + day, admin)
                .json().path("total").asLong();
        assertEquals(n, onTheDay, "rated on the day they were closed");
        long bad = Api.get("/api/v1/evaluations?size=1&bad=true&unitId=" + county, admin).json().path("total")
                .asLong();
        assertTrue(bad > 0, "late handlings rated badly");
        assertEquals(bad, Api.get("/api/v1/evaluations/cases?size=1&unitId=" + county, admin).json().path("total")
                .asLong(), "each bad review with its case");
        // forty days on, the bureau has handled most cases: closed ones, each step dated in order and not after now
        JsonNode closed = Api.get("/api/v1/evaluations/cases?size=100&state=CLOSED&unitId=" + county, admin).json();
        assertTrue(closed.path("total").asLong() > 0, "cases closed by now: " + closed);
        for (JsonNode c : closed.path("items")) {
            assertTrue(c.path("history").size() >= 4, "verified, rectified, fed back and closed: " + c);
            Instant previous = Instant.EPOCH;
            for (JsonNode step : c.path("history")) {
                Instant done = Instant.parse(step.path("at").asText());
                assertFalse(done.isBefore(previous), "steps in order: " + c);
                assertFalse(done.isAfter(Instant.now()), "no step in the future: " + c);
                previous = done;
            }
        }
        long complaints = Api.get("/api/v1/evaluations/complaints?size=1&unitId=" + county, admin).json()
                .path("total").asLong();
        assertTrue(complaints >= 1 && complaints <= 2, "a complaint or two about the unit's window: " + complaints);

        events.sendEvent(new Event(EvaluationsDemo.RECORDS, props));
        assertEquals(n, Api.get("/api/v1/evaluations?size=1&unitId=" + county, admin).json().path("total").asLong());
        assertEquals(complaints, Api.get("/api/v1/evaluations/complaints?size=1&unitId=" + county, admin).json()
                .path("total").asLong(), "the same records posted again complain no more");
    }
}
