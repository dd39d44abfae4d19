package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo city loaded by the real {@code DemoData} component, switched on through its configuration as at a start
 * with {@code xingfeng.demo=true}: a load cut short twice (the test setting {@code demo.stopAfter} makes the
 * component fail after so many records, leaving what a server stopped meanwhile leaves) is completed by the next
 * start, with every unit, section, staff member and account exactly once.
 */
class DemoDataIT {

    private static final String PID = "org.xingfeng.setup.demo";
    private static final String COMPONENT = "org.xingfeng.platform.core.internal.setup.DemoData";
    private static final List<String> UNIT_CODES = List.of("510000", "510700", "510722", "510722001", "510723",
            "510723001", "510725", "510725001");
    private static final List<String> ACCOUNTS = List.of("demo.auditor", "demo.santai", "demo.yanting", "demo.zitong");

    /** 2 units and 5 sections above the counties, and per county 2 units, 5 sections and 8 staff. */
    private static final long ALL_RECORDS = 2 + 5 + 3 * (2 + 5 + 8);

    private static BundleContext context;

    @BeforeAll
    static void ready() {
        Api.awaitReady();
        context = FrameworkUtil.getBundle(DemoDataIT.class).getBundleContext();
    }

    @AfterAll
    static void demoOff() throws Exception {
        Configuration c = configAdmin().getConfiguration(PID, "?");
        c.delete();
    }

    @Test
    void anInterruptedLoadIsCompletedAtTheNextStartWithoutDuplicates() throws Exception {
        String admin = Api.admin();
        assertTrue(demoUnits(admin).isEmpty(), "the database starts without the demo city");

        // A configuration change may activate the component twice (its reference to the first administrator, which
        // reads the same configuration, is bound again), so the checks of a cut load hold for one or two loads.
        configure(Map.of("demo", "true", "demo.stopAfter", "5"));
        awaitFailure("after 5 records");
        long first = demoRecords(admin);
        assertTrue(first >= 5 && first < ALL_RECORDS, "part of the city: " + first);
        List<String> codes = demoUnits(admin).stream().map(u -> u.path("code").asText()).toList();
        assertTrue(codes.contains("510000") && codes.size() < UNIT_CODES.size(), codes.toString());
        assertTrue(demoAccounts(admin).isEmpty(), "no demo account before the city is complete");

        configure(Map.of("demo", "true", "demo.stopAfter", "10"));
        awaitFailure("after 10 records");
        long second = demoRecords(admin);
        assertTrue(second > first && second < ALL_RECORDS, "more of the city, not all: " + second);
        assertTrue(demoAccounts(admin).isEmpty());

        // the next start makes the rest
        configure(Map.of("demo", "true"));
        await(c -> c.state == ComponentConfigurationDTO.ACTIVE && !c.properties.containsKey("demo.stopAfter"),
                "active without demo.stopAfter");
        assertComplete(admin);

        // a further start changes nothing
        long auditBefore = Fixtures.count(admin, "/api/v1/audit?size=1");
        configure(Map.of("demo", "true", "marker", Api.unique()));
        await(c -> c.state == ComponentConfigurationDTO.ACTIVE && c.properties.containsKey("marker"), "active again");
        assertComplete(admin);
        assertEquals(auditBefore, Fixtures.count(admin, "/api/v1/audit?size=1"));
    }

    /** Units, sections and staff of the demo city made so far. */
    private static long demoRecords(String admin) {
        long n = 0;
        for (JsonNode u : demoUnits(admin)) {
            long id = u.path("id").asLong();
            n += 1 + Api.get("/api/v1/org/units/" + id + "/sections", admin).json().size()
                    + Fixtures.count(admin, "/api/v1/org/staff?size=1&unitId=" + id);
        }
        return n;
    }

