package org.xingfeng.demands.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xingfeng.demands.core.internal.DemandsFixtures.API;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/** Bad input answers a JSON 4xx naming the field and changes nothing. */
class BadInputIT {

    static String root;
    static long county;
    static long section;
    static long otherSection;

    @BeforeAll
    static void world() {
        Api.awaitReady();
        root = Api.admin();
        county = Fixtures.createCounty(root).path("id").asLong();
        section = DemandsFixtures.section(root, county, "办公室");
        otherSection = DemandsFixtures.section(root, Fixtures.createCounty(root).path("id").asLong(), "别县科室");
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static List<String> fields(Api.Reply r) {
        assertEquals(400, r.status(), r.text());
        List<String> f = new ArrayList<>();
        for (JsonNode d : r.json().path("details")) {
            f.add(d.path("field").asText());
        }
        return f;
    }

    /** A query parameter the resource reads as text: 400 naming it. */
    static void assertNamed(Api.Reply r, String parameter) {
        assertEquals(List.of(parameter), fields(r));
    }

    static long count() {
        return Api.get(API + "?unitId=" + county, root).json().path("total").asLong();
    }

    @Test
    void aBadDraftNamesEveryFieldAndRegistersNothing() {
        long before = count();
        assertEquals(List.of("channel", "unitId", "category", "topic", "text", "receivedDate"),
                fields(Api.post(API, root, "{}")));
        Map<String, Object> d = new HashMap<>(DemandsFixtures.draft(county, "HELP", "求助", today()));
        d.put("citizenPhone", "call me");
        d.put("citizenIdNumber", "12345");
        d.put("receivedDate", today().plusDays(2).toString());
        assertEquals(List.of("citizenPhone", "citizenIdNumber", "receivedDate"), fields(Api.post(API, root,
                Api.json(d))));
        d = new HashMap<>(DemandsFixtures.draft(county, "HELP", "求助", today()));
        d.put("unitId", 999_999_999L);
        assertEquals(List.of("unitId"), fields(Api.post(API, root, Api.json(d))));
        d.put("category", "GOSSIP");
        Api.Reply badEnum = Api.post(API, root, Api.json(d));
        assertEquals(400, badEnum.status(), badEnum.text());
        assertEquals(before, count());
    }

    @Test
    void badStepBodiesNameTheirFieldsAndChangeNothing() {
        long id = DemandsFixtures.inState(root, county, section, "INSTRUCTED", today());
        assertEquals(List.of("leadSectionId"), fields(Api.post(API + "/" + id + "/assign", root, "{}")));
        assertEquals(List.of("leadSectionId"), fields(Api.post(API + "/" + id + "/assign", root,
                Api.json(Map.of("leadSectionId", otherSection)))));
        assertEquals(List.of("handlingSectionIds"), fields(Api.post(API + "/" + id + "/assign", root,
                Api.json(Map.of("leadSectionId", section, "handlingSectionIds", List.of(otherSection))))));
        assertEquals("INSTRUCTED", Api.get(API + "/" + id, root).json().path("state").asText());
        DemandsFixtures.step(root, id, "assign", Map.of("leadSectionId", section));
        assertEquals(List.of("text"),
                fields(Api.post(API + "/" + id + "/handle", root, Api.json(Map.of("text", " ")))));
        assertEquals(List.of("days", "reason"), fields(Api.post(API + "/" + id + "/extension", root,
                Api.json(Map.of("days", 0)))));
        DemandsFixtures.step(root, id, "handle", Map.of("text", "已办"));
        assertEquals(List.of("note"), fields(Api.post(API + "/" + id + "/review", root,
                Api.json(Map.of("approved", false)))));
        assertEquals(List.of("originalId"), fields(Api.post(API + "/" + id + "/duplicate", root, "{}")));
        assertEquals("HANDLED", Api.get(API + "/" + id, root).json().path("state").asText());
        assertEquals(4, Api.get(API + "/" + id + "/history", root).json().size(), "register, instruct, assign, handle");
    }

    @Test
    void badQueryParametersAreNamed() {
        assertNamed(Api.get(API + "?unitId=abc", root), "unitId");
        assertNamed(Api.get(API + "?state=LOST", root), "state");
        assertNamed(Api.get(API + "?from=yesterday", root), "from");
        assertNamed(Api.get(API + "?overdue=maybe", root), "overdue");
        assertNamed(Api.get(API + "/supervision/figures?by=WEEK", root), "by");
        assertNamed(Api.get(API + "/supervision/board?unitId=x", root), "unitId");
        Api.Reply period = Api.get(API + "/supervision/figures?from=2026-05-01&to=2026-04-01", root);
        assertEquals(List.of("to"), fields(period));
        assertEquals(404, Api.get(API + "/999999999", root).status());
        assertEquals(404, Api.get(API + "/999999999/history", root).status());
    }
}
