package org.xingfeng.windows.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.platform.testing.ReachMatrix;
import org.xingfeng.windows.api.WindowsRoles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The station network over HTTP on a county of its own: a township station and villages placed by hand, the reach's
 * arithmetic (driving 30 km/h x 15 min / 1.3 = 5.77 km, walking 0.96 km), the matters left to the county hall, the
 * village import with its dry run and bad rows, bad input naming the field, the map page and Leaflet's files.
 */
class StationNetworkIT {

    static final String API = WindowsFixtures.API;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static String root;
    static String officer;
    static long county;
    static long town;
    static String townCode;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        root = Api.admin();
        county = Fixtures.createCounty(root).path("id").asLong();
        JsonNode t = Fixtures.createUnit(root, county, "TOWNSHIP");
        town = t.path("id").asLong();
        townCode = t.path("code").asText();
        officer = Fixtures.userAt(root, "win.st." + Api.unique(), List.of(WindowsRoles.ADMIN, "staff"), county, null);
        WindowsFixtures.ok(Api.put(API + "/stations/" + town, officer, Api.json(Map.of("latitude", 31.0, "longitude",
                104.0, "openingHours", "周一至周五 09:00-17:00", "address", "镇政府一楼", "matterCodes", List.of("SN1")))),
                200, "locate the station");
    }

    static long village(String officer, long town, String name, double lat, double lon, int population) {
        return WindowsFixtures.ok(Api.post(API + "/villages", officer, Api.json(Map.of("unitId", town, "code",
                "SV" + Api.unique(), "name", name, "latitude", lat, "longitude", lon, "population", population))), 201,
                "village").path("id").asLong();
    }

    static JsonNode matter(JsonNode coverage, String code) {
        for (JsonNode m : coverage.path("matters")) {
            if (m.path("matterCode").asText().equals(code)) {
                return m;
            }
        }
        throw new AssertionError("no matter " + code + " in " + coverage);
    }

    @Test
    void coverageAgainstHandWorkedDistances() {
        // a county of its own: the other tests add villages to the shared one
        long county = Fixtures.createCounty(root).path("id").asLong();
        long town = Fixtures.createUnit(root, county, "TOWNSHIP").path("id").asLong();
        String officer = Fixtures.userAt(root, "win.sc." + Api.unique(), List.of(WindowsRoles.ADMIN, "staff"), county,
                null);
        WindowsFixtures.window(root, WindowsFixtures.hall(root, county, "县大厅" + Api.unique()), "1", "SN1", "SN2");
        WindowsFixtures.ok(Api.put(API + "/stations/" + town, officer, Api.json(Map.of("latitude", 31.0, "longitude",
                104.0, "openingHours", "周一至周五 09:00-17:00", "matterCodes", List.of("SN1")))), 200, "station");
        String tag = Api.unique();
        // 0.56 km north of the station; 6.67 km north (beyond 5.77 driving)
        long near = village(officer, town, "近村" + tag, 31.005, 104.0, 1000);
        long far = village(officer, town, "远村" + tag, 31.06, 104.0, 2000);
        JsonNode drive = WindowsFixtures.ok(Api.get(API + "/stations/coverage?unitId=" + county, officer), 200,
                "coverage");
        assertEquals("DRIVING", drive.path("mode").asText());
        assertEquals(5.769, drive.path("reachKm").asDouble(), 0.001);
        JsonNode sn1 = matter(drive, "SN1");
        assertEquals(1, sn1.path("stations").asInt());
        assertEquals(2, sn1.path("villages").asInt());
        assertEquals(1, sn1.path("villagesReached").asInt());
        assertEquals(3000, sn1.path("population").asLong());
        assertEquals(1000, sn1.path("populationCovered").asLong());
        assertEquals(1000.0 / 3000, sn1.path("share").asDouble(), 1e-9);
        assertEquals(List.of(far), ids(sn1.path("outside")));
        // SN2 is handled at the county hall only: no station, nobody covered, and it is listed for the hall
        JsonNode sn2 = matter(drive, "SN2");
        assertEquals(0, sn2.path("stations").asInt());
        assertEquals(0, sn2.path("populationCovered").asLong());
        List<String> hallOnly = new ArrayList<>();
        drive.path("hallOnly").forEach(m -> hallOnly.add(m.path("code").asText()));
        assertEquals(List.of("SN2"), hallOnly);
        // walking: 5 x 15 / 60 / 1.3 = 0.96 km, still the near village
        JsonNode walk = WindowsFixtures.ok(Api.get(API + "/stations/coverage?unitId=" + county
                + "&mode=WALKING&matterCode=SN1", officer), 200, "walking");
        assertEquals(0.962, walk.path("reachKm").asDouble(), 0.001);
        assertEquals(1, walk.path("matters").size());
        assertEquals(List.of(far), ids(matter(walk, "SN1").path("outside")));
        assertTrue(ids(matter(walk, "SN1").path("outside")).size() == 1 && near != far);
        // the station as listed: located, its hours, its matter
        JsonNode station = WindowsFixtures.ok(Api.get(API + "/stations/" + town, officer), 200, "station");
        assertEquals(31.0, station.path("latitude").asDouble(), 1e-9);
        assertEquals("SN1", station.path("matters").get(0).path("code").asText());
        Api.Reply xlsx = Api.get(API + "/stations/coverage?unitId=" + county + "&format=xlsx", officer);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().startsWith(XLSX), xlsx.contentType());
    }

    static List<Long> ids(JsonNode villages) {
        List<Long> ids = new ArrayList<>();
        villages.forEach(v -> ids.add(v.path("id").asLong()));
        return ids;
    }

    @Test
    void villagesImportAllOrNothingWithADryRun() {
        String a = "IV" + Api.unique();
        String b = "IV" + Api.unique();
        List<String> header = List.of("编码", "名称", "所属单位编码", "纬度", "经度", "人口");
        byte[] good = ReachMatrix.xlsx(header, List.of(List.of(a, "甲导入村", townCode, "31.01", "104.01", "1500"),
                List.of(b, "乙导入村", townCode, "31.02", "104.02", "800")));
        int before = Api.get(API + "/villages?unitId=" + county, officer).json().size();
        JsonNode dry = WindowsFixtures.ok(Api.send("POST", API + "/villages/import?dryRun=true", officer, XLSX, good,
                Map.of()), 200, "dry run");
        assertEquals(2, dry.path("created").asInt());
        assertEquals(before, Api.get(API + "/villages?unitId=" + county, officer).json().size(),
                "a dry run stores nothing");
        byte[] bad = ReachMatrix.xlsx(header, List.of(List.of(a, "甲导入村", townCode, "31.01", "104.01", "1500"),
                List.of(b, "", "NOPE" + Api.unique(), "95", "104.02", "-3")));
        Api.Reply refused = Api.send("POST", API + "/villages/import", officer, XLSX, bad, Map.of());
        assertEquals(422, refused.status(), refused.text());
        JsonNode errors = refused.json().path("errors");
        List<String> named = new ArrayList<>();
        errors.forEach(e -> named.add(e.path("row").asInt() + " " + e.path("column").asText()));
        assertTrue(named.containsAll(List.of("3 名称", "3 所属单位编码", "3 纬度", "3 人口")), named.toString());
        assertFalse(named.stream().anyMatch(n -> n.startsWith("2 ")), named.toString());
        assertEquals(before, Api.get(API + "/villages?unitId=" + county, officer).json().size(), "all or nothing");
        JsonNode done = WindowsFixtures.ok(Api.send("POST", API + "/villages/import", officer, XLSX, good, Map.of()),
                200, "import");
        assertEquals(2, done.path("created").asInt());
        assertEquals(before + 2, Api.get(API + "/villages?unitId=" + county, officer).json().size());
        // again: the same codes update
        JsonNode again = WindowsFixtures.ok(Api.send("POST", API + "/villages/import", officer, XLSX, good, Map.of()),
                200, "import again");
        assertEquals(2, again.path("updated").asInt());
        assertEquals(before + 2, Api.get(API + "/villages?unitId=" + county, officer).json().size());
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        String station = Api.get(API + "/stations/" + town, officer).text();
        assertField(Api.put(API + "/stations/" + town, officer, Api.json(Map.of("latitude", 95.0, "longitude", 104.0))),
                "latitude");
        assertField(Api.put(API + "/stations/" + town, officer, Api.json(Map.of("latitude", 31.0))), "longitude");
        assertField(Api.put(API + "/stations/" + town, officer, Api.json(Map.of("matterCodes", List.of("A,B")))),
                "matterCodes[0]");
        assertField(Api.put(API + "/stations/" + county, officer, Api.json(Map.of())), "unitId");
        assertEquals(station, Api.get(API + "/stations/" + town, officer).text());
        int villages = Api.get(API + "/villages?unitId=" + county, officer).json().size();
        assertField(Api.post(API + "/villages", officer, Api.json(Map.of("unitId", town, "code", "X" + Api.unique(),
                "name", "村", "latitude", 31.0, "longitude", 104.0))), "population");
        assertField(Api.post(API + "/villages", officer, Api.json(Map.of("unitId", town, "code", "X" + Api.unique(),
                "name", "村", "latitude", 31.0, "longitude", 190.0, "population", 10))), "longitude");
        assertEquals(villages, Api.get(API + "/villages?unitId=" + county, officer).json().size());
        assertField(Api.get(API + "/stations/coverage?unitId=" + county + "&mode=FLYING", officer), "mode");
        assertField(Api.get(API + "/stations/coverage?unitId=abc", officer), "unitId");
        assertField(Api.sendOnNewConnection("POST", API + "/villages/import?dryRun=perhaps", officer, XLSX,
                ReachMatrix.xlsx(List.of("编码"), List.of()), Map.of()), "dryRun");
        assertEquals(404, Api.get(API + "/stations/999999999", officer).status());
        assertEquals(404, Api.get(API + "/villages/999999999", officer).status());
    }

    static void assertField(Api.Reply r, String field) {
        assertEquals(400, r.status(), r.text());
        assertTrue(r.text().contains("\"field\":\"" + field + "\""), r.text());
    }

    @Test
    void theMapPageAndLeafletsFilesAreServedFromTheServer() {
        Api.Reply page = Api.get("/stations-map", null);
        assertEquals(200, page.status());
        assertTrue(page.text().contains("便民服务站网络"), page.text());
        assertTrue(page.text().contains("/stations-map/leaflet/leaflet.js"));
        assertTrue(Api.get("/stations-map?lang=en", null).text().contains("Service station network"));
        Api.Reply js = Api.get("/stations-map/leaflet/leaflet.js", null);
        assertEquals(200, js.status());
        assertTrue(js.text().contains("Leaflet"), "Leaflet's own script");
        assertEquals(200, Api.get("/stations-map/leaflet/leaflet.css", null).status());
        assertEquals(200, Api.get("/stations-map/leaflet/images/marker-icon.png", null).status());
        assertEquals(404, Api.get("/stations-map/leaflet/package.json", null).status());
        assertEquals(404, Api.get("/stations-map/assets/secret.txt", null).status());
        assertEquals(200, Api.get("/stations-map/assets/map.js", null).status());
        JsonNode settings = WindowsFixtures.ok(Api.get(API + "/stations/map-settings", officer), 200, "settings");
        assertEquals("", settings.path("tileUrl").asText(), "no tile server by default: works offline");
        assertEquals(15, settings.path("reachMinutes").asInt());
    }
}
