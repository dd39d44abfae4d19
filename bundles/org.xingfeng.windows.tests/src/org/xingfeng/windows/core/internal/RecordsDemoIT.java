package org.xingfeng.windows.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.windows.core.internal.WindowsFixtures.API;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.xingfeng.platform.testing.Api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo's year of handling records, made by the real component a month per event once the demo halls are there:
 * every month of the year has records in a county hall, most completed on time but not all, some still open and
 * overdue, some one-time notices; the numbers are unique; a further trigger makes nothing twice.
 */
class RecordsDemoIT {

    static final String[] PIDS = { "org.xingfeng.setup.demo", WindowsDemo.PID, RecordsDemo.PID };

    static void demo(String pid, boolean on, String marker) throws Exception {
        Configuration c = WindowsDemoIT.configAdmin().getConfiguration(pid, "?");
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("demo", Boolean.toString(on));
        if (marker != null) {
            p.put("marker", marker);
        }
        c.update(p);
    }

    @AfterAll
    static void demoOff() throws Exception {
        for (String pid : PIDS) {
            demo(pid, false, null);
        }
    }

    static long total(String admin, String query) {
        return Api.get(API + "/records?size=1&" + query, admin).json().path("total").asLong();
    }

    @Test
    void aYearOfRecordsWithRealFigures() throws Exception {
        Api.awaitReady();
        String admin = Api.admin();
        for (String pid : PIDS) {
            demo(pid, true, null);
        }
        LocalDate today = LocalDate.now();
        LocalDate first = today.minusMonths(RecordsDemo.MONTHS - 1L).withDayOfMonth(1);
        // records are made for the working days before today: in a month's first days (or a holiday at its start,
        // up to the 8th of October) this month may have none yet, so the newest month asked for is then the last
        LocalDate newest = today.getDayOfMonth() > 10 ? today : today.withDayOfMonth(1).minusDays(1);
        long end = System.nanoTime() + 300_000_000_000L;
        long county = 0;
        while (System.nanoTime() < end) {
            JsonNode halls = Api.get(API + "/halls?q=DEMO-510722&size=10", admin).json().path("items");
            county = halls.size() == 0 ? 0 : halls.get(0).path("unitId").asLong();
            if (county > 0 && total(admin, "unitId=" + county + "&from=" + first.withDayOfMonth(1) + "&to="
                    + first.withDayOfMonth(first.lengthOfMonth())) > 0
                    && total(admin, "unitId=" + county + "&from=" + newest.withDayOfMonth(1) + "&to=" + newest) > 0) {
                break;
            }
            Thread.sleep(1000);
        }
        assertTrue(county > 0, "the demo city");
        // this month's records (none on its first working day) may still be coming: wait until the count stays
        long all = total(admin, "unitId=" + county);
        for (long again = -1; again != all && System.nanoTime() < end;) {
            Thread.sleep(3000);
            again = all;
            all = total(admin, "unitId=" + county);
        }
        assertTrue(all > 12 * 15, "a year of records: " + all);
        for (LocalDate a = first; !a.isAfter(newest); a = a.plusMonths(1)) {
            assertTrue(
                    total(admin, "unitId=" + county + "&from=" + a + "&to=" + a.withDayOfMonth(a.lengthOfMonth())) > 0,
                    "records in " + a);
        }
        JsonNode rate = Api.get(API + "/records/on-time?unitId=" + county + "&from=" + first + "&to=" + today, admin)
                .json().get(0);
        double r = rate.path("rate").asDouble();
        assertTrue(r > 0.8 && r < 1.0, "mostly on time, not all: " + rate);
        for (String state : List.of("RECEIVED", "ACCEPTED", "REVIEWED", "COMPLETED", "DELIVERED", "REJECTED",
                "RETURNED", "NOTIFIED")) {
            assertTrue(total(admin, "unitId=" + county + "&state=" + state) > 0, "records " + state);
        }
        assertTrue(total(admin, "unitId=" + county + "&dueSoon=true") > 0, "due soon");
        assertTrue(total(admin, "unitId=" + county + "&overdue=true") > 0, "overdue");
        assertTrue(total(admin, "unitId=" + county + "&open=true") > 0, "still open");
        JsonNode page = Api.get(API + "/records?size=1000&unitId=" + county, admin).json().path("items");
        Set<String> numbers = new HashSet<>();
        page.forEach(n -> assertTrue(numbers.add(n.path("number").asText()), "unique " + n.path("number")));
        // a further trigger makes nothing twice
        demo(RecordsDemo.PID, true, Api.unique());
        Thread.sleep(3000);
        assertEquals(all, total(admin, "unitId=" + county));
    }
}
