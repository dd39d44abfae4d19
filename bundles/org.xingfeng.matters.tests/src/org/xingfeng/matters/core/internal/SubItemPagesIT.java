package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A search's pages (the page's ids are picked first, then its rows read): in code order, every match once across the
 * pages, the total on each, nothing past the end, and another county's matches only where the caller asks for them.
 */
class SubItemPagesIT {

    static final String API = "/api/v1/matters";

    @Test
    void aSearchIsPagedInCodeOrderWithoutGapsOrRepeats() {
        Api.awaitReady();
        String root = Api.admin();
        String marker = "pg" + Api.unique();
        long county = Fixtures.createUnit(root, null, "COUNTY").path("id").asLong();
        long other = Fixtures.createUnit(root, null, "COUNTY").path("id").asLong();
        importList(root, county, marker, 45);
        importList(root, other, marker, 3);

        List<String> codes = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode p = Api.get(API + "/items?size=20&page=" + page + "&unitId=" + county + "&q=" + marker, root)
                    .json();
            assertEquals(45, p.path("total").asLong(), "the total on page " + page);
            assertEquals(page < 2 ? 20 : 5, p.path("items").size(), "page " + page);
            for (JsonNode item : p.path("items")) {
                assertEquals(county, item.path("unitId").asLong());
                assertTrue(item.path("name").asText().contains(marker), item.toString());
                assertTrue(item.has("materials") && item.path("materials").size() == 1, "the whole item: " + item);
                codes.add(item.path("basicCode").asText());
            }
        }
        assertEquals(45, new HashSet<>(codes).size(), "every match once: " + codes);
        List<String> sorted = new ArrayList<>(codes);
        sorted.sort(null);
        assertEquals(sorted, codes, "in code order across the pages");

        JsonNode past = Api.get(API + "/items?size=20&page=3&unitId=" + county + "&q=" + marker, root).json();
        assertEquals(0, past.path("items").size());
        assertEquals(45, past.path("total").asLong());
        JsonNode everywhere = Api.get(API + "/items?size=20&page=2&q=" + marker, root).json();
        assertEquals(48, everywhere.path("total").asLong(), "both counties' matches without a unit");
        assertEquals(8, everywhere.path("items").size());
    }

    /** {@code n} sub-items under three main items, each name carrying the marker. */
    static void importList(String token, long unit, String marker, int n) {
        StringBuilder csv = new StringBuilder(MattersReachCases.HEADER);
        for (int i = 0; i < n; i++) {
            String main = i % 15 == 0 ? marker + "主项" + (i / 15) : "";
            csv.append(i + 1).append(',').append(main).append(",公共服务,").append(marker).append("子项").append(i)
                    .append(",C,《社会保险法》,居民身份证,即时办结,受理—办结,\n");
        }
        Api.Reply r = Api.send("POST", API + "/units/" + unit + "/import", token, "text/csv; charset=utf-8",
                csv.toString().getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(200, r.status(), r.text());
    }
}
