package org.xingfeng.demands.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.demands.core.internal.DemandsFixtures.API;
import static org.xingfeng.demands.core.internal.DemandsFixtures.ok;
import static org.xingfeng.demands.core.internal.DemandsFixtures.step;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Demands and evaluations installed together, over HTTP: a demand answered, rated and closed leaves the citizen's
 * satisfaction as an evaluation of channel DEMAND in the unit's evaluations and its satisfaction figure, which
 * another county's officer does not see; with the evaluations module stopped a demand still closes, its satisfaction
 * kept in demands alone.
 */
class DemandsWithEvaluationsIT {

    static final String EVALUATIONS = "/api/v1/evaluations";

    static String root;
    static long county;
    static long section;
    static String evalOfficer;
    static String otherEvalOfficer;
    static LocalDate today;

    @BeforeAll
    static void world() {
        Api.awaitReady();
        root = Api.admin();
        county = Fixtures.createCounty(root).path("id").asLong();
        section = DemandsFixtures.section(root, county, "办公室");
        evalOfficer = Fixtures.userAt(root, "dm.ev." + Api.unique(), List.of("evaluations.officer", "staff"), county,
                null);
        long other = Fixtures.createCounty(root).path("id").asLong();
        otherEvalOfficer = Fixtures.userAt(root, "dm.eo." + Api.unique(), List.of("evaluations.officer", "staff"),
                other, null);
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** The unit's evaluations of one record, once the asynchronous intake has stored them. */
    static JsonNode evaluationsOf(String token, String recordNo, int expected) throws InterruptedException {
        JsonNode items = null;
        for (int i = 0; i < 100; i++) {
            items = ok(Api.get(EVALUATIONS + "?unitId=" + county + "&channel=DEMAND&recordNo=" + recordNo, token),
                    200, "evaluations").path("items");
            if (items.size() >= expected) {
                return items;
            }
            Thread.sleep(100);
        }
        return items;
    }

    @Test
    void theCitizensSatisfactionIsTheUnitsEvaluationWithinReach() throws Exception {
        assertEquals(Bundle.ACTIVE, WithoutEvaluations.core().getState(), "evaluations installed and running");
        long id = DemandsFixtures.inState(root, county, section, "REPLIED", today);
        step(root, id, "satisfaction", Map.of("satisfied", true, "remark", "答复清楚"));
        JsonNode closed = step(root, id, "close", null);
        assertEquals("CLOSED", closed.path("state").asText());
        assertTrue(closed.path("satisfied").asBoolean(), closed.toString());

        String recordNo = "DMD-" + id + "-1";
        JsonNode items = evaluationsOf(evalOfficer, recordNo, 1);
        assertEquals(1, items.size(), items.toString());
        JsonNode e = items.get(0);
        assertEquals(county, e.path("unitId").asLong());
        assertEquals("DEMAND", e.path("channel").asText());
        assertEquals("SATISFIED", e.path("level").asText());
        assertEquals(recordNo, e.path("recordNo").asText());

        JsonNode s = ok(Api.get(EVALUATIONS + "/satisfaction?unitId=" + county + "&from=" + today + "&to=" + today,
                evalOfficer), 200, "satisfaction");
        assertEquals(1, s.path("counted").path("satisfied").asLong(), s.toString());
        assertEquals(1.0, s.path("rate").asDouble(), 1e-9, s.toString());

        // another county's officer: the unit is not theirs, and their own list does not hold it
        assertEquals(404, Api.get(EVALUATIONS + "?unitId=" + county, otherEvalOfficer).status());
        assertEquals(404, Api.get(EVALUATIONS + "/satisfaction?unitId=" + county + "&from=" + today + "&to="
                + today, otherEvalOfficer).status());
        JsonNode theirs = ok(Api.get(EVALUATIONS + "?recordNo=" + recordNo, otherEvalOfficer), 200, "their list");
        assertEquals(0, theirs.path("items").size(), theirs.toString());
        assertEquals(404, Api.get(EVALUATIONS + "/" + e.path("id").asLong(), otherEvalOfficer).status());
    }

    @Test
    void aSecondRoundAfterADissatisfiedCitizenIsItsOwnEvaluation() throws Exception {
        long id = DemandsFixtures.inState(root, county, section, "REPLIED", today);
        step(root, id, "satisfaction", Map.of("satisfied", false, "remark", "仍未解决"));
        step(root, id, "assign", Map.of("leadSectionId", section));
        step(root, id, "handle", Map.of("text", "再次办理"));
        step(root, id, "review", Map.of("approved", true));
        step(root, id, "reply", Map.of("text", "已解决"));
        step(root, id, "satisfaction", Map.of("satisfied", true));
        assertEquals("DISSATISFIED", evaluationsOf(evalOfficer, "DMD-" + id + "-1", 1).get(0).path("level").asText());
        assertEquals("SATISFIED", evaluationsOf(evalOfficer, "DMD-" + id + "-2", 1).get(0).path("level").asText());
    }

    @Test
    void withoutEvaluationsADemandStillClosesWithItsSatisfaction() throws Exception {
        long[] id = new long[1];
        WithoutEvaluations.run(() -> {
            assertEquals(404, Api.get(EVALUATIONS + "?unitId=" + county, evalOfficer).status(),
                    "no evaluations resource while it is stopped (awaited by WithoutEvaluations)");
            id[0] = DemandsFixtures.inState(root, county, section, "REPLIED", today);
            step(root, id[0], "satisfaction", Map.of("satisfied", true));
            JsonNode closed = step(root, id[0], "close", null);
            assertEquals("CLOSED", closed.path("state").asText());
            assertTrue(closed.path("satisfied").asBoolean());
        });
        JsonNode kept = ok(Api.get(API + "/" + id[0], root), 200, "demand");
        assertTrue(kept.path("satisfied").asBoolean(), kept.toString());
        JsonNode history = ok(Api.get(API + "/" + id[0] + "/history", root), 200, "history");
        assertTrue(history.toString().contains("RATE"), history.toString());
        // nothing was posted while evaluations were away, and nothing afterwards
        Thread.sleep(500);
        assertEquals(0, evaluationsOf(evalOfficer, "DMD-" + id[0] + "-1", 0).size());
    }
}
