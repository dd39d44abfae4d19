package org.xingfeng.demands.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.demands.core.internal.DemandsFixtures.API;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.xingfeng.demands.api.demands.DemandState;
import org.xingfeng.platform.testing.Api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo demands made by the real demo component, switched on through the setup configuration as at a start with
 * {@code xingfeng.demo=true}: once the platform has made the demo city, each county bureau has four months of demands
 * in every state, with dated steps, on the board and in the figures, and a further trigger makes nothing twice.
 */
class DemandsDemoIT {

    /** The platform's demo city and the module's demo demands: each component has its own configuration. */
    static final String[] PIDS = { "org.xingfeng.setup.demo", DemandsDemo.PID };
    static final String[] COUNTIES = { "510722", "510723", "510725" };

    static ConfigurationAdmin configAdmin() {
        BundleContext context = FrameworkUtil.getBundle(DemandsDemo.class).getBundleContext();
        return context.getService(context.getServiceReference(ConfigurationAdmin.class));
    }

    static void demo(boolean on) throws Exception {
        for (String pid : PIDS) {
            Configuration c = configAdmin().getConfiguration(pid, "?");
            Hashtable<String, Object> p = new Hashtable<>();
            p.put("demo", Boolean.toString(on));
            c.update(p);
        }
    }

    @AfterAll
    static void demoOff() throws Exception {
        demo(false);
    }

    /** The demo counties' ids by code, once they exist. */
    static Map<String, Long> counties(String admin) {
        Map<String, Long> ids = new HashMap<>();
        for (String code : COUNTIES) {
            Api.Reply r = Api.get("/api/v1/org/units", admin);
            for (JsonNode u : r.json()) {
                if (u.path("code").asText().equals(code)) {
                    ids.put(code, u.path("id").asLong());
                }
            }
        }
        return ids;
    }

    static long count(String admin, long unit) {
        return Api.get(API + "?unitId=" + unit + "&size=1", admin).json().path("total").asLong();
    }

    @Test
    void theDemoCountiesGetFourMonthsOfDemandsInEveryState() throws Exception {
        Api.awaitReady();
        String admin = Api.admin();
        demo(true);
        long end = System.nanoTime() + 240_000_000_000L;
        Map<String, Long> ids = counties(admin);
        while (System.nanoTime() < end && (ids.size() < 3
                || ids.values().stream().anyMatch(u -> count(admin, u) < DemandsDemo.PER_COUNTY))) {
            Thread.sleep(500);
            ids = counties(admin);
        }
        long santai = ids.get("510722");
        assertEquals(DemandsDemo.PER_COUNTY, count(admin, santai));
        JsonNode items = Api.get(API + "?unitId=" + santai + "&size=100", admin).json().path("items");
        Set<DemandState> states = EnumSet.noneOf(DemandState.class);
        JsonNode closed = null;
        boolean duplicate = false;
        for (JsonNode d : items) {
            states.add(DemandState.valueOf(d.path("state").asText()));
            duplicate |= !d.path("duplicateOf").isNull();
            if (d.path("state").asText().equals("CLOSED") && d.path("duplicateOf").isNull()) {
                closed = d;
            }
        }
        assertEquals(EnumSet.allOf(DemandState.class), states, items.toString());
        assertTrue(duplicate, "a duplicate linked");
        JsonNode history = Api.get(API + "/" + closed.path("id").asLong() + "/history", admin).json();
        assertTrue(history.size() >= 8, history.toString());
        Instant previous = Instant.MIN;
        for (JsonNode s : history) {
            Instant at = Instant.parse(s.path("at").asText());
            assertFalse(at.isBefore(previous), history.toString());
            previous = at;
        }
        assertEquals("CLOSED", history.get(history.size() - 1).path("toState").asText());
        JsonNode board = Api.get(API + "/supervision/board?unitId=" + santai, admin).json();
        assertTrue(board.size() > 0, board.toString());
        // replied demands not yet called back: on the board from the second working day after the reply
        int callBacks = 0;
        for (JsonNode e : board) {
            if (e.path("status").asText().equals("CALL_BACK_OVERDUE")) {
                callBacks++;
                JsonNode d = Api.get(API + "/" + e.path("demandId").asLong(), admin).json();
                assertEquals("REPLIED", d.path("state").asText(), d.toString());
                assertEquals(DemandsFixtures.addWorkingDays(admin, java.time.LocalDate.parse(d.path("repliedOn")
                        .asText()), 1).toString(), e.path("dueDate").asText(), "the next working day: " + e);
            }
        }
        long repliedLongAgo = 0;
        for (JsonNode d : items) {
            if (d.path("state").asText().equals("REPLIED") && java.time.LocalDate.parse(d.path("repliedOn").asText())
                    .isBefore(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(10))) {
                repliedLongAgo++;
            }
        }
        assertTrue(callBacks >= repliedLongAgo && (repliedLongAgo == 0 || callBacks > 0),
                callBacks + " call-backs overdue on the board, " + repliedLongAgo + " replied long ago: " + board);
        JsonNode total = Api.get(API + "/supervision/figures?unitId=" + santai + "&by=MONTH", admin).json();
        JsonNode all = total.get(total.size() - 1);
        assertEquals(DemandsDemo.PER_COUNTY - 1, all.path("total").asInt(), "the duplicate is not counted");
        assertTrue(all.path("onTime").asInt() > 0 && all.path("onTime").asInt() < all.path("due").asInt(),
                all.toString());
        assertTrue(all.path("satisfied").asInt() > 0 && all.path("satisfied").asInt() < all.path("rated").asInt(),
                all.toString());

        // triggered again (a restart, a new unit): nothing made twice
        demo(false);
        demo(true);
        Thread.sleep(3000);
        assertEquals(DemandsDemo.PER_COUNTY, count(admin, santai));
    }
}
