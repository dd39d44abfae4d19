package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Chromium;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The guide in English, Chinese first: an item's English name, basis, conditions, steps and materials' names shown
 * to an English reader, the Chinese where an English text is missing with a note naming what; the Chinese guide as it
 * was; the English texts carried by the XLSX export and import unchanged, and edited over REST with bad ones refused
 * naming the field.
 */
class EnglishGuideIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Map<String, String> ENGLISH = Map.of("Accept-Language", "en-GB,en;q=0.9");
    /** One item with English texts (the identity card's English name left out), one with none. */
    static final String CSV = "序号,主项名称,主项类别,子项名称,办理层级,设定依据,办理材料明细,办理时限,办事流程,受理条件,办理材料详情,"
            + "英文名称,英文设定依据,英文受理条件,英文办事流程\n"
            + "1,医疗救助资金给付,给付,医疗救助,C,《社会救助暂行办法》,《救助申请表》；身份证,5个工作日,申请—审核—办结,低保对象,"
            + "\"《救助申请表》｜原件｜1份｜｜｜｜Application form for medical assistance\n身份证｜复印件｜1份\","
            + "Medical assistance,Interim Measures on Social Assistance,Recipients of subsistence allowances,"
            + "\"Apply\nReview\nDecision\"\n"
            + "2,,给付,医疗救助资金结算,C,《社会救助暂行办法》,结算单,10个工作日,申请—审核—办结,定点机构,,,,,\n";

    static String admin;
    static String editor;
    static long unit;
    static long translated;
    static long untranslated;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        editor = Fixtures.userWithRoles(admin, "editor.en." + Api.unique(), List.of("matters.editor", "staff"));
        unit = Fixtures.createCounty(admin).path("id").asLong();
        Api.Reply r = Api.send("POST", "/api/v1/matters/units/" + unit + "/import", editor, "text/csv",
                CSV.getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(200, r.status(), r.text());
        for (JsonNode i : Api.get("/api/v1/matters/items?unitId=" + unit, editor).json().path("items")) {
            if (i.path("name").asText().equals("医疗救助")) {
                translated = i.path("id").asLong();
            } else {
                untranslated = i.path("id").asLong();
            }
        }
    }

    static JsonNode item(long id) {
        Api.Reply r = Api.get("/api/v1/matters/items/" + id, editor);
        assertEquals(200, r.status(), r.text());
        return r.json();
    }

    @Test
    void theImportedEnglishTextsAreTheItems() {
        JsonNode i = item(translated);
        assertEquals("Medical assistance", i.path("english").path("name").asText(), i.toString());
        assertEquals("Interim Measures on Social Assistance", i.path("english").path("legalBasis").asText());
        assertEquals("Recipients of subsistence allowances", i.path("english").path("conditions").asText());
        assertEquals(List.of("Apply", "Review", "Decision"), strings(i.path("english").path("steps")));
        assertEquals("Application form for medical assistance",
                i.path("materials").get(0).path("nameEn").asText());
        assertTrue(absent(i.path("materials").get(1).path("nameEn")), i.path("materials").toString());
        assertTrue(absent(item(untranslated).path("english").path("name")));
    }

    @Test
    void theEnglishGuideShowsTheEnglishTextsAndNamesWhatIsLeftInChinese() {
        String html = Api.send("GET", "/guide/matters/" + translated, null, null, null, ENGLISH).text();
        assertTrue(html.contains("Medical assistance: service guide"), html);
        assertTrue(html.contains("Interim Measures on Social Assistance")
                && html.contains("Recipients of subsistence allowances"), html);
        assertTrue(html.contains("<li>Apply</li><li>Review</li><li>Decision</li>"), html);
        assertTrue(html.contains("Application form for medical assistance") && html.contains(">Original<"), html);
        assertTrue(html.contains("身份证") && html.contains(">Copy<"), "no English name: the Chinese one");
        assertTrue(html.contains("Not yet available in English, shown in Chinese: Materials"), html);
        assertFalse(html.contains("社会救助暂行办法") || html.contains("低保对象"), "not both languages");

        String none = Api.send("GET", "/guide/matters/" + untranslated, null, null, null, ENGLISH).text();
        assertTrue(none.contains("医疗救助资金结算: service guide") && none.contains("定点机构"), none);
        assertTrue(none.contains("Not yet available in English, shown in Chinese: Matter, Legal basis, "
                + "Conditions of acceptance, Steps, Materials"), none);

        String index = Api.send("GET", "/guide/matters/units/" + unit, null, null, null, ENGLISH).text();
        assertTrue(index.contains(">Medical assistance</a>") && index.contains(">医疗救助资金结算</a>"),
                "the list names an item in English where it can: " + index);
        assertTrue(Api.get("/guide/matters/units/" + unit, null).text().contains(">医疗救助</a>"));

        String chinese = Api.get("/guide/matters/" + translated, null).text();
        assertTrue(chinese.contains("医疗救助 办事指南") && chinese.contains("《社会救助暂行办法》")
                && chinese.contains("<li>申请</li>") && chinese.contains("《救助申请表》"), chinese);
        assertFalse(chinese.contains("Medical assistance") || chinese.contains("language-note"),
                "the Chinese guide is as it was");
    }

    @Test
    void theEnglishGuideRendersInABrowser() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Chromium.available(),
                "Debian's chromium is not installed: releng/bin/test installs it when run as root");
        Path shot = Path.of(System.getProperty("xingfeng.screenshots", "target/screenshots"), "guide-en-texts.png");
        String dom = MattersIT.load(Api.base() + "/guide/matters/" + translated, shot, "en-US,en");
        assertTrue(dom.contains("Medical assistance: service guide") && dom.contains("Flowchart of Medical assistance"),
                dom);
        assertTrue(dom.contains("1. Apply") && dom.contains("3. Decision"), "the flowchart's boxes in English: " + dom);
        assertTrue(dom.contains("Not yet available in English"), dom);
        assertTrue(Files.size(shot) > 10_000, "a screenshot of the page for a person to look at: " + shot);
    }

    @Test
    void anExportImportsBackWithTheEnglishTextsUnchanged() {
        JsonNode before = item(translated);
        Api.Reply export = Api.get("/api/v1/matters/items?format=xlsx&unitId=" + unit, editor);
        assertEquals(200, export.status());
        Api.Reply again = Api.send("POST", "/api/v1/matters/units/" + unit + "/import", editor, XLSX, export.bytes(),
                Map.of());
        assertEquals(200, again.status(), again.text());
        assertEquals(2, again.json().path("updated").asInt(), again.text());
        JsonNode after = item(translated);
        assertEquals(before.path("english"), after.path("english"));
        assertEquals(before.path("materials"), after.path("materials"));
        assertEquals(before.path("steps"), after.path("steps"));
        assertEquals(0, item(untranslated).path("english").path("steps").size());
    }

    @Test
    void editorsChangeTheEnglishTextsAndBadOnesAreRefusedNamingTheField() throws Exception {
        // an item of its own, the other tests reading theirs as imported
        long own = Fixtures.createCounty(admin).path("id").asLong();
        assertEquals(200, Api.send("POST", "/api/v1/matters/units/" + own + "/import", editor, "text/csv",
                CSV.getBytes(StandardCharsets.UTF_8), Map.of()).status());
        long id = -1;
        for (JsonNode i : Api.get("/api/v1/matters/items?unitId=" + own, editor).json().path("items")) {
            if (i.path("name").asText().equals("医疗救助资金结算")) {
                id = i.path("id").asLong();
            }
        }
        long main = item(id).path("mainItemId").asLong();
        String draft = "{\"mainItemId\":" + main + ",\"name\":\"医疗救助资金结算\",\"levels\":[\"C\"],"
                + "\"legalBasis\":\"《社会救助暂行办法》\",\"conditions\":\"定点机构\","
                + "\"materials\":[{\"name\":\"结算单\",\"form\":\"原件\",\"copies\":1,\"sharedData\":false,"
                + "\"nameEn\":\"Settlement form\"}],\"timeLimit\":{\"onTheSpot\":false,\"workingDays\":10},"
                + "\"steps\":[\"申请\",\"审核\",\"办结\"],\"english\":ENGLISH}";
        Api.Reply ok = Api.put("/api/v1/matters/items/" + id, editor, draft.replace("ENGLISH",
                "{\"name\":\"Settlement of medical assistance\",\"steps\":[\"Apply\",\"Settle\"]}"));
        assertEquals(200, ok.status(), ok.text());
        assertEquals("Settlement of medical assistance", item(id).path("english").path("name").asText());
        String html = Api.send("GET", "/guide/matters/" + id, null, null, null, ENGLISH).text();
        assertTrue(html.contains("Settlement form") && html.contains("<li>Settle</li>"), html);
        assertTrue(html.contains("shown in Chinese: Legal basis, Conditions of acceptance</p>"), html);

        Api.Reply bad = Api.put("/api/v1/matters/items/" + id, editor,
                draft.replace("ENGLISH", "{\"name\":\"two\\nlines\",\"steps\":[\"ok\",\"  \"]}"));
        assertEquals(400, bad.status(), bad.text());
        List<String> fields = strings(bad.json().path("details").findValues("field"));
        assertTrue(fields.contains("english.name") && fields.contains("english.steps[1]"), bad.text());
        assertEquals("Settlement of medical assistance", item(id).path("english").path("name").asText(),
                "nothing changed");
        JsonNode history = Api.get("/api/v1/matters/items/" + id + "/history", editor).json();
        assertTrue(history.toString().contains("\"english\""), "the change's elements name the English texts");
    }

    /** A value not given: null, or left out of the JSON. */
    static boolean absent(JsonNode value) {
        return value.isNull() || value.isMissingNode();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static List<String> strings(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asText).toList();
    }
}
