package org.xingfeng.training.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.training.core.internal.TrainingFixtures.API;

import java.util.Hashtable;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.xingfeng.platform.testing.Api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo training made by the real demo component, switched on through the setup configuration as at a start with
 * {@code xingfeng.demo=true}: once the platform has made the demo city, each county bureau has two years of courses
 * with attendance and gaps, and a further trigger makes nothing twice.
 */
class TrainingDemoIT {

    static final String[] PIDS = { "org.xingfeng.setup.demo", TrainingDemo.PID };

    static ConfigurationAdmin configAdmin() {
        BundleContext context = FrameworkUtil.getBundle(TrainingDemo.class).getBundleContext();
        return context.getService(context.getServiceReference(ConfigurationAdmin.class));
    }

    static void demo(String value) throws Exception {
        for (String pid : PIDS) {
            Configuration c = configAdmin().getConfiguration(pid, "?");
            Hashtable<String, Object> p = new Hashtable<>();
            p.put("demo", value);
            c.update(p);
        }
    }

    @AfterAll
    static void demoOff() throws Exception {
        demo("false");
    }

    static long santai(String admin) {
        for (JsonNode u : Api.get("/api/v1/org/units", admin).json()) {
            if (u.path("code").asText().equals("510722")) {
                return u.path("id").asLong();
            }
        }
        return -1;
    }

    static int courses(String admin, long unit) {
        return unit < 0 ? 0 : Api.get(API + "/courses?unitId=" + unit, admin).json().path("total").asInt();
    }

    static int attendance(String admin, long unit) {
        return Api.get(API + "/attendance?unitId=" + unit, admin).json().path("total").asInt();
    }

    @Test
    void theDemoCityGetsTwoYearsOfTrainingWithGaps() throws Exception {
        Api.awaitReady();
        String admin = Api.admin();
        demo("true");
        long end = System.nanoTime() + 180_000_000_000L;
        long unit = santai(admin);
        while (System.nanoTime() < end && (courses(admin, unit) < TrainingDemo.PLANS.size()
                || attendance(admin, unit) == 0)) {
            Thread.sleep(500);
            unit = santai(admin);
        }
        assertEquals(TrainingDemo.PLANS.size(), courses(admin, unit));
        JsonNode flagged = Api.get(API + "/courses?flagged=true&unitId=" + unit, admin).json();
        assertTrue(flagged.path("total").asInt() >= 1, "the two-day etiquette course is too short: " + flagged);
        JsonNode coverage = Api.get(API + "/coverage?unitId=" + unit, admin).json();
        JsonNode total = coverage.path("total");
        assertTrue(total.path("activeStaff").asInt() > 0, coverage.toString());
        assertTrue(total.path("trained").asInt() > 0, coverage.toString());
        assertFalse(coverage.path("untrained").isEmpty(), "a quarter of the staff never came: " + coverage);
        int records = attendance(admin, unit);
        // days missed: some on leave (请假), some absent, neither earning hours
        for (String mark : List.of("EXCUSED", "ABSENT")) {
            JsonNode missed = Api.get(API + "/attendance?mark=" + mark + "&unitId=" + unit, admin).json();
            assertTrue(missed.path("total").asInt() >= 1, mark + ": " + missed);
            assertEquals(mark, missed.path("items").get(0).path("mark").asText());
            assertEquals(0.0, missed.path("items").get(0).path("hours").asDouble(), 1e-9, missed.toString());
        }
        // the yearly plans of last year and this, made after the courses
        while (System.nanoTime() < end && Api.get(API + "/plans?unitId=" + unit, admin).json().size() < 2) {
            Thread.sleep(500);
        }
        JsonNode plans = Api.get(API + "/plans?unitId=" + unit, admin).json();
        assertEquals(2, plans.size(), plans.toString());
        JsonNode progress = Api.get(API + "/plans/" + plans.get(0).path("id").asLong() + "/progress", admin).json();
        assertTrue(progress.path("planned").asInt() >= 2, progress.toString());
        assertTrue(progress.path("coverage").isNumber(), progress.toString());

        demo("false");
        demo("true");
        Thread.sleep(2000);
        assertEquals(TrainingDemo.PLANS.size(), courses(admin, unit), "nothing made twice");
        assertEquals(records, attendance(admin, unit));
        assertEquals(2, Api.get(API + "/plans?unitId=" + unit, admin).json().size(), "no plan made twice");
    }
}
