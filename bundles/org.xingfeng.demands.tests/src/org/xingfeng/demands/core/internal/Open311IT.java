package org.xingfeng.demands.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.demands.core.internal.DemandsFixtures.API;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Open311 GeoReport v2 read API against the published field lists (GeoReport v2, "GET Service List" and "GET
 * Service Requests"): every field, in the specification's order, nothing else, with the values' forms.
 */
class Open311IT {

    static final String V2 = API + "/open311/v2";
    /** GeoReport v2's service request fields, as published. */
    static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
            "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");
    /** GeoReport v2's service fields, as published. */
    static final List<String> SERVICE_FIELDS = List.of("service_code", "service_name", "description", "metadata",
            "type", "keywords", "group");

    static String root;
    static long county;
    static long section;

    @BeforeAll
    static void world() {
        Api.awaitReady();
        root = Api.admin();
        county = Fixtures.createCounty(root).path("id").asLong();
        section = DemandsFixtures.section(root, county, "待遇保障股");
    }

    static List<String> names(JsonNode o) {
        List<String> n = new ArrayList<>();
        for (Iterator<String> i = o.fieldNames(); i.hasNext();) {
            n.add(i.next());
        }
        return n;
    }

    @Test
    void servicesCarryTheSpecificationsFields() {
        JsonNode services = Api.get(V2 + "/services.json", root).json();
        assertEquals(5, services.size(), services.toString());
        for (JsonNode s : services) {
            assertEquals(SERVICE_FIELDS, names(s));
            assertFalse(s.path("metadata").asBoolean());
            assertTrue(List.of("realtime", "batch", "blackbox").contains(s.path("type").asText()));
        }
        assertEquals("CONSULTATION", services.get(0).path("service_code").asText());
        assertEquals(401, Api.get(V2 + "/services.json", null).status(), "read with a token");
    }

    @Test
    void requestsCarryTheSpecificationsFieldsOpenAndClosed() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long open = DemandsFixtures.inState(root, county, section, "ASSIGNED", today);
        long closed = DemandsFixtures.inState(root, county, section, "CLOSED", today);
        JsonNode one = Api.get(V2 + "/requests/" + open + ".json", root).json();
        assertEquals(1, one.size());
        JsonNode r = one.get(0);
        assertEquals(REQUEST_FIELDS, names(r));
        assertEquals(String.valueOf(open), r.path("service_request_id").asText());
        assertEquals("open", r.path("status").asText());
        assertEquals("CONSULTATION", r.path("service_code").asText());
        assertEquals("咨询", r.path("service_name").asText());
        assertTrue(r.path("agency_responsible").asText().endsWith("待遇保障股"), r.toString());
        OffsetDateTime requested = OffsetDateTime.parse(r.path("requested_datetime").asText());
        OffsetDateTime expected = OffsetDateTime.parse(r.path("expected_datetime").asText());
        assertTrue(expected.isAfter(requested), r.toString());
        OffsetDateTime.parse(r.path("updated_datetime").asText());
        assertTrue(r.path("lat").isNull() && r.path("long").isNull() && r.path("media_url").isNull());
        assertFalse(r.toString().contains("13812341234"), "no citizen's data");

        JsonNode c = Api.get(V2 + "/requests/" + closed + ".json", root).json().get(0);
        assertEquals("closed", c.path("status").asText());
        assertEquals("您的报销已到账", c.path("status_notes").asText());

        JsonNode both = Api.get(V2 + "/requests.json?service_request_id=" + open + "," + closed, root).json();
        assertEquals(2, both.size());
        // a w3 date-time, its "+" encoded
        Api.Reply list = Api.get(V2 + "/requests.json?status=closed&start_date=" + today.minusDays(1)
                + "T00:00:00%2B08:00", root);
        assertEquals(200, list.status(), list.text());
        assertTrue(list.json().isArray() && list.json().size() >= 1, list.text());
        for (JsonNode x : list.json()) {
            assertEquals(REQUEST_FIELDS, names(x));
            assertEquals("closed", x.path("status").asText());
        }
        assertEquals(400, Api.get(V2 + "/requests.json?status=pending", root).status());
        assertEquals(400, Api.get(V2 + "/requests.json?service_code=NOISE", root).status());
        assertEquals(404, Api.get(V2 + "/requests/999999999.json", root).status());
        assertEquals(Map.of(), Map.of());
    }
}
