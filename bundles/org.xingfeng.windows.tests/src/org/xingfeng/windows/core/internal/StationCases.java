package org.xingfeng.windows.core.internal;

import java.util.List;
import java.util.Map;

import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.ReachMatrix;
import org.xingfeng.platform.testing.ReachMatrix.Call;
import org.xingfeng.platform.testing.ReachMatrix.Case;
import org.xingfeng.platform.testing.ReachMatrix.Scoped;
import org.xingfeng.platform.testing.ReachMatrix.Unscoped;
import org.xingfeng.platform.testing.ReachMatrix.World;

/**
 * The reach cases of the window stars, the yearly selection and the station network (kept apart from the queue's):
 * a village in A's township and one in county B (named with the world's marker).
 */
final class StationCases {

    private static final String API = WindowsFixtures.API;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private StationCases() {
    }

    static void fixtures(World w) {
        w.ids.put("villageA", village(w.root, w.townA, "甲村"));
        w.ids.put("villageB", village(w.root, w.countyB, "乙村" + w.markerB));
    }

    static Map<String, Object> villageDraft(long unit, String name) {
        return Map.of("unitId", unit, "code", "V" + Api.unique(), "name", name, "latitude", 31.1, "longitude", 105.1,
                "population", 1200);
    }

    static long village(String token, long unit, String name) {
        return WindowsFixtures.ok(Api.post(API + "/villages", token, Api.json(villageDraft(unit, name))), 201,
                "create a village").path("id").asLong();
    }

    /** A one-row import into the unit, by its code as it is when the call is made (the platform's cases change it). */
    private static Call importCall(World w, long unit) {
        String unitCode = Api.get("/api/v1/org/units/" + unit, w.root).json().path("code").asText();
        byte[] file = ReachMatrix.xlsx(List.of("编码", "名称", "所属单位编码", "纬度", "经度", "人口"),
                List.of(List.of("V" + Api.unique(), "导入村", unitCode, "31.2", "105.2", "900")));
        return new Call("POST", API + "/villages/import", w.officerA, XLSX, file);
    }

    static void cases(Map<String, Case> c) {
        c.put("GET " + API + "/stars", new Scoped(
                w -> Call.get(API + "/stars?year=2026&unitId=" + w.countyA, w.officerA),
                w -> Call.get(API + "/stars?year=2026&unitId=" + w.countyB, w.officerA)));
        c.put("GET " + API + "/stars/selection", new Scoped(
                w -> Call.get(API + "/stars/selection?year=2026&unitId=" + w.countyA, w.officerA),
                w -> Call.get(API + "/stars/selection?year=2026&unitId=" + w.countyB, w.officerA)));
        c.put("GET " + API + "/stations", new Scoped(
                w -> Call.get(API + "/stations?unitId=" + w.countyA, w.officerA),
                w -> Call.get(API + "/stations?unitId=" + w.countyB, w.officerA)));
        c.put("GET " + API + "/stations/{unitId}", new Scoped(
                w -> Call.get(API + "/stations/" + w.townA, w.officerA),
                w -> Call.get(API + "/stations/" + w.countyB, w.officerA)));
        c.put("PUT " + API + "/stations/{unitId}", new Scoped(
                w -> Call.json("PUT", API + "/stations/" + w.townA, w.officerA,
                        Map.of("latitude", 31.1, "longitude", 105.1, "openingHours", "09:00-17:00", "matterCodes",
                                List.of("M1"))),
                w -> Call.json("PUT", API + "/stations/" + w.countyB, w.officerA,
                        Map.of("latitude", 31.1, "longitude", 105.1))));
        c.put("GET " + API + "/stations/coverage", new Scoped(
                w -> Call.get(API + "/stations/coverage?unitId=" + w.countyA, w.officerA),
                w -> Call.get(API + "/stations/coverage?unitId=" + w.countyB, w.officerA)));
        c.put("GET " + API + "/stations/map-settings",
                new Unscoped("the map's reach settings and tile server are configuration, the same for every unit"));
        c.put("GET " + API + "/villages", new Scoped(w -> Call.get(API + "/villages?unitId=" + w.countyA, w.officerA),
                w -> Call.get(API + "/villages?unitId=" + w.countyB, w.officerA)));
        c.put("GET " + API + "/villages/{id}", new Scoped(
                w -> Call.get(API + "/villages/" + w.id("villageA"), w.officerA),
                w -> Call.get(API + "/villages/" + w.id("villageB"), w.officerA)));
        c.put("POST " + API + "/villages", new Scoped(
                w -> Call.json("POST", API + "/villages", w.officerA, villageDraft(w.townA, "甲新村")),
                w -> Call.json("POST", API + "/villages", w.officerA, villageDraft(w.countyB, "乙新村")),
                java.util.Set.of(400)));
        c.put("PUT " + API + "/villages/{id}", new Scoped(
                w -> Call.json("PUT", API + "/villages/" + w.id("villageA"), w.officerA,
                        villageDraft(w.townA, "甲村改")),
                w -> Call.json("PUT", API + "/villages/" + w.id("villageB"), w.officerA,
                        villageDraft(w.countyA, "乙村改"))));
        c.put("DELETE " + API + "/villages/{id}", new Scoped(
                w -> Call.delete(API + "/villages/" + village(w.root, w.townA, "甲删村"), w.officerA),
                w -> Call.delete(API + "/villages/" + w.id("villageB"), w.officerA)));
        c.put("POST " + API + "/villages/import", new Scoped(w -> importCall(w, w.townA),
                w -> importCall(w, w.countyB), java.util.Set.of(422)));
        String page = "the station map's page and its files (Leaflet's among them): no data, which come from the staff's"
                + " operations above after the sign-in on the page";
        for (String op : List.of("GET /stations-map", "GET /stations-map/assets/{name}",
                "GET /stations-map/leaflet/{file}")) {
            c.put(op, new Unscoped(page));
        }
    }
}
