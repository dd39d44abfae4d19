package org.xingfeng.windows.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.windows.core.internal.WindowsFixtures.API;

import java.util.Hashtable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.xingfeng.platform.testing.Api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo halls made by the real demo component, switched on through the setup configuration as at a start with
 * {@code xingfeng.demo=true}: once the platform has made the demo city, each county bureau has a hall with six windows
 * and a morning of tickets, each township station a small hall, and a further trigger makes nothing twice.
 */
class WindowsDemoIT {

    /** The platform's demo city and the windows module's demo halls: each component has its own configuration. */
    static final String[] PIDS = { "org.xingfeng.setup.demo", WindowsDemo.PID, StationsDemo.PID };

    static ConfigurationAdmin configAdmin() {
        BundleContext context = FrameworkUtil.getBundle(WindowsDemo.class).getBundleContext();
        return context.getService(context.getServiceReference(ConfigurationAdmin.class));
    }

    @AfterAll
    static void demoOff() throws Exception {
        for (String pid : PIDS) {
            Configuration c = configAdmin().getConfiguration(pid, "?");
            Hashtable<String, Object> p = new Hashtable<>();
            p.put("demo", "false");
            c.update(p);
        }
    }

    static JsonNode demoHalls(String admin) {
        return Api.get(API + "/halls?q=DEMO-&size=100", admin).json().path("items");
    }

    @Test
    void theDemoCityGetsHallsWindowsARosterAndAMorningOfTickets() throws Exception {
        Api.awaitReady();
        String admin = Api.admin();
        for (String pid : PIDS) {
            Configuration c = configAdmin().getConfiguration(pid, "?");
            Hashtable<String, Object> p = new Hashtable<>();
            p.put("demo", "true");
            c.update(p);
        }
        long end = System.nanoTime() + 180_000_000_000L;
        JsonNode halls = demoHalls(admin);
        while (System.nanoTime() < end && (halls.size() < 6 || !morningIn(admin, halls))) {
            Thread.sleep(500);
            halls = demoHalls(admin);
        }
        assertEquals(6, halls.size(), halls.toString());
        JsonNode santai = null;
        for (JsonNode h : halls) {
            if (h.path("code").asText().equals("DEMO-510722")) {
                santai = h;
            }
        }
        long hall = santai.path("id").asLong();
        assertEquals(6, Api.get(API + "/windows?hallId=" + hall, admin).json().size());
        JsonNode live = Api.get(API + "/live/" + hall, admin).json();
        assertTrue(live.path("waiting").asInt() > 0, live.toString());
        assertTrue(live.path("lastCalls").size() > 0, live.toString());
        assertEquals(5, live.path("windowsOpen").asInt());
        JsonNode levels = Api.get(API + "/figures/service-levels?hallId=" + hall + "&by=WINDOW", admin).json();
        assertTrue(levels.path("total").path("served").asInt() > 10, levels.toString());
        JsonNode inventory = Api.get(API + "/standard/halls/" + hall + "/inventory", admin).json();
        assertTrue(inventory.path("complete").asBoolean(), inventory.toString());
        JsonNode duties = Api.get(API + "/roster/duties?hallId=" + hall, admin).json();
        assertTrue(duties.size() >= 3, duties.toString());
        int tickets = Api.get(API + "/tickets?hallId=" + hall + "&size=1000", admin).json().path("total").asInt();
        // another trigger (a configuration change) makes nothing twice
        Configuration c = configAdmin().getConfiguration(WindowsDemo.PID, "?");
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("demo", "true");
        p.put("marker", Api.unique());
        c.update(p);
        Thread.sleep(3000);
        assertEquals(6, demoHalls(admin).size());
        assertEquals(tickets,
                Api.get(API + "/tickets?hallId=" + hall + "&size=1000", admin).json().path("total").asInt());
        demoStations(admin);
    }

    /** 三台's township station located with its villages: five within the driving circle, three beyond it. */
    private static void demoStations(String admin) throws Exception {
        long county = Api.get("/api/v1/org/units", admin).json().findParents("code").stream()
                .filter(u -> u.path("code").asText().equals("510722")).findFirst().orElseThrow().path("id").asLong();
        long end = System.nanoTime() + 60_000_000_000L;
        JsonNode villages = Api.get(API + "/villages?unitId=" + county, admin).json();
        while (System.nanoTime() < end && villages.size() < 8) {
            Thread.sleep(500);
            villages = Api.get(API + "/villages?unitId=" + county, admin).json();
        }
        assertEquals(8, villages.size(), villages.toString());
        JsonNode station = Api.get(API + "/stations?unitId=" + county, admin).json().get(0);
        assertEquals("510722001", station.path("code").asText());
        assertTrue(station.path("latitude").asDouble() > 31 && station.path("longitude").asDouble() > 105,
                station.toString());
        JsonNode coverage = Api.get(API + "/stations/coverage?unitId=" + county + "&matterCode=YB01-001", admin)
                .json().path("matters").get(0);
        assertEquals(5, coverage.path("villagesReached").asInt(), coverage.toString());
        assertEquals(3, coverage.path("outside").size(), coverage.toString());
    }

    private static boolean morningIn(String admin, JsonNode halls) {
        for (JsonNode h : halls) {
            if (Api.get(API + "/tickets?hallId=" + h.path("id").asLong() + "&size=1", admin).json().path("total")
                    .asInt() == 0) {
                return false;
            }
        }
        return true;
    }
}
