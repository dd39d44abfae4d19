package org.xingfeng.matters.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.ReachMatrix.Call;
import org.xingfeng.platform.testing.ReachMatrix.Case;
import org.xingfeng.platform.testing.ReachMatrix.Listed;
import org.xingfeng.platform.testing.ReachMatrix.Scoped;
import org.xingfeng.platform.testing.ReachMatrix.Unscoped;
import org.xingfeng.platform.testing.ReachMatrix.World;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reach cases of the matters module's operations, added to the platform's. County A's officer holds the editor
 * role; counties A and B each have a small list and a published version, imported by the installation's
 * administrator ({@link #fixtures}); B's names carry the world's marker.
 */
final class MattersReachCases {

    private static final String API = "/api/v1/matters";
    static final String HEADER = "序号,主项名称,主项类别,子项名称,办理层级,设定依据,办理材料明细,办理时限,办事流程,备注\n";

    private MattersReachCases() {
    }

    /** The roles county A's officer needs for these cases. */
    static List<String> officerRoles() {
        return List.of(MatterItemService.EDITOR_ROLE);
    }

    /** A small list of two sub-items under one main item, every name starting with {@code prefix}. */
    static String list(String prefix) {
        return HEADER + "1," + prefix + "参保登记,公共服务," + prefix + "单位参保登记,C,《社会保险法》,营业执照；经办人身份证,即时办结,受理—办结,\n"
                + "2,,公共服务," + prefix + "个人参保登记,C,,居民身份证,5个工作日,受理—审核—办结,\n";
    }

    /**
     * Lists for counties A and B (B's names carry the marker), each published once, by the installation's
     * administrator; their ids in {@code w.ids}: mainA, itemA, mainB, itemB, versionA, versionB.
     */
    static void fixtures(World w) {
        importList(w.root, w.countyA, "甲县" + Api.unique());
        put(w, "A", w.countyA);
        importList(w.root, w.countyB, "乙县" + w.markerB);
        put(w, "B", w.countyB);
    }

    private static void importList(String token, long unit, String prefix) {
        Api.Reply r = Api.send("POST", API + "/units/" + unit + "/import", token, "text/csv; charset=utf-8",
                list(prefix).getBytes(StandardCharsets.UTF_8), Map.of());
        if (r.status() != 200) {
            throw new AssertionError("import the list of unit " + unit + ": " + r.status() + " " + r.text());
        }
    }

    private static void put(World w, String side, long unit) {
        JsonNode mains = Api.get(API + "/units/" + unit + "/main-items", w.root).json();
        w.ids.put("main" + side, mains.get(0).path("id").asLong());
        JsonNode items = Api.get(API + "/items?unitId=" + unit, w.root).json().path("items");
        w.ids.put("item" + side, items.get(0).path("id").asLong());
        Api.Reply v = Api.post(API + "/units/" + unit + "/versions", w.root,
                Api.json(Map.of("effectiveDate", "2027-01-01", "note", "首版")));
        if (v.status() != 201) {
            throw new AssertionError("publish the list of unit " + unit + ": " + v.status() + " " + v.text());
        }
        w.ids.put("version" + side, v.json().path("id").asLong());
    }

    static Map<String, Case> cases() {
        Map<String, Case> c = new LinkedHashMap<>();
        c.put("GET " + API + "/items", new Listed(w -> Call.get(API + "/items?size=1000&q=" + w.markerB, w.officerA),
                w -> Call.get(API + "/items?size=1000&q=" + w.markerB, w.root)));
        c.put("GET " + API + "/items/{id}", new Scoped(w -> Call.get(API + "/items/" + w.id("itemA"), w.officerA),
                w -> Call.get(API + "/items/" + w.id("itemB"), w.officerA)));
        c.put("GET " + API + "/items/{id}/history", new Scoped(
                w -> Call.get(API + "/items/" + w.id("itemA") + "/history", w.officerA),
                w -> Call.get(API + "/items/" + w.id("itemB") + "/history", w.officerA)));
        c.put("POST " + API + "/items", new Scoped(
                w -> Call.json("POST", API + "/items", w.officerA, draft(w.id("mainA"), "新增子项" + Api.unique())),
                w -> Call.json("POST", API + "/items", w.officerA, draft(w.id("mainB"), "越界子项" + Api.unique())),
                Set.of(400)));
        c.put("PUT " + API + "/items/{id}", new Scoped(
                w -> Call.json("PUT", API + "/items/" + w.id("itemA"), w.officerA,
                        draft(w.id("mainA"), "改名子项" + Api.unique())),
                w -> Call.json("PUT", API + "/items/" + w.id("itemB"), w.officerA,
                        draft(w.id("mainB"), "改名子项" + Api.unique()))));
        c.put("DELETE " + API + "/items/{id}", new Scoped(
                w -> Call.delete(API + "/items/" + created(w.root, w.id("mainA")), w.officerA),
                w -> Call.delete(API + "/items/" + w.id("itemB"), w.officerA)));
        c.put("GET " + API + "/units/{unitId}/main-items", new Scoped(
                w -> Call.get(API + "/units/" + w.countyA + "/main-items", w.officerA),
                w -> Call.get(API + "/units/" + w.countyB + "/main-items", w.officerA)));
        c.put("POST " + API + "/units/{unitId}/import", new Scoped(
                w -> new Call("POST", API + "/units/" + w.countyA + "/import?dryRun=true", w.officerA, "text/csv",
                        list("甲县" + Api.unique()).getBytes(StandardCharsets.UTF_8)),
                w -> new Call("POST", API + "/units/" + w.countyB + "/import", w.officerA, "text/csv",
                        list("越界" + Api.unique()).getBytes(StandardCharsets.UTF_8))));
        c.put("GET " + API + "/units/{unitId}/versions", new Scoped(
                w -> Call.get(API + "/units/" + w.countyA + "/versions", w.officerA),
                w -> Call.get(API + "/units/" + w.countyB + "/versions", w.officerA)));
        c.put("POST " + API + "/units/{unitId}/versions", new Scoped(
                w -> Call.json("POST", API + "/units/" + w.countyA + "/versions", w.officerA,
                        Map.of("effectiveDate", "2027-02-01", "note", "甲县再版")),
                w -> Call.json("POST", API + "/units/" + w.countyB + "/versions", w.officerA,
                        Map.of("effectiveDate", "2027-02-01", "note", "越界发布"))));
        c.put("GET " + API + "/versions/{versionId}/items", new Scoped(
                w -> Call.get(API + "/versions/" + w.id("versionA") + "/items", w.officerA),
                w -> Call.get(API + "/versions/" + w.id("versionB") + "/items", w.officerA)));
        c.put("GET " + API + "/versions/{versionId}/metrics", new Scoped(
                w -> Call.get(API + "/versions/" + w.id("versionA") + "/metrics", w.officerA),
                w -> Call.get(API + "/versions/" + w.id("versionB") + "/metrics", w.officerA)));
        c.put("GET " + API + "/versions/{versionId}/comparison", new Scoped(
                w -> Call.get(API + "/versions/" + w.id("versionA") + "/comparison", w.officerA),
                w -> Call.get(API + "/versions/" + w.id("versionB") + "/comparison", w.officerA)));
        c.put("GET " + API + "/units/{unitId}/certificates", new Scoped(
                w -> Call.get(API + "/units/" + w.countyA + "/certificates", w.officerA),
                w -> Call.get(API + "/units/" + w.countyB + "/certificates", w.officerA)));
        c.put("GET " + API + "/units/{unitId}/comparison", new Scoped(
                w -> Call.get(API + "/units/" + w.countyA + "/comparison?standard=" + w.city, w.officerA),
                w -> Call.get(API + "/units/" + w.countyB + "/comparison?standard=" + w.city, w.officerA)));
        c.put("GET " + API + "/units/{unitId}/metrics", new Scoped(
                w -> Call.get(API + "/units/" + w.countyA + "/metrics", w.officerA),
                w -> Call.get(API + "/units/" + w.countyB + "/metrics", w.officerA)));
        c.put("GET /guide/matters/units/{unitId}",
                new Unscoped("the citizens' guide: a unit's published list is public"));
        c.put("GET /guide/matters/{id}", new Unscoped("the citizens' guide: a matter's published guide is public"));
        return c;
    }

    /** What the whole installation's administrator reads of county B's list, to show refused calls changed nothing. */
    static List<String> snapshotPaths(World w) {
        return List.of(API + "/items?size=1000&unitId=" + w.countyB, API + "/units/" + w.countyB + "/main-items",
                API + "/units/" + w.countyB + "/versions", API + "/items/" + w.id("itemB") + "/history");
    }

    static Map<String, Object> draft(long mainItemId, String name) {
        return Map.of("mainItemId", mainItemId, "name", name, "levels", List.of("C"));
    }

    /** A new sub-item under the main item, made by the given token; its id. */
    static long created(String token, long mainItemId) {
        Api.Reply r = Api.post(API + "/items", token, Api.json(draft(mainItemId, "待删子项" + Api.unique())));
        if (r.status() != 201) {
            throw new AssertionError("create an item: " + r.status() + " " + r.text());
        }
        return r.json().path("id").asLong();
    }
}
