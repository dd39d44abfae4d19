package org.xingfeng.publicity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xingfeng.publicity.core.internal.PublicityFixtures.API;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.publicity.api.PublicityRoles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A city's campaign month over HTTP: the counties and townships taking part record activities, the outputs roll up the
 * org tree (hand-worked), a county sees the city's campaign and its own activities only, lists export as XLSX, and bad
 * input is a JSON 400 naming the field, nothing changed.
 */
class CampaignsIT {

    static final String CAMPAIGNS = API + "/campaigns";

    static String admin;
    static String countyEditor;
    static long city;
    static long county;
    static long town;
    static long other;
    static long campaign;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        city = Fixtures.createUnit(admin, null, "CITY").path("id").asLong();
        county = Fixtures.createUnit(admin, city, "COUNTY").path("id").asLong();
        town = Fixtures.createUnit(admin, county, "TOWNSHIP").path("id").asLong();
        other = Fixtures.createUnit(admin, city, "COUNTY").path("id").asLong();
        countyEditor = Fixtures.userAt(admin, "pub.ce." + Api.unique(), List.of(PublicityRoles.EDITOR, "staff"),
                county, null);
        campaign = PublicityFixtures.campaign(admin, city, "医保政策进万家集中宣传月");
        // county 2 activities (one at the township): 300 + 200 leaflets; the other county 1 activity of 50
        PublicityFixtures.activity(countyEditor, campaign, county, 300, 120);
        PublicityFixtures.activity(countyEditor, campaign, town, 200, 80);
        PublicityFixtures.activity(admin, campaign, other, 50, 40);
    }

    static Map<Long, JsonNode> byUnit(JsonNode rows) {
        Map<Long, JsonNode> m = new HashMap<>();
        rows.forEach(r -> m.put(r.path("unitId").asLong(), r));
        return m;
    }

    @Test
    void outputsRollUpTheOrgTreeWithinReach() {
        JsonNode asCity = PublicityFixtures.ok(Api.get(CAMPAIGNS + "/" + campaign + "/rollup", admin), 200, "rollup");
        Map<Long, JsonNode> rows = byUnit(asCity);
        assertEquals(city, asCity.get(0).path("unitId").asLong());
        assertEquals(3, rows.get(city).path("total").path("activities").asInt());
        assertEquals(550, rows.get(city).path("total").path("leaflets").asInt());
        assertEquals(240, rows.get(city).path("total").path("peopleReached").asInt());
        assertEquals(0, rows.get(city).path("own").path("activities").asInt());
        assertEquals(500, rows.get(county).path("total").path("leaflets").asInt());
        assertEquals(300, rows.get(county).path("own").path("leaflets").asInt());
        assertEquals(2, rows.get(county).path("total").path("sessions").asInt());
        assertEquals(200, rows.get(town).path("total").path("leaflets").asInt());
        assertEquals(2, rows.get(town).path("depth").asInt());
        // the county's editor: the city's campaign, rolled up from the county down, nothing of the other county
        JsonNode asCounty = PublicityFixtures.ok(Api.get(CAMPAIGNS + "/" + campaign + "/rollup", countyEditor), 200,
                "rollup as the county");
        assertEquals(county, asCounty.get(0).path("unitId").asLong());
        assertEquals(2, asCounty.size());
        assertEquals(500, asCounty.get(0).path("total").path("leaflets").asInt());
        assertEquals(2, PublicityFixtures
                .ok(Api.get(CAMPAIGNS + "/" + campaign + "/activities", countyEditor), 200, "activities").size());
        assertEquals(404, Api.get(CAMPAIGNS + "/" + campaign + "/rollup?unitId=" + other, countyEditor).status());
    }

    @Test
    void theCountySeesTheCitysCampaignButCannotChangeIt() {
        JsonNode list = PublicityFixtures.ok(Api.get(CAMPAIGNS + "?size=100", countyEditor), 200, "list");
        boolean found = false;
        for (JsonNode c : list.path("items")) {
            found |= c.path("id").asLong() == campaign;
        }
        assertEquals(true, found);
        assertEquals(200, Api.get(CAMPAIGNS + "/" + campaign, countyEditor).status());
        assertEquals(404, Api.put(CAMPAIGNS + "/" + campaign, countyEditor,
                Api.json(PublicityFixtures.campaignDraft(city, "改"))).status());
        // an activity of the other county is not the county's to record
        Api.Reply r = Api.post(CAMPAIGNS + "/" + campaign + "/activities", countyEditor,
                Api.json(PublicityFixtures.activityDraft(other, 1, 1)));
        assertEquals(400, r.status());
        assertEquals("unitId", r.json().path("details").get(0).path("field").asText());
    }

    @Test
    void listsAsXlsx() throws Exception {
        Api.Reply r = Api.get(CAMPAIGNS + "/" + campaign + "/rollup?format=xlsx", admin);
        assertEquals(200, r.status());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("单位", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(550, (int) s.getRow(1).getCell(2).getNumericCellValue());
        }
        Api.Reply activities = Api.get(CAMPAIGNS + "/" + campaign + "/activities?format=xlsx", admin);
        assertEquals(200, activities.status());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(activities.bytes()))) {
            assertEquals(3, wb.getSheetAt(0).getLastRowNum());
        }
        assertEquals(200, Api.get(CAMPAIGNS + "?format=xlsx&unitId=" + city, admin).status());
    }

    @Test
    void anActivityIsChangedAndDeleted() {
        long id = PublicityFixtures.activity(countyEditor, campaign, town, 5, 5);
        JsonNode changed = PublicityFixtures.ok(Api.put(CAMPAIGNS + "/activities/" + id, countyEditor,
                Api.json(PublicityFixtures.activityDraft(town, 7, 9))), 200, "update");
        assertEquals(7, changed.path("outputs").path("leaflets").asInt());
        assertEquals(204, Api.delete(CAMPAIGNS + "/activities/" + id, countyEditor).status());
        assertEquals(404, Api.delete(CAMPAIGNS + "/activities/" + id, countyEditor).status());
    }

    record Bad(String method, String path, Map<String, Object> body, String field) {
    }

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new HashMap<>(base);
        m.put(key, value);
        return m;
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        String before = snapshot();
        Map<String, Object> c = PublicityFixtures.campaignDraft(city, "坏");
        Map<String, Object> a = PublicityFixtures.activityDraft(county, 1, 1);
        String acts = CAMPAIGNS + "/" + campaign + "/activities";
        List<Bad> cases = List.of(new Bad("POST", CAMPAIGNS, with(c, "theme", " "), "theme"),
                new Bad("POST", CAMPAIGNS, with(c, "endDate", "2000-01-01"), "endDate"),
                new Bad("POST", CAMPAIGNS, with(c, "channels", List.of()), "channels"),
                new Bad("POST", CAMPAIGNS, with(c, "channels", List.of("PIGEON")), "channels"),
                new Bad("POST", CAMPAIGNS, with(c, "unitId", 999999999), "unitId"),
                new Bad("PUT", CAMPAIGNS + "/" + campaign, with(c, "startDate", "not a date"), "startDate"),
                new Bad("POST", acts, with(a, "date", "2001-01-01"), "date"),
                new Bad("POST", acts, with(a, "leaflets", -5), "leaflets"),
                new Bad("POST", acts, with(a, "venueKind", "MOON"), "venueKind"),
                new Bad("POST", acts, with(a, "venueKind", null), "venueKind"),
                new Bad("POST", acts, with(a, "unitId", 999999999), "unitId"));
        List<String> failures = new ArrayList<>();
        for (Bad bad : cases) {
            Api.Reply r = bad.method().equals("PUT") ? Api.put(bad.path(), admin, Api.json(bad.body()))
                    : Api.post(bad.path(), admin, Api.json(bad.body()));
            if (r.status() != 400) {
                failures.add(bad.path() + " " + bad.field() + " answered " + r.status() + " " + r.text());
                continue;
            }
            boolean named = false;
            for (JsonNode d : r.json().path("details")) {
                named |= d.path("field").asText().startsWith(bad.field());
            }
            if (!named) {
                failures.add(bad.path() + " did not name " + bad.field() + ": " + r.text());
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(before, snapshot());
        assertEquals(400, Api.get(CAMPAIGNS + "?year=x", admin).status());
    }

    static String snapshot() {
        return Api.get(CAMPAIGNS + "?unitId=" + city + "&size=1000", admin).text()
                + Api.get(CAMPAIGNS + "/" + campaign + "/activities", admin).text();
    }
}
