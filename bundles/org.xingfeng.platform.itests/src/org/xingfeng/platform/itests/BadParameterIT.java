package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Hashtable;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.BadParameters;

/**
 * Typed parameters given a value of the wrong type (the modules' own checks are in their test bundles). The
 * platform has no typed header or form parameter, so a probe resource registered here has one of each.
 */
class BadParameterIT {

    static String admin;
    static ServiceRegistration<Probe> probe;

    @BeforeAll
    static void ready() throws InterruptedException {
        Api.awaitReady();
        admin = Api.admin();
        probe = FrameworkUtil.getBundle(BadParameterIT.class).getBundleContext().registerService(Probe.class,
                new Probe(),
                new Hashtable<>(Map.of("osgi.jakartars.resource", true,
                        "osgi.jakartars.extension.select", "(osgi.jakartars.name=xingfeng.json)")));
        long deadline = System.currentTimeMillis() + 20_000;
        while (Api.get("/api/v1/bad-parameter-probe", admin).status() != 200 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    /** Unregistered, and waited for until the runtime no longer answers it (the next test classes compare lists). */
    @AfterAll
    static void removeProbe() throws InterruptedException {
        probe.unregister();
        long deadline = System.currentTimeMillis() + 20_000;
        while (Api.get("/api/v1/bad-parameter-probe", admin).status() != 404 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    @Test
    void aQueryParameterOfTheWrongTypeIs400NamingIt() {
        BadParameters.assertRefused(Api.get("/api/v1/org/staff?unitId=abc", admin), "unitId");
        BadParameters.assertRefused(Api.get("/api/v1/org/staff?page=first", admin), "page");
        BadParameters.assertRefused(Api.get("/api/v1/calendar/add?start=2026-09-30&days=three", admin), "days");
        assertEquals(200, Api.get("/api/v1/org/staff?unitId=1", admin).status());
    }

    @Test
    void aPathParameterOfTheWrongTypeIs404NamingIt() {
        BadParameters.assertPathRefused(Api.get("/api/v1/org/units/abc", admin), "id");
    }

    @Test
    void aHeaderOrFormParameterOfTheWrongTypeIs400NamingIt() {
        assertEquals(200,
                Api.send("GET", "/api/v1/bad-parameter-probe", admin, null, null, Map.of("X-Count", "3")).status());
        BadParameters.assertRefused(
                Api.send("GET", "/api/v1/bad-parameter-probe", admin, null, null, Map.of("X-Count", "three")),
                "X-Count");
        byte[] good = "n=4".getBytes(StandardCharsets.UTF_8);
        assertEquals(200,
                Api.send("POST", "/api/v1/bad-parameter-probe", admin, "application/x-www-form-urlencoded", good,
                        Map.of()).status());
        byte[] bad = "n=four".getBytes(StandardCharsets.UTF_8);
        BadParameters.assertRefused(
                Api.send("POST", "/api/v1/bad-parameter-probe", admin, "application/x-www-form-urlencoded",
                        bad, Map.of()),
                "n");
    }

    @Test
    void theLoginIsCheckedFirst() {
        assertEquals(401, Api.get("/api/v1/org/staff?unitId=abc", null).status());
    }

    @Path("api/v1/bad-parameter-probe")
    public static class Probe {

        @GET
        @Produces("application/json")
        public Map<String, Object> get(@HeaderParam("X-Count") Integer count) {
            return Map.of("count", count == null ? 0 : count);
        }

        @POST
        @Consumes("application/x-www-form-urlencoded")
        @Produces("application/json")
        public Map<String, Object> post(@FormParam("n") Integer n) {
            return Map.of("n", n == null ? 0 : n);
        }
    }
}
