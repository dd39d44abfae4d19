package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Matters within reach beyond the matrix: in a province with a city and counties A and B, each with a list, county
 * A's editor cannot file an item under B's main item or move one there, compares A's list with the province's but
 * not with B's, exports and searches A's list without a trace of B, and citizens still read B's guide.
 */
class MattersReachIT {

    static final String API = "/api/v1/matters";
    static String root;
    static String editorA;
    static String marker;
    static long province;
    static long countyA;
    static long countyB;
    static long mainA;
    static long mainB;
    static long itemA;
    static long itemB;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        root = Api.admin();
        marker = "mb" + Api.unique();
        province = Fixtures.createUnit(root, null, "PROVINCE").path("id").asLong();
        long city = Fixtures.createUnit(root, province, "CITY").path("id").asLong();
        countyA = Fixtures.createUnit(root, city, "COUNTY").path("id").asLong();
        countyB = Fixtures.createUnit(root, city, "COUNTY").path("id").asLong();
        importList(province, "全省" + Api.unique());
        importList(countyA, "甲县" + Api.unique());
        importList(countyB, "乙县" + marker);
        editorA = Fixtures.userAt(root, "mr.ea." + Api.unique(), List.of(MatterItemService.EDITOR_ROLE, "staff"),
                countyA,
                null);
        mainA = Api.get(API + "/units/" + countyA + "/main-items", root).json().get(0).path("id").asLong();
        mainB = Api.get(API + "/units/" + countyB + "/main-items", root).json().get(0).path("id").asLong();
        itemA = Api.get(API + "/items?unitId=" + countyA, root).json().path("items").get(0).path("id").asLong();
        itemB = Api.get(API + "/items?unitId=" + countyB, root).json().path("items").get(0).path("id").asLong();
    }

    static void importList(long unit, String prefix) {
        Api.Reply r = Api.send("POST", API + "/units/" + unit + "/import", root, "text/csv; charset=utf-8",
                MattersReachCases.list(prefix).getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(200, r.status(), r.text());
    }

    static String listOfB() {
        return Api.get(API + "/items?size=1000&unitId=" + countyB, root).text();
    }

    static String field(Api.Reply r) {
        JsonNode details = r.json().path("details");
        return details.isEmpty() ? "" : details.get(0).path("field").asText();
    }

    @Test
    void anItemFiledUnderCountyBsMainItemIsRefusedNamingTheFieldAndNothingIsStored() {
        String before = listOfB();
        String name = "越界子项" + Api.unique();
        Api.Reply r = Api.post(API + "/items", editorA, Api.json(MattersReachCases.draft(mainB, name)));
        assertEquals(400, r.status(), r.text());
        assertEquals("mainItemId", field(r), r.text());
        assertFalse(r.text().contains(marker), "the refusal names nothing of B: " + r.text());
        assertEquals(before, listOfB(), "nothing stored in B's list");
        assertEquals(0, Api.get(API + "/items?q=" + name, root).json().path("total").asInt(), "nothing stored at all");
    }

    @Test
    void anItemOfCountyAMovedUnderCountyBsMainItemIsRefusedAndStaysAsItWas() {
        String itemBefore = Api.get(API + "/items/" + itemA, root).text();
        String before = listOfB();
        Api.Reply r = Api.put(API + "/items/" + itemA, editorA,
                Api.json(MattersReachCases.draft(mainB, "搬走" + Api.unique())));
        assertEquals(400, r.status(), r.text());
        assertEquals("mainItemId", field(r), r.text());
        assertEquals(itemBefore, Api.get(API + "/items/" + itemA, root).text());
        assertEquals(before, listOfB());
    }

    @Test
    void countyAsListComparesWithTheProvincesButNotWithCountyBs() {
        Api.Reply byDefault = Api.get(API + "/units/" + countyA + "/comparison", editorA);
        assertEquals(200, byDefault.status(), byDefault.text());
        assertEquals(2, byDefault.json().path("missing").size(), byDefault.text());
        Api.Reply named = Api.get(API + "/units/" + countyA + "/comparison?standard=" + province, editorA);
        assertEquals(200, named.status(), named.text());
        assertEquals(byDefault.json().path("missing"), named.json().path("missing"));
        Api.Reply sheet = Api.get(API + "/units/" + countyA + "/comparison?format=xlsx", editorA);
        assertEquals(200, sheet.status());

        Api.Reply againstB = Api.get(API + "/units/" + countyA + "/comparison?standard=" + countyB, editorA);
        assertEquals(404, againstB.status(), againstB.text());
        assertFalse(againstB.text().contains(marker));
        assertEquals(404, Api.get(API + "/units/" + countyB + "/comparison?standard=" + province, editorA).status());
        assertEquals(200, Api.get(API + "/units/" + countyA + "/comparison?standard=" + countyB, root).status(),
                "the installation's administrator compares any two lists");
    }

    @Test
    void countyAsVersionComparesWithItsOwnVersionsButNotWithCountyBs() {
        long versionA = publish(countyA, root);
        long versionB = publish(countyB, root);
        Api.Reply own = Api.get(API + "/versions/" + versionA + "/comparison?against=" + versionA, editorA);
        assertEquals(200, own.status(), own.text());
        Api.Reply againstB = Api.get(API + "/versions/" + versionA + "/comparison?against=" + versionB, editorA);
        assertEquals(404, againstB.status(), againstB.text());
        assertFalse(againstB.text().contains(marker));
        Api.Reply rootAgainstB = Api.get(API + "/versions/" + versionA + "/comparison?against=" + versionB, root);
        assertEquals(400, rootAgainstB.status(), "two units' versions are not one list's: " + rootAgainstB.text());
        assertEquals("against", field(rootAgainstB));
        Api.Reply bad = Api.get(API + "/versions/" + versionA + "/comparison?against=latest", editorA);
        assertEquals(400, bad.status(), bad.text());
        assertEquals("against", field(bad));
        assertEquals(404, Api.get(API + "/versions/" + versionB + "/metrics", editorA).status());
    }

    @Test
    void theCertificateRegisterStaysWithinReachAndRefusesABadPeriodNamingTheField() {
        Api.Reply own = Api.get(API + "/units/" + countyA + "/certificates?from=2019-01-01&to=2019-12-31", editorA);
        assertEquals(200, own.status(), own.text());
        assertEquals(2, own.json().path("items").asInt(), own.text());
        assertEquals(200, Api.get(API + "/units/" + countyA + "/certificates?format=xlsx", editorA).status());
        Api.Reply other = Api.get(API + "/units/" + countyB + "/certificates", editorA);
        assertEquals(404, other.status());
        assertFalse(other.text().contains(marker));
        Api.Reply bad = Api.get(API + "/units/" + countyA + "/certificates?from=2019-13-01", editorA);
        assertEquals(400, bad.status(), bad.text());
        assertEquals("from", field(bad));
        Api.Reply backwards = Api.get(API + "/units/" + countyA + "/certificates?from=2020-01-01&to=2019-01-01",
                editorA);
        assertEquals(400, backwards.status(), backwards.text());
        assertEquals("to", field(backwards));
    }

    static long publish(long unit, String token) {
        Api.Reply v = Api.post(API + "/units/" + unit + "/versions", token,
                Api.json(Map.of("effectiveDate", "2027-03-01", "note", "比对")));
        assertEquals(201, v.status(), v.text());
        return v.json().path("id").asLong();
    }

    @Test
    void countyAsExportsAndSearchesHoldNothingOfCountyB() {
        Api.Reply csv = Api.get(API + "/items?format=csv&unitId=" + countyA, editorA);
        assertEquals(200, csv.status(), csv.text());
        assertTrue(csv.text().contains("甲县"), csv.text());
        assertFalse(csv.text().contains(marker));
        assertEquals(404, Api.get(API + "/items?format=csv&unitId=" + countyB, editorA).status());
        assertEquals(404, Api.get(API + "/items?format=xlsx&unitId=" + countyB, editorA).status());
        assertEquals(404, Api.get(API + "/items?unitId=" + countyB, editorA).status());

        JsonNode all = Api.get(API + "/items?size=1000", editorA).json();
        assertEquals(2, all.path("total").asInt(), "without a unit: A's two items only, " + all);
        assertEquals(0, Api.get(API + "/items?q=" + marker, editorA).json().path("total").asInt());
        assertEquals(2, Api.get(API + "/items?q=" + marker, root).json().path("total").asInt());
        assertEquals(0, Api.get(API + "/items?mainItemId=" + mainB, editorA).json().path("total").asInt());
    }

    @Test
    void aDeletedItemsHistoryStaysWithinItsUnitsReach() {
        long doomed = MattersReachCases.created(root, mainB);
        assertEquals(204, Api.delete(API + "/items/" + doomed, root).status());
        assertEquals(200, Api.get(API + "/items/" + doomed + "/history", root).status());
        Api.Reply asA = Api.get(API + "/items/" + doomed + "/history", editorA);
        assertEquals(404, asA.status(), asA.text());
        assertEquals(404, Api.get(API + "/items/" + itemB + "/history", editorA).status());
        assertEquals(200, Api.get(API + "/items/" + itemA + "/history", editorA).status());
    }

    @Test
    void citizensStillReadEveryUnitsGuide() {
        Api.Reply index = Api.get("/guide/matters/units/" + countyB, null);
        assertEquals(200, index.status(), index.text());
        assertTrue(index.text().contains(marker));
        Api.Reply guide = Api.get("/guide/matters/" + itemB, null);
        assertEquals(200, guide.status(), guide.text());
        assertTrue(guide.text().contains(marker));
    }
}
