package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.matters.testing.SeedList;
import org.xingfeng.platform.api.spreadsheet.Csv;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A unit's list exported and imported back into the same unit, over REST, changes no element of any item: materials
 * fetched by data sharing (减证便民), copies, forms and cancelled materials with their basis and date included, in CSV
 * and in XLSX. A file in the ten columns of attachment 1 changes only the elements it has columns for.
 */
class ListRoundTripIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static String admin;
    static String editor;

    @BeforeAll
    static void setUp() throws InterruptedException {
        Api.awaitReady();
        long deadline = System.currentTimeMillis() + 60_000;
        while (Api.get("/api/v1/matters/items", null).status() != 401 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        admin = Api.admin();
        editor = Fixtures.userWithRoles(admin, "roundtrip." + Api.unique(), List.of("matters.editor", "staff"));
    }

    static Api.Reply upload(long unit, byte[] file, String type) {
        Api.Reply r = Api.send("POST", "/api/v1/matters/units/" + unit + "/import?dryRun=false", editor, type, file,
                Map.of());
        assertEquals(200, r.status(), r.text());
        return r;
    }

    /** Every item of the unit with every field, ordered by id; the levels (a set) sorted. */
    static JsonNode items(long unit) {
        JsonNode page = Api.get("/api/v1/matters/items?size=1000&unitId=" + unit, editor).json();
        List<JsonNode> items = new ArrayList<>();
        page.path("items").forEach(items::add);
        items.sort((a, b) -> Long.compare(a.path("id").asLong(), b.path("id").asLong()));
        ArrayNode sorted = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
        for (JsonNode item : items) {
            ObjectNode copy = item.deepCopy();
            List<String> levels = new ArrayList<>();
            item.path("levels").forEach(l -> levels.add(l.asText()));
            ArrayNode sortedLevels = copy.putArray("levels");
            levels.stream().sorted().forEach(sortedLevels::add);
            sorted.add(copy);
        }
        return sorted;
    }

    static Map<String, Object> material(String name, String form, int copies, boolean shared, String basis,
            String on) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("form", form);
        m.put("copies", copies);
        m.put("sharedData", shared);
        m.put("cancelledBasis", basis);
        m.put("cancelledOn", on);
        return m;
    }

    /** Gives the item every element a reviewer would try, through the editor's REST call. */
    static void fillIn(JsonNode item) {
        Map<String, Object> d = new HashMap<>();
        d.put("mainItemId", item.path("mainItemId").asLong());
        d.put("name", item.path("name").asText());
        d.put("basicCode", item.path("basicCode").asText());
        d.put("implementationCode", "510703-本局自编-001");
        d.put("levels", List.of("A", "C"));
        d.put("legalBasis", "《中华人民共和国社会保险法》第五十七条\n《四川省医疗保障经办规程》第十二条");
        d.put("materials", List.of(material("《医疗保险变更登记表》", "原件", 2, false, null, null),
                material("营业执照", "复印件", 2, false, null, null),
                material("居民身份证", "原件及复印件", 1, true, null, null),
                material("社区居住证明", "原件", 1, false, "《国务院办公厅关于做好证明事项清理工作的通知》（国办发〔2018〕47号）", "2019-10-25"),
                material("经办人授权委托书", null, 0, true, "本局减证便民决定 第2号", "2020-06-30")));
        d.put("conditions", "1. 已在本统筹区参保的单位；\n2. 参保信息发生变化,  且已在登记机关变更");
        d.put("timeLimit", Map.of("onTheSpot", false, "workingDays", 3, "maxWorkingDays", 5, "legalWorkingDays", 20));
        d.put("steps", List.of("申请", "受理（窗口）", "审核", "办结"));
        d.put("place", "县医保服务大厅 3 号窗口");
        d.put("consultation", "0816-1234567");
        d.put("complaint", "12345 政务服务热线");
        d.put("fees", "不收费");
        d.put("remarks", "=HYPERLINK(\"x\")，请本人办理");
        d.put("channels", List.of("WINDOW", "ONLINE", "POST"));
        d.put("serviceStandard", "材料齐全当场受理；\n3个工作日内办结，结果短信告知");
        Api.Reply r = Api.put("/api/v1/matters/items/" + item.path("id").asLong(), editor, Api.json(d));
        assertEquals(200, r.status(), r.text());
    }

    @Test
    void anExportImportedBackChangesNoElementOfAnyItemAndATenColumnFileOnlyItsColumns() throws Exception {
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        upload(unit, SeedList.csv(), "text/csv");
        JsonNode seeded = items(unit);
        assertEquals(46, seeded.size());
        JsonNode target = null;
        for (JsonNode item : seeded) {
            if (item.path("name").asText().equals("单位参保信息变更申报")) {
                target = item;
            }
        }
        fillIn(target);
        JsonNode before = items(unit);
        String guide = Api.get("/guide/matters/" + target.path("id").asLong(), null).text();
        assertTrue(guide.contains("以下材料通过数据共享获取，无需提交，经办人员内部核验：居民身份证"), guide);
        assertTrue(!guide.contains("<td>社区居住证明</td>"), "a cancelled material is not asked for: " + guide);
        assertTrue(guide.contains("承诺3-5个工作日（法定20个工作日）"), "a range and the legal limit: " + guide);
        JsonNode register = Api.get("/api/v1/matters/units/" + unit + "/certificates?from=2019-01-01", editor).json();
        assertEquals(2, register.path("cancelledInPeriod").asInt(), register.toString());
        JsonNode residence = register.path("entries").get(0);
        assertEquals("社区居住证明", residence.path("material").asText(), register.toString());
        assertEquals("2019-10-25", residence.path("date").asText());
        assertEquals(target.path("id").asLong(), residence.path("items").get(0).path("id").asLong());
        assertEquals(46, register.path("items").asInt());

        Api.Reply csv = Api.get("/api/v1/matters/items?format=csv&unitId=" + unit, editor);
        assertEquals(200, csv.status());
        JsonNode report = upload(unit, csv.bytes(), "text/csv").json();
        assertEquals(46, report.path("updated").asInt(), report.toString());
        assertEquals(0, report.path("created").asInt(), report.toString());
        assertEquals(before, items(unit), "a CSV export imported back changes nothing");

        Api.Reply xlsx = Api.get("/api/v1/matters/items?format=xlsx&unitId=" + unit, editor);
        assertEquals(200, xlsx.status());
        assertEquals(46, upload(unit, xlsx.bytes(), XLSX).json().path("updated").asInt());
        assertEquals(before, items(unit), "an XLSX export imported back changes nothing");

        // the export cut to attachment 1's ten columns: the other elements stay, materials keep their details
        List<List<String>> rows = Csv.parse(new String(csv.bytes(), StandardCharsets.UTF_8));
        assertEquals("办理材料详情", rows.get(0).get(17), rows.get(0).toString());
        ByteArrayOutputStream ten = new ByteArrayOutputStream();
        for (List<String> row : rows) {
            ten.writeBytes(Csv.line(row.subList(0, 10)).getBytes(StandardCharsets.UTF_8));
        }
        upload(unit, ten.toByteArray(), "text/csv");
        assertEquals(before, items(unit), "a file of attachment 1's ten columns blanks nothing it lacks");

        // the seed's own file: its time limits, steps and materials' names, nothing else
        upload(unit, SeedList.csv(), "text/csv");
        JsonNode after = Api.get("/api/v1/matters/items/" + target.path("id").asLong(), editor).json();
        JsonNode filled = null;
        for (JsonNode item : before) {
            if (item.path("id").asLong() == target.path("id").asLong()) {
                filled = item;
            }
        }
        for (String kept : List.of("conditions", "place", "consultation", "complaint", "fees", "implementationCode",
                "basicCode", "channels", "serviceStandard")) {
            assertEquals(filled.path(kept), after.path(kept), kept + " stays as it was");
        }
        for (String promise : List.of("onTheSpot", "workingDays", "maxWorkingDays")) {
            assertEquals(target.path("timeLimit").path(promise), after.path("timeLimit").path(promise),
                    "the seed's time limit is the file's: " + after.path("timeLimit"));
        }
        assertEquals(20, after.path("timeLimit").path("legalWorkingDays").asInt(),
                "the legal limit stays: the seed's file has no column for it");
        assertEquals(target.path("steps"), after.path("steps"));
        assertEquals(1, after.path("materials").size(), after.toString());
        assertEquals(filled.path("materials").get(0), after.path("materials").get(0),
                "the material the file names keeps its details");
        assertTrue(after.path("remarks").asText().equals("填报参照示例"), after.toString());
    }

    @Test
    void badMaterialDetailsAreRefusedNamingTheRowAndColumnAndNothingChanges() {
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        String good = "序号,主项名称,主项类别,子项名称,基本编码,办理材料明细,办理材料详情\n"
                + "1,门诊慢特病待遇认定,确定,门诊慢特病认定,000211003000,申请表；身份证,\"申请表｜原件｜1份\n身份证｜复印件｜2份｜数据共享\"\n";
        upload(unit, good.getBytes(StandardCharsets.UTF_8), "text/csv");
        JsonNode before = items(unit);
        JsonNode materials = before.get(0).path("materials");
        assertEquals(2, materials.get(1).path("copies").asInt(), materials.toString());
        assertTrue(materials.get(1).path("sharedData").asBoolean(), materials.toString());

        String bad = good.replace("2份｜数据共享", "两份｜数据共享") + "2,,,门诊慢特病复核,,,\"证明｜原件｜1份｜｜依据\"\n";
        Api.Reply r = Api.send("POST", "/api/v1/matters/units/" + unit + "/import", editor, "text/csv",
                bad.getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(422, r.status(), r.text());
        JsonNode errors = r.json().path("errors");
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(2, errors.get(0).path("row").asInt());
        assertEquals("办理材料详情", errors.get(0).path("column").asText());
        assertEquals(3, errors.get(1).path("row").asInt());
        assertEquals(before, items(unit), "a refused file changes nothing");
    }
}