    private static void assertComplete(String admin) {
        List<JsonNode> units = demoUnits(admin);
        assertEquals(UNIT_CODES, units.stream().map(u -> u.path("code").asText()).sorted().toList(), "each unit once");
        assertEquals(ALL_RECORDS, demoRecords(admin));
        assertEquals(5, Api.get("/api/v1/org/units/" + unitId(admin, "510700") + "/sections", admin).json().size());
        List<String> staffNumbers = new ArrayList<>();
        for (String county : List.of("510722", "510723", "510725")) {
            long id = unitId(admin, county);
            JsonNode sections = Api.get("/api/v1/org/units/" + id + "/sections", admin).json();
            assertEquals(List.of("办公室", "医药服务管理股", "基金监管股", "待遇保障股", "经办服务中心").stream().sorted().toList(),
                    names(sections).stream().sorted().toList(), county);
            JsonNode staff = Api.get("/api/v1/org/staff?size=100&unitId=" + id, admin).json();
            assertEquals(8, staff.path("total").asInt(), county);
            staff.path("items").forEach(s -> staffNumbers.add(s.path("staffNumber").asText()));
        }
        assertEquals(24, new TreeSet<>(staffNumbers).size(), staffNumbers.toString());
        assertEquals("MY0001", new TreeSet<>(staffNumbers).first());
        assertEquals("MY0024", new TreeSet<>(staffNumbers).last());
        assertEquals(ACCOUNTS, demoAccounts(admin));
        JsonNode auditor = Api.get("/api/v1/users", admin).json();
        for (JsonNode u : auditor) {
            if (u.path("username").asText().equals("demo.auditor")) {
                assertTrue(u.path("roles").toString().contains("auditor"), u.toString());
            }
        }
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.path("name").asText()));
        return names;
    }

    private static List<JsonNode> demoUnits(String admin) {
        List<JsonNode> found = new ArrayList<>();
        Api.get("/api/v1/org/units", admin).json().forEach(u -> {
            if (UNIT_CODES.contains(u.path("code").asText())) {
                found.add(u);
            }
        });
        return found;
    }

    private static long unitId(String admin, String code) {
        return demoUnits(admin).stream().filter(u -> u.path("code").asText().equals(code)).findFirst().orElseThrow()
                .path("id").asLong();
    }

    private static List<String> demoAccounts(String admin) {
        List<String> names = new ArrayList<>();
        Api.get("/api/v1/users", admin).json().forEach(u -> {
            if (u.path("username").asText().startsWith("demo.")) {
                names.add(u.path("username").asText());
            }
        });
        return names.stream().sorted().collect(Collectors.toList());
    }

    private static ConfigurationAdmin configAdmin() {
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        assertFalse(ref == null, "ConfigurationAdmin is running");
        return context.getService(ref);
    }

    private static void configure(Map<String, String> properties) throws Exception {
        Configuration c = configAdmin().getConfiguration(PID, "?");
        c.update(new Hashtable<>(new HashMap<>(properties)));
    }

    private static ComponentConfigurationDTO demoConfiguration() {
        ServiceComponentRuntime scr = context.getService(context.getServiceReference(ServiceComponentRuntime.class));
        Bundle core = null;
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName().equals("org.xingfeng.platform.core")) {
                core = b;
            }
        }
        ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(core, COMPONENT);
        assertFalse(description == null, "component " + COMPONENT);
        var configurations = scr.getComponentConfigurationDTOs(description);
        return configurations.isEmpty() ? null : configurations.iterator().next();
    }

    private static void awaitFailure(String message) throws InterruptedException {
        await(c -> c.state == ComponentConfigurationDTO.FAILED_ACTIVATION && c.failure != null
                && c.failure.contains(message), "a load stopped " + message);
    }

    private static String await(java.util.function.Predicate<ComponentConfigurationDTO> done, String what)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        ComponentConfigurationDTO c = null;
        while (System.currentTimeMillis() < deadline) {
            c = demoConfiguration();
            if (c != null && done.test(c)) {
                return c.failure == null ? "" : c.failure;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("demo data component not in " + what + " within 60 s; now "
                + (c == null ? "none" : c.state + " " + c.failure));
    }
}
