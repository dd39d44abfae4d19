package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.matters.testing.SeedList;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Chromium;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/** The matters module through the real server: import the seed's 46 items, search, detail, export, bad files. */
class MattersIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static String admin;
    static String editor;
    static String editorName;
    static String staff;
    static long county;

    @BeforeAll
    static void setUp() throws InterruptedException {
        Api.awaitReady();
        long deadline = System.currentTimeMillis() + 60_000;
        while (Api.get("/api/v1/matters/items", null).status() != 401 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        admin = Api.admin();
        editorName = "editor." + Api.unique();
        editor = Fixtures.userWithRoles(admin, editorName, List.of("matters.editor", "staff"));
        staff = Fixtures.userWithRoles(admin, "clerk." + Api.unique(), List.of("staff"));
        county = Fixtures.createCounty(admin).path("id").asLong();
    }

    static Api.Reply upload(String token, long unit, byte[] file, String type, boolean dryRun) {
        return Api.send("POST", "/api/v1/matters/units/" + unit + "/import?dryRun=" + dryRun, token, type, file,
                Map.of());
    }

    static long total(String query) {
        return Api.get("/api/v1/matters/items?" + query, editor).json().path("total").asLong();
    }

    @Test
    void theSeedListImportsWithAllItsItemsAndCanBeSearchedExportedAndImportedAgain() throws IOException {
        JsonNode dry = upload(editor, county, SeedList.xlsx(), XLSX, true).json();
        assertEquals(46, dry.path("created").asInt(), dry.toString());
        assertEquals(0, total("unitId=" + county), "a dry run stores nothing");

        Api.Reply imported = upload(editor, county, SeedList.xlsx(), XLSX, false);
        assertEquals(200, imported.status(), imported.text());
        assertEquals(46, total("unitId=" + county));
        JsonNode mains = Api.get("/api/v1/matters/units/" + county + "/main-items", editor).json();
        assertEquals(13, mains.size(), mains.toString());

        assertEquals(1, total("unitId=" + county + "&level=A"));
        assertEquals(46, total("unitId=" + county + "&category=公共服务"));
        assertEquals(0, total("unitId=" + county + "&category=给付"));
        assertEquals(5, total("unitId=" + county + "&q=生育保险待遇"), "search finds sub-items by their main item's name");

        JsonNode page = Api.get("/api/v1/matters/items?unitId=" + county + "&q=单位参保信息变更申报", editor).json();
        long id = page.path("items").get(0).path("id").asLong();
        JsonNode item = Api.get("/api/v1/matters/items/" + id, editor).json();
        assertEquals("即时办结", item.path("timeLimit").path("onTheSpot").asBoolean() ? "即时办结" : "?");
        assertEquals(5, item.path("steps").size());
        assertTrue(item.path("implementationCode").asText().endsWith(item.path("basicCode").asText()));

        Api.Reply again = upload(editor, county, SeedList.csv(), "text/csv; charset=utf-8", false);
        assertEquals(200, again.status(), again.text());
        assertEquals(46, again.json().path("updated").asInt());
        assertEquals(46, total("unitId=" + county), "importing again updates, it does not duplicate");

        Api.Reply export = Api.get("/api/v1/matters/items?format=xlsx&unitId=" + county, editor);
        assertEquals(200, export.status(), export.text());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
            assertEquals(46, wb.getSheetAt(0).getLastRowNum());
            assertEquals("主项名称", wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue());
        }
        Api.Reply roundTrip = upload(editor, county, export.bytes(), XLSX, true);
        assertEquals(46, roundTrip.json().path("updated").asInt(), "an export imports back onto the same items");
        Api.Reply csvExport = Api.get("/api/v1/matters/items?format=csv&unitId=" + county, editor);
        assertEquals(200, csvExport.status());
        assertTrue(csvExport.contentType().startsWith("text/csv"), csvExport.contentType());
        assertEquals(46, upload(editor, county, csvExport.bytes(), "text/csv", true).json().path("updated").asInt(),
                "so does a CSV export");

        assertTrue(Api.get("/api/v1/audit?entityType=matters.subItem&entityId=" + id, admin).json().path("total")
                .asInt() >= 2);
    }

    @Test
    void badFilesImportNothingAndNameTheBadRows() {
        long other = Fixtures.createCounty(admin).path("id").asLong();
        String csv = "序号,主项名称,主项类别,子项名称,办理层级,设定依据,办理材料明细,办理时限,办事流程,备注\n"
                + "1,主项甲,公共服务,子项一,C,,,即时办结,,\n"
                + "2,,公共服务,子项二,Z,,,,,\n"
                + "3,,公共服务,子项三,,,,一周,,\n";
        Api.Reply r = upload(editor, other, csv.getBytes(StandardCharsets.UTF_8), "text/csv", false);
        assertEquals(422, r.status(), r.text());
        JsonNode errors = r.json().path("errors");
        assertEquals(2, errors.size());
        assertEquals(3, errors.get(0).path("row").asInt());
        assertEquals("办理层级", errors.get(0).path("column").asText());
        assertEquals(4, errors.get(1).path("row").asInt());
        assertEquals(0, total("unitId=" + other));

        Api.Reply notXlsx = upload(editor, other, "garbage".getBytes(StandardCharsets.UTF_8), XLSX, false);
        assertEquals(400, notXlsx.status());
        Api.Reply latin1 = upload(editor, other, new byte[] { (byte) 0xC4, (byte) 0xE3, ',', 'x' }, "text/csv", false);
        assertEquals(400, latin1.status());
        assertTrue(latin1.text().contains("UTF-8"), latin1.text());
        assertEquals(404, upload(editor, 987654321L, SeedList.csv(), "text/csv", false).status());
        assertEquals(0, total("unitId=" + other));
    }

    @Test
    void onlyEditorsImportAndEverybodyLoggedInReads() {
        Api.Reply r = upload(staff, county, SeedList.csv(), "text/csv", false);
        assertEquals(403, r.status());
        assertEquals(200, Api.get("/api/v1/matters/items?unitId=" + county, staff).status());
        assertEquals(401, Api.get("/api/v1/matters/items", null).status());
        assertEquals(400, Api.get("/api/v1/matters/items?level=D", staff).status());
        assertEquals(400, Api.get("/api/v1/matters/items?format=xlsx", staff).status());
        assertEquals(404, Api.get("/api/v1/matters/items/987654321", staff).status());
    }

    @Test
    void aCountyListIsComparedWithItsProvincesStandardList() {
        com.fasterxml.jackson.databind.JsonNode province = Fixtures.createUnit(admin, null, "PROVINCE");
        com.fasterxml.jackson.databind.JsonNode city = Fixtures.createUnit(admin, province.path("id").asLong(), "CITY");
        long countyOfProvince = Fixtures.createUnit(admin, city.path("id").asLong(), "COUNTY").path("id").asLong();
        assertEquals(200, upload(editor, province.path("id").asLong(), SeedList.csv(), "text/csv", false).status());
        // the county keeps two items of one main item, with a time limit the province does not have, and adds one
        String csv = "序号,主项名称,主项类别,子项名称,办理层级,设定依据,办理材料明细,办理时限,办事流程,备注\n"
                + "1,医疗救助资金给付,公共服务,医疗救助,C,,《救助申请表》,5个工作日,申请—审核—办结,\n"
                + "2,医疗保险个人账户清退,公共服务,医疗保险个人账户清退,,,,,,\n"
                + "3,医疗保险个人账户清退,公共服务,本县特色清退服务,C,,,,,\n";
        assertEquals(200,
                upload(editor, countyOfProvince, csv.getBytes(StandardCharsets.UTF_8), "text/csv", false).status());

        JsonNode c = Api.get("/api/v1/matters/units/" + countyOfProvince + "/comparison", editor).json();
        assertEquals(province.path("id").asLong(), c.path("standardUnitId").asLong(),
                "the standard is the province's list");
        assertEquals(2, c.path("paired").asInt(), c.toString());
        assertEquals(44, c.path("missing").size());
        assertEquals(1, c.path("extra").size());
        assertEquals("本县特色清退服务", c.path("extra").get(0).path("subName").asText());
        JsonNode relief = c.path("different").get(0);
        assertEquals("医疗救助", relief.path("item").path("subName").asText());
        assertTrue(relief.path("elements").toString().contains("办理时限"), relief.toString());

        Api.Reply sheet = Api.get("/api/v1/matters/units/" + countyOfProvince + "/comparison?format=xlsx", editor);
        assertEquals(200, sheet.status(), sheet.text());
        assertEquals(400,
                Api.get("/api/v1/matters/units/" + province.path("id").asLong() + "/comparison", editor).status(),
                "a province has no province above it to compare with");

        JsonNode metrics = Api.get("/api/v1/matters/units/" + countyOfProvince + "/metrics", editor).json();
        assertEquals(3, metrics.path("items").asInt());
        assertEquals(1, metrics.path("materials").asInt());
        assertEquals(5.0, metrics.path("averageTimeLimitDays").asDouble());
        assertEquals(2, metrics.path("itemsWithoutTimeLimit").asInt());
        assertEquals(1.0, metrics.path("averageSteps").asDouble());
    }

    @Test
    void theComparisonCoversEverySixUnifiedElementAgainstAProvincialListDifferingInEach() {
        long province = Fixtures.createUnit(admin, null, "PROVINCE").path("id").asLong();
        long city = Fixtures.createUnit(admin, province, "CITY").path("id").asLong();
        long countyOfProvince = Fixtures.createUnit(admin, city, "COUNTY").path("id").asLong();
        String header = "序号,主项名称,主项类别,子项名称,基本编码,办理材料明细,办理时限,办事流程,经办方式,服务标准\n";
        String standard = header
                + "1,门诊慢特病待遇认定,确定,门诊慢特病认定,000211003000,申请表；诊断证明,10个工作日,申请—受理—审核—办结,窗口办理、网上办理,材料齐全当场受理\n"
                + "2,,,门诊慢特病待遇变更,000211004000,申请表,5个工作日,申请—办结,窗口办理,当场办结\n"
                + "3,,,门诊慢特病复核,000211005000,申请表,即时办结,申请—办结,窗口办理,当场办结\n";
        // the county's list differs in the name, the materials, the ways of handling, the steps, the time limit and the
        // service standard of one item, and in the code of another; the third is the same
        String local = header
                + "1,门诊慢特病待遇认定,确定,门诊慢特病资格认定,000211003000,申请表；诊断证明；居住证明,20个工作日,申请—受理—初审—审核—办结,窗口,20个工作日内办结\n"
                + "2,,,门诊慢特病待遇变更,000211004999,申请表,5个工作日,申请—办结,窗口办理,当场办结\n"
                + "3,,,门诊慢特病复核,000211005000,申请表,即时办结,申请—办结,窗口办理,当场办结\n";
        assertEquals(200,
                upload(editor, province, standard.getBytes(StandardCharsets.UTF_8), "text/csv", false).status());
        assertEquals(200,
                upload(editor, countyOfProvince, local.getBytes(StandardCharsets.UTF_8), "text/csv", false).status());

        JsonNode c = Api.get("/api/v1/matters/units/" + countyOfProvince + "/comparison", editor).json();
        assertEquals(3, c.path("paired").asInt(), c.toString());
        assertEquals(0, c.path("missing").size());
        assertEquals(0, c.path("extra").size());
        assertEquals(2, c.path("different").size(), c.toString());
        JsonNode first = c.path("different").get(0).path("elements");
        assertEquals(List.of("名称", "办理材料", "经办方式", "办理时限", "办事流程", "服务标准"), elementNames(first));
        assertEquals("窗口办理、网上办理", first.get(2).path("standardValue").asText());
        assertEquals("窗口办理", first.get(2).path("localValue").asText());
        assertEquals("材料齐全当场受理", first.get(5).path("standardValue").asText());
        assertEquals(List.of("编码"), elementNames(c.path("different").get(1).path("elements")));

        Api.Reply sheet = Api.get("/api/v1/matters/units/" + countyOfProvince + "/comparison?format=xlsx", editor);
        assertEquals(200, sheet.status(), sheet.text());
        String csv = Api.get("/api/v1/matters/items?format=csv&unitId=" + province, editor).text();
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith("办理材料详情,经办方式,服务标准,法定时限,英文名称,英文设定依据,英文受理条件,英文办事流程"),
                csv);
        assertTrue(csv.contains("窗口办理、网上办理,材料齐全当场受理"), csv);

        long id = Api.get("/api/v1/matters/items?unitId=" + province + "&q=门诊慢特病认定", editor).json().path("items")
                .get(0).path("id").asLong();
        String guide = Api.get("/guide/matters/" + id, null).text();
        assertTrue(guide.contains("<th>经办方式</th><td>窗口办理、网上办理</td>"), guide);
        assertTrue(guide.contains("<th>服务标准</th><td>材料齐全当场受理</td>"), guide);
        String english = Api.get("/guide/matters/" + id + "?lang=en", null).text();
        assertTrue(english.contains("<th>Ways of handling</th><td>at a window, online</td>"), english);

        String bad = header + "1,门诊慢特病待遇认定,确定,门诊慢特病认定,000211003000,申请表,10个工作日,申请—办结,窗口、传真,\n";
        Api.Reply refused = upload(editor, province, bad.getBytes(StandardCharsets.UTF_8), "text/csv", false);
        assertEquals(422, refused.status(), refused.text());
        assertEquals("经办方式", refused.json().path("errors").get(0).path("column").asText());
    }

    private static List<String> elementNames(JsonNode elements) {
        List<String> names = new java.util.ArrayList<>();
        elements.forEach(e -> names.add(e.path("element").asText()));
        return names;
    }

    @Test
    void citizensReadTheServiceGuideAndOneTimeNoticeWithoutLoggingIn() {
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        String csv = "序号,主项名称,主项类别,子项名称,办理层级,设定依据,办理材料明细,办理时限,办事流程,备注,办理地点\n"
                + "1,医疗救助资金给付,给付,医疗救助,C,《社会救助暂行办法》,《救助申请表》；<b>身份证</b>,5个工作日,申请—审核—办结,请本人办理,县医保服务大厅3号窗口\n";
        assertEquals(200, upload(editor, unit, csv.getBytes(StandardCharsets.UTF_8), "text/csv", false).status());
        long id = Api.get("/api/v1/matters/items?unitId=" + unit, editor).json().path("items").get(0).path("id")
                .asLong();

        Api.Reply index = Api.get("/guide/matters/units/" + unit, null);
        assertEquals(200, index.status());
        assertTrue(index.contentType().startsWith("text/html"), index.contentType());
        assertTrue(index.text().contains("/guide/matters/" + id), index.text());
        assertTrue(index.text().contains("<h1>测试单位 "), "the page says whose list it is");

        Api.Reply guide = Api.get("/guide/matters/" + id, null);
        assertEquals(200, guide.status());
        String html = guide.text();
        assertTrue(html.contains("医疗救助 办事指南"));
        assertTrue(html.contains("5个工作日"));
        assertTrue(html.contains("县医保服务大厅3号窗口"));
        assertTrue(html.contains("一次性告知单"));
        assertTrue(html.contains("《救助申请表》"));
        assertTrue(html.contains("&lt;b&gt;身份证&lt;/b&gt;"), "file content is escaped, never markup");
        assertTrue(!html.contains("<b>身份证"));
        assertTrue(html.contains("<li>审核</li>"));
        Api.Reply missing = Api.get("/guide/matters/987654321", null);
        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("text/html") && missing.text().contains("未找到"), missing.text());
    }

    @Test
    void citizensReadTheGuideInEnglishWhenTheyAskForIt() {
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        String csv = "序号,主项名称,主项类别,子项名称,办理层级,设定依据,办理材料明细,办理时限,办事流程,备注,办理地点\n"
                + "1,医疗救助资金给付,给付,医疗救助,C,《社会救助暂行办法》,《救助申请表》,5个工作日,申请—审核—办结,请本人办理,县医保服务大厅3号窗口\n";
        assertEquals(200, upload(editor, unit, csv.getBytes(StandardCharsets.UTF_8), "text/csv", false).status());
        long id = Api.get("/api/v1/matters/items?unitId=" + unit, editor).json().path("items").get(0).path("id")
                .asLong();

        Map<String, String> english = Map.of("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5");
        Api.Reply browserEnglish = Api.send("GET", "/guide/matters/" + id, null, null, null, english);
        assertEquals(200, browserEnglish.status());
        String html = browserEnglish.text();
        assertTrue(html.contains("<html lang=\"en\">"), html);
        assertTrue(html.contains("医疗救助: service guide") && html.contains("5 working days")
                && html.contains("One-time notice"), html);
        assertTrue(html.contains("Back to the list of matters") && !html.contains("一次性告知单"), html);
        assertTrue(html.contains("《救助申请表》") && html.contains("县医保服务大厅3号窗口"), "the item's own texts stay as written");
        assertTrue(html.contains("href=\"?lang=zh\"") && html.contains(">中文<"),
                "a visible switch back to Chinese: " + html);

        Api.Reply chosen = Api.get("/guide/matters/units/" + unit + "?lang=en", null);
        assertTrue(chosen.text().contains("medical security government services"), chosen.text());
        assertTrue(chosen.text().contains("/guide/matters/" + id + "?lang=en"),
                "the choice is kept in the page's links");
        Api.Reply backToChinese = Api.send("GET", "/guide/matters/" + id + "?lang=zh", null, null, null, english);
        assertTrue(backToChinese.text().contains("一次性告知单") && backToChinese.text().contains("<html lang=\"zh-CN\">"),
                "the switch wins over the browser's language");
        Api.Reply chineseByDefault = Api.get("/guide/matters/" + id, null);
        assertTrue(
                chineseByDefault.text().contains("医疗救助 办事指南") && chineseByDefault.text().contains("href=\"?lang=en\""),
                chineseByDefault.text());
        Api.Reply missing = Api.send("GET", "/guide/matters/987654321", null, null, null, english);
        assertEquals(404, missing.status());
        assertTrue(missing.text().contains("Not found"), missing.text());
    }

    /**
     * The DOM of a page loaded in a browser whose languages are {@code acceptLanguage}, as a person's browser loads it
     * (1000 px wide); a PNG of the whole page written to {@code screenshot} when it is not null.
     */
    static String load(String url, java.nio.file.Path screenshot, String acceptLanguage) throws Exception {
        int http = Integer.getInteger("org.osgi.service.http.port", 18481);
        try (Chromium browser = new Chromium(Integer.getInteger("xingfeng.test.chromium.port", http + 44))) {
            Chromium.Tab tab = browser.tab(1000, 1300, false);
            tab.languages(acceptLanguage);
            tab.open(url);
            if (screenshot != null) {
                tab.screenshot(screenshot, true);
            }
            return tab.dom();
        }
    }

    @Test
    void theGuideRendersInABrowser() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Chromium.available(),
                "Debian's chromium is not installed: releng/bin/test installs it when run as root");
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        assertEquals(200, upload(editor, unit, SeedList.xlsx(), XLSX, false).status());
        long id = Api.get("/api/v1/matters/items?unitId=" + unit + "&q=单位参保信息变更申报", editor).json().path("items").get(0)
                .path("id").asLong();
        java.nio.file.Path shot = java.nio.file.Path.of(
                System.getProperty("xingfeng.screenshots", "target/screenshots"),
                "guide.png");
        String dom = load(Api.base() + "/guide/matters/" + id, shot, "zh-CN,zh");
        assertTrue(dom.contains("单位参保信息变更申报 办事指南"), dom);
        assertTrue(dom.contains("《医疗保险变更登记表》"));
        // the flowchart drawn from the stored steps: a box per step, the time limit beneath
        assertTrue(dom.contains("<svg class=\"flowchart\"") && dom.contains("单位参保信息变更申报业务流程图"), dom);
        assertEquals(5, dom.split("<rect ", -1).length - 1, "申请—受理—审核—办结—送达: five boxes");
        assertTrue(dom.contains("1. 申请") && dom.contains("5. 送达") && dom.contains("办理时限：即时办结"), dom);
        assertTrue(java.nio.file.Files.size(shot) > 10_000,
                "a screenshot of the page for a person to look at: " + shot);
        String index = load(Api.base() + "/guide/matters/units/" + unit, null, "zh-CN,zh");
        assertTrue(index.contains("基本医疗保险参保登记") && index.contains("医疗救助资金给付"), index);
    }

    @Test
    void theGuideRendersInEnglishInABrowser() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Chromium.available(),
                "Debian's chromium is not installed: releng/bin/test installs it when run as root");
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        assertEquals(200, upload(editor, unit, SeedList.xlsx(), XLSX, false).status());
        long id = Api.get("/api/v1/matters/items?unitId=" + unit + "&q=单位参保信息变更申报", editor).json().path("items").get(0)
                .path("id").asLong();
        java.nio.file.Path shot = java.nio.file.Path.of(
                System.getProperty("xingfeng.screenshots", "target/screenshots"),
                "guide-en.png");
        String dom = load(Api.base() + "/guide/matters/" + id, shot, "en-US,en");
        assertTrue(dom.contains("单位参保信息变更申报: service guide") && dom.contains("One-time notice"), dom);
        assertTrue(dom.contains("《医疗保险变更登记表》") && dom.contains("中文"), dom);
        assertTrue(java.nio.file.Files.size(shot) > 10_000,
                "a screenshot of the page for a person to look at: " + shot);
        // a Chinese browser with the switch set to English
        String index = load(Api.base() + "/guide/matters/units/" + unit + "?lang=en", null, "zh-CN,zh");
        assertTrue(index.contains("medical security government services") && index.contains("基本医疗保险参保登记"), index);
    }

    @Test
    void editorsCreateChangeAndDeleteItemsWithHistory() {
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        String csv = "序号,主项名称,主项类别,子项名称\n1,门诊特殊疾病管理,公共服务,门诊特殊疾病申报登记\n";
        assertEquals(200, upload(editor, unit, csv.getBytes(StandardCharsets.UTF_8), "text/csv", false).status());
        long main = Api.get("/api/v1/matters/units/" + unit + "/main-items", editor).json().get(0).path("id").asLong();
        String draft = "{\"mainItemId\":" + main + ",\"name\":\"门诊特殊疾病待遇变更\",\"levels\":[\"C\"],"
                + "\"materials\":[{\"name\":\"《变更申请表》\",\"form\":\"原件\",\"copies\":1,\"sharedData\":false},"
                + "{\"name\":\"身份证\",\"form\":\"复印件\",\"copies\":1,\"sharedData\":true}],"
                + "\"timeLimit\":{\"onTheSpot\":false,\"workingDays\":3},\"steps\":[\"申请\",\"审核\",\"办结\"]}";
        Api.Reply created = Api.post("/api/v1/matters/items", editor, draft);
        assertEquals(201, created.status(), created.text());
        long id = created.json().path("id").asLong();
        assertEquals("YB01-002", created.json().path("basicCode").asText(), "the next code of its main item");
        assertEquals(409, Api.post("/api/v1/matters/items", editor, draft).status(),
                "no two items of one name in a main item");

        Api.Reply updated = Api.put("/api/v1/matters/items/" + id, editor,
                draft.replace("\"workingDays\":3", "\"workingDays\":1"));
        assertEquals(200, updated.status(), updated.text());
        assertEquals(1, updated.json().path("timeLimit").path("workingDays").asInt());
        JsonNode history = Api.get("/api/v1/audit?entityType=matters.subItem&entityId=" + id, admin).json();
        assertEquals(2, history.path("total").asInt());
        assertTrue(history.path("items").get(0).path("before").asText().contains("\"workingDays\":3"));

        Api.Reply bad = Api.put("/api/v1/matters/items/" + id, editor,
                draft.replace("\"workingDays\":3", "\"workingDays\":900").replace("\"form\":\"原件\"",
                        "\"form\":\"传真\""));
        assertEquals(400, bad.status());
        assertEquals(2, bad.json().path("details").size(), bad.text());
        assertEquals(1,
                Api.get("/api/v1/matters/items/" + id, editor).json().path("timeLimit").path("workingDays").asInt(),
                "a refused change changes nothing");
        assertEquals(403, Api.put("/api/v1/matters/items/" + id, staff, draft).status());

        assertEquals(204, Api.delete("/api/v1/matters/items/" + id, editor).status());
        assertEquals(404, Api.get("/api/v1/matters/items/" + id, editor).status());
        assertEquals(3,
                Api.get("/api/v1/audit?entityType=matters.subItem&entityId=" + id, admin).json().path("total").asInt());
    }

    @Test
    void editorsAndReadersSeeAnItemsHistoryWithWhoWhenAndWhat() {
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        String csv = "序号,主项名称,主项类别,子项名称,办理层级,设定依据,办理材料明细,办理时限,办事流程,备注\n"
                + "1,医疗救助资金给付,给付,医疗救助,C,,《申请表》；《身份证》,10个工作日,申请—受理—审核—办结,\n";
        assertEquals(200, upload(editor, unit, csv.getBytes(StandardCharsets.UTF_8), "text/csv", false).status());
        JsonNode item = Api.get("/api/v1/matters/items?unitId=" + unit, editor).json().path("items").get(0);
        long id = item.path("id").asLong();
        String draft = "{\"mainItemId\":" + item.path("mainItemId").asLong() + ",\"name\":\"医疗救助\",\"levels\":[\"C\"],"
                + "\"materials\":[{\"name\":\"《申请表》\",\"form\":\"原件\",\"copies\":1,\"sharedData\":false}],"
                + "\"timeLimit\":{\"onTheSpot\":false,\"workingDays\":5},\"steps\":[\"申请\",\"审核\",\"办结\"]}";
        assertEquals(200, Api.put("/api/v1/matters/items/" + id, editor, draft).status());
        assertEquals(200, Api.put("/api/v1/matters/items/" + id, editor,
                draft.replace("\"workingDays\":5", "\"workingDays\":3").replace("\"steps\"",
                        "\"place\":\"一号窗口\",\"steps\""))
                .status());
        assertEquals(403, Api.get("/api/v1/audit?entityType=matters.subItem&entityId=" + id, editor).status(),
                "editors do not read the audit log itself");

        Api.Reply reply = Api.get("/api/v1/matters/items/" + id + "/history", editor);
        assertEquals(200, reply.status(), reply.text());
        JsonNode history = reply.json();
        assertEquals(3, history.size(), history.toString());
        JsonNode second = history.get(0);
        JsonNode first = history.get(1);
        assertEquals("update", second.path("action").asText());
        assertEquals(editorName, second.path("username").asText());
        assertFalse(second.path("at").asText().isEmpty());
        assertEquals(List.of("timeLimit", "place"), texts(second.path("elements")));
        assertTrue(second.path("before").asText().contains("\"workingDays\":5"), second.toString());
        assertTrue(second.path("after").asText().contains("\"workingDays\":3"), second.toString());
        assertTrue(texts(first.path("elements")).containsAll(List.of("materials", "timeLimit", "steps")),
                first.toString());
        assertFalse(texts(first.path("elements")).contains("name"), first.toString());
        assertEquals("import-create", history.get(2).path("action").asText());
        assertTrue(history.get(2).path("elements").isEmpty());
        assertTrue(Instant.parse(second.path("at").asText()).compareTo(Instant.parse(first.path("at").asText())) >= 0,
                "newest first");
        assertEquals(history, Api.get("/api/v1/matters/items/" + id + "/history", staff).json(),
                "whoever reads the item reads its history");

        Api.Reply unknown = Api.get("/api/v1/matters/items/987654321/history", editor);
        assertEquals(404, unknown.status());
        assertEquals("not_found", unknown.json().path("error").asText(), unknown.text());
        Api.Reply anonymous = Api.get("/api/v1/matters/items/" + id + "/history", null);
        assertEquals(401, anonymous.status());
        assertEquals("unauthenticated", anonymous.json().path("error").asText(), anonymous.text());

        assertEquals(204, Api.delete("/api/v1/matters/items/" + id, editor).status());
        JsonNode afterDelete = Api.get("/api/v1/matters/items/" + id + "/history", editor).json();
        assertEquals(4, afterDelete.size(), "a deleted item keeps its history");
        assertEquals("delete", afterDelete.get(0).path("action").asText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    @Test
    void aListIsPublishedAsDatedVersionsThatKeepTheirItemsAndFigures() {
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        assertEquals(400, Api.post("/api/v1/matters/units/" + unit + "/versions", editor,
                "{\"effectiveDate\":\"2026-12-01\"}").status(), "an empty list cannot be published");
        String v1 = "序号,主项名称,主项类别,子项名称,办理层级,设定依据,办理材料明细,办理时限,办事流程,备注\n"
                + "1,医疗救助资金给付,给付,医疗救助,C,,《申请表》；《身份证》；其他相关证明,10个工作日,申请—受理—审核—办结,\n";
        assertEquals(200, upload(editor, unit, v1.getBytes(StandardCharsets.UTF_8), "text/csv", false).status());
        Api.Reply first = Api.post("/api/v1/matters/units/" + unit + "/versions", editor,
                "{\"effectiveDate\":\"2026-12-01\",\"note\":\"首次发布\"}");
        assertEquals(201, first.status(), first.text());
        assertEquals(1, first.json().path("number").asInt());

        // 四最: one material fewer, a shorter time limit, one step fewer
        String v2 = v1.replace("；其他相关证明", "").replace("10个工作日", "5个工作日").replace("—受理", "");
        assertEquals(200, upload(editor, unit, v2.getBytes(StandardCharsets.UTF_8), "text/csv", false).status());
        assertEquals(201, Api.post("/api/v1/matters/units/" + unit + "/versions", editor,
                "{\"effectiveDate\":\"2027-01-01\"}").status());

        JsonNode versions = Api.get("/api/v1/matters/units/" + unit + "/versions", editor).json();
        assertEquals(2, versions.size());
        assertEquals(2, versions.get(0).path("number").asInt());
        assertEquals(5.0, versions.get(0).path("averageTimeLimitDays").asDouble());
        assertEquals(10.0, versions.get(1).path("averageTimeLimitDays").asDouble());
        assertEquals(3.0, versions.get(1).path("averageMaterials").asDouble());
        assertEquals(2.0, versions.get(0).path("averageMaterials").asDouble());
        JsonNode old = Api.get("/api/v1/matters/versions/" + versions.get(1).path("id").asLong() + "/items", editor)
                .json();
        assertEquals(3, old.get(0).path("materials").size(), "a version keeps its items as they were");

        // 最小自由裁量: version 1 asked for 其他相关证明, version 2 no longer does
        assertEquals(100.0, versions.get(1).path("discretionShare").asDouble());
        assertEquals(1, versions.get(1).path("itemsWithDiscretion").asInt());
        assertEquals(0.0, versions.get(0).path("discretionShare").asDouble());
        long firstId = versions.get(1).path("id").asLong();
        long secondId = versions.get(0).path("id").asLong();
        JsonNode findings = Api.get("/api/v1/matters/versions/" + firstId + "/metrics", editor).json();
        JsonNode flag = findings.path("perItem").get(0).path("discretion").get(0);
        assertEquals("materials[2]", flag.path("element").asText(), findings.toString());
        assertEquals("其他相关证明", flag.path("term").asText());
        JsonNode change = Api.get("/api/v1/matters/versions/" + firstId + "/comparison?against=" + secondId, editor)
                .json();
        assertEquals(1, change.path("fromVersion").asInt());
        assertEquals(2, change.path("toVersion").asInt());
        assertEquals(100.0, change.path("from").path("discretionShare").asDouble());
        assertEquals(0.0, change.path("to").path("discretionShare").asDouble());
        assertEquals(1, change.path("items").size(), change.toString());
        assertEquals("其他相关证明", change.path("items").get(0).path("before").get(0).path("term").asText());
        assertEquals(0, change.path("items").get(0).path("after").size());
        JsonNode againstCurrent = Api.get("/api/v1/matters/versions/" + secondId + "/comparison", editor).json();
        assertTrue(againstCurrent.path("toVersion").isNull(), againstCurrent.toString());
        assertEquals(0, againstCurrent.path("items").size(), "the current list is version 2 as published");
        assertEquals(403,
                Api.post("/api/v1/matters/units/" + unit + "/versions", staff, "{\"effectiveDate\":\"2027-02-01\"}")
                        .status());
        assertEquals(400, Api
                .post("/api/v1/matters/units/" + unit + "/versions", editor, "{\"effectiveDate\":\"soon\"}").status());
    }

    @Test
    void aBrowserFormUploadsTheListAsMultipart() {
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        String boundary = "----xingfeng" + Api.unique();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        byte[] file = SeedList.csv();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\nfalse\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"事项清单.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Api.Reply r = Api.send("POST", "/api/v1/matters/units/" + unit + "/import", editor,
                "multipart/form-data; boundary=" + boundary, body.toByteArray(), Map.of());
        assertEquals(200, r.status(), r.text());
        assertEquals(46, r.json().path("created").asInt());
        assertEquals(46, total("unitId=" + unit));
        Api.Reply noFile = Api.send("POST", "/api/v1/matters/units/" + unit + "/import", editor,
                "multipart/form-data; boundary=" + boundary,
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\ntrue\r\n--" + boundary
                        + "--\r\n")
                        .getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertEquals(400, noFile.status(), noFile.text());
    }

    @Test
    void theModuleAnnouncesItselfInHealth() {
        JsonNode health = Api.get("/health", null).json();
        assertTrue(health.path("modules").toString().contains("\"id\":\"matters\""), health.toString());
        assertTrue(Api.get("/api/v1/roles", admin).text().contains("matters.editor"));
    }
}
