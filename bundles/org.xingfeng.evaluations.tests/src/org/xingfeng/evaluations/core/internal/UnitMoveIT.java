package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A county moved to another city takes its evaluations along: the roll-ups of the city it left, the city it joined
 * and the matters there follow the platform's organisation event, and agree with a recount from the evaluations.
 */
class UnitMoveIT {

    static String admin;
    static String officer;
    static String today;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        officer = Fixtures.userWithRoles(admin, "mover" + Api.unique(), List.of("evaluations.officer"));
        today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    static void submit(long unit, int score, String matter) {
        Map<String, Object> m = new HashMap<>();
        m.put("unitId", unit);
        m.put("recordNo", "MV-" + Api.unique());
        m.put("level", score);
        m.put("channel", "WINDOW_DEVICE");
        m.put("windowNo", "1");
        m.put("matterCode", matter);
        Api.Reply r = Api.post(EvaluationsIT.SUBMIT, null, Api.json(EvalFixtures.ticketed(m)));
        assertEquals(201, r.status(), r.text());
    }

    /** Counted evaluations of a unit (or a matter within it) today, by level 5..1. */
    static List<Long> counted(long unit, String matter) {
        String path = "/api/v1/evaluations/satisfaction?unitId=" + unit + "&from=" + today + "&to=" + today
                + (matter == null ? "" : "&dimension=MATTER&key=" + matter);
        Api.Reply r = Api.get(path, officer);
        assertEquals(200, r.status(), r.text());
        JsonNode c = r.json().path("counted");
        return List.of(c.path("verySatisfied").asLong(), c.path("satisfied").asLong(),
                c.path("basicallySatisfied").asLong(),
                c.path("dissatisfied").asLong(), c.path("veryDissatisfied").asLong());
    }

    static long total(long unit, String matter) {
        return counted(unit, matter).stream().mapToLong(Long::longValue).sum();
    }

    static void move(JsonNode unit, long newParent) {
        Map<String, Object> body = new HashMap<>();
        body.put("parentId", newParent);
        body.put("code", unit.path("code").asText());
        body.put("name", unit.path("name").asText());
        body.put("level", unit.path("level").asText());
        Api.Reply r = Api.put("/api/v1/org/units/" + unit.path("id").asLong(), admin, Api.json(body));
        assertEquals(200, r.status(), r.text());
    }

    /** Waits (the event is delivered asynchronously) until the unit's total is as expected. */
    static void awaitTotal(long unit, long expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (total(unit, null) != expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(expected, total(unit, null));
    }

    @Test
    void aCountyMovedToAnotherCityTakesItsEvaluationsAlong() throws InterruptedException {
        long province = Fixtures.createUnit(admin, null, "PROVINCE").path("id").asLong();
        long cityA = Fixtures.createUnit(admin, province, "CITY").path("id").asLong();
        long cityB = Fixtures.createUnit(admin, province, "CITY").path("id").asLong();
        JsonNode county = Fixtures.createUnit(admin, cityA, "COUNTY");
        long x = county.path("id").asLong();
        long township = Fixtures.createUnit(admin, x, "TOWNSHIP").path("id").asLong();
        String matter = "MV" + Api.unique();
        submit(township, 5, matter);
        submit(township, 5, matter);
        submit(township, 1, matter);
        submit(x, 4, matter);
        submit(x, 2, null);
        submit(cityA, 5, matter);
        submit(cityB, 3, matter);
        awaitTotal(cityA, 6);
        assertEquals(1, total(cityB, null));
        assertEquals(5, total(cityA, matter));
        assertEquals(1, total(cityB, matter));

        move(county, cityB);
        awaitTotal(cityA, 1);
        assertEquals(List.of(2L, 1L, 1L, 1L, 1L), counted(cityB, null),
                "city B now counts the county and its township");
        assertEquals(7, total(province, null), "the province, above both, is unchanged");
        assertEquals(5, total(x, null));
        assertEquals(3, total(township, null));
        assertEquals(1, total(cityA, matter));
        assertEquals(5, total(cityB, matter));
        assertEquals(4, total(x, matter));

        // evaluations after the move count under the new city at once
        submit(township, 4, matter);
        assertEquals(7, total(cityB, null));
        assertEquals(1, total(cityA, null));

        // and the whole lot agrees with a recount from the evaluations
        Map<Long, List<Long>> before = new HashMap<>();
        for (long u : List.of(province, cityA, cityB, x, township)) {
            before.put(u, counted(u, null));
        }
        List<Long> matterB = counted(cityB, matter);
        Api.Reply rebuilt = Api.post("/api/v1/evaluations/rollups/rebuild", admin, "");
        assertEquals(200, rebuilt.status(), rebuilt.text());
        for (long u : before.keySet()) {
            assertEquals(before.get(u), counted(u, null), "unit " + u + " after a recount");
        }
        assertEquals(matterB, counted(cityB, matter));

        // moved back, after the recount
        move(Api.get("/api/v1/org/units/" + x, admin).json(), cityA);
        awaitTotal(cityB, 1);
        assertEquals(7, total(cityA, null));
        assertEquals(8, total(province, null));
    }
}
