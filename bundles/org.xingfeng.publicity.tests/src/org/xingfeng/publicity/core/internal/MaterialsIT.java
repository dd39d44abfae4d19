package org.xingfeng.publicity.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.publicity.core.internal.PublicityFixtures.API;
import static org.xingfeng.publicity.core.internal.PublicityFixtures.ok;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * The materials library over HTTP: a city's poster in versions, approved for the counties below, downloaded and
 * counted (also at the same moment), a new version back in draft, withdrawn; a county neither sees a draft nor
 * changes the city's; bad input and a wrong file type are JSON 4xx naming the field and change nothing; XLSX list.
 */
class MaterialsIT {

    static final String MATERIALS = API + "/materials";
    /** The smallest PNG: a 1x1 pixel. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    static final byte[] PDF = "%PDF-1.4\n% 宣传单\n".getBytes(StandardCharsets.UTF_8);

    static String admin;
    static String cityEditor;
    static String countyEditor;
    static String otherEditor;
    static long city;
    static long county;
    static long other;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        city = Fixtures.createUnit(admin, null, "CITY").path("id").asLong();
        county = Fixtures.createUnit(admin, city, "COUNTY").path("id").asLong();
        other = Fixtures.createUnit(admin, null, "CITY").path("id").asLong();
        cityEditor = Fixtures.userAt(admin, "pub.me." + Api.unique(), List.of(PublicityRoles.EDITOR, "staff"), city,
                null);
        countyEditor = Fixtures.userAt(admin, "pub.mc." + Api.unique(), List.of(PublicityRoles.EDITOR, "staff"),
                county, null);
        otherEditor = Fixtures.userAt(admin, "pub.mo." + Api.unique(), List.of(PublicityRoles.EDITOR, "staff"), other,
                null);
    }

    static Map<String, Object> draft(long unit, String kind, String title, String link) {
        Map<String, Object> d = new HashMap<>();
        d.put("unitId", unit);
        d.put("kind", kind);
        d.put("title", title);
        d.put("topic", "门诊共济");
        d.put("description", "张贴于定点医药机构");
        d.put("link", link);
        return d;
    }

    static long create(String token, long unit, String kind, String title, String link) {
        return ok(Api.post(MATERIALS, token, Api.json(draft(unit, kind, title, link))), 201, "create material")
                .path("id").asLong();
    }

    static Api.Reply upload(String token, long id, String name, byte[] bytes) {
        return Api.send("POST", MATERIALS + "/" + id + "/versions?name=" + URLEncoder.encode(name,
                StandardCharsets.UTF_8) + "&note=" + URLEncoder.encode("改了标题", StandardCharsets.UTF_8), token,
                "application/octet-stream", bytes, Map.of());
    }

    static List<Long> ids(String token, String query) {
        List<Long> out = new ArrayList<>();
        ok(Api.get(MATERIALS + "?size=1000" + query, token), 200, "list").path("items")
                .forEach(m -> out.add(m.path("id").asLong()));
        return out;
    }

    @Test
    void aPosterInVersionsIsSharedWithTheCountiesOnceApprovedAndItsDownloadsCounted() throws Exception {
        long id = create(cityEditor, city, "POSTER", "门诊共济海报", null);
        assertEquals(409, Api.post(MATERIALS + "/" + id + "/approve", cityEditor, "").status(),
                "nothing to use yet");
        JsonNode v1 = ok(upload(cityEditor, id, "海报 1.png", PNG), 201, "upload");
        assertEquals(1, v1.path("versions").size());
        assertEquals("image/png", v1.path("versions").get(0).path("mediaType").asText());
        assertEquals("DRAFT", v1.path("state").asText());
        assertEquals(404, Api.get(MATERIALS + "/" + id, countyEditor).status(), "a draft stays with the city");
        assertTrue(!ids(countyEditor, "").contains(id));

        JsonNode approved = ok(Api.post(MATERIALS + "/" + id + "/approve", cityEditor, ""), 200, "approve");
        assertEquals("APPROVED", approved.path("state").asText());
        assertTrue(approved.path("approvedBy").asText().startsWith("pub.me."));
        assertTrue(ids(countyEditor, "").contains(id), "the county below uses the city's approved poster");
        assertTrue(!ids(otherEditor, "").contains(id), "another city does not");
        assertEquals(404, Api.get(MATERIALS + "/" + id, otherEditor).status());
        assertEquals(404, Api.get(MATERIALS + "/" + id + "/file", otherEditor).status());
        assertEquals(404, Api.post(MATERIALS + "/" + id + "/withdraw", countyEditor, "").status(),
                "the county uses it but does not change it");
        assertEquals(404, Api.put(MATERIALS + "/" + id, countyEditor,
                Api.json(draft(city, "POSTER", "改名", null))).status());

        Api.Reply file = Api.get(MATERIALS + "/" + id + "/file", countyEditor);
        assertEquals(200, file.status());
        assertArrayEquals(PNG, file.bytes());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> all = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                all.add(pool.submit(() -> Api.sendOnNewConnection("GET", MATERIALS + "/" + id + "/file",
                        countyEditor, null, null, Map.of()).status()));
            }
            for (Future<Integer> f : all) {
                assertEquals(200, f.get());
            }
        } finally {
            pool.shutdown();
        }
        JsonNode counted = ok(Api.get(MATERIALS + "/" + id, cityEditor), 200, "material");
        assertEquals(7, counted.path("downloads").asLong(), "every download counted, also at the same moment");

        JsonNode v2 = ok(upload(cityEditor, id, "海报 2.png", PNG), 201, "second version");
        assertEquals(2, v2.path("versions").size());
        assertEquals(2, v2.path("versions").get(1).path("number").asInt());
        assertEquals("改了标题", v2.path("versions").get(1).path("note").asText());
        assertEquals("DRAFT", v2.path("state").asText(), "a changed file is approved again");
        assertEquals(404, Api.get(MATERIALS + "/" + id + "/file", countyEditor).status());
        assertEquals(200, Api.get(MATERIALS + "/" + id + "/file?version=1", cityEditor).status());
        assertEquals(404, Api.get(MATERIALS + "/" + id + "/file?version=9", cityEditor).status());

        ok(Api.post(MATERIALS + "/" + id + "/withdraw", cityEditor, ""), 200, "withdraw");
        assertEquals(409, upload(cityEditor, id, "海报 3.png", PNG).status());
        assertEquals(409, Api.post(MATERIALS + "/" + id + "/withdraw", cityEditor, "").status());
        assertEquals(2, ok(Api.get(MATERIALS + "/" + id, cityEditor), 200, "material").path("versions").size());
    }

    @Test
    void aPosterThatIsNoImageIsRefusedNamingTheFileAndKeepsNoVersion() {
        long id = create(cityEditor, city, "POSTER", "海报不收 PDF", null);
        Api.Reply r = upload(cityEditor, id, "海报.pdf", PDF);
        assertEquals(415, r.status(), r.text());
        assertEquals("file", r.json().path("details").get(0).path("field").asText());
        assertEquals(0, ok(Api.get(MATERIALS + "/" + id, cityEditor), 200, "material").path("versions").size());
        long leaflet = create(cityEditor, city, "LEAFLET", "宣传单收 PDF", null);
        assertEquals(201, upload(cityEditor, leaflet, "宣传单.pdf", PDF).status());
        long slogan = create(cityEditor, city, "SLOGAN", "医保让生活更美好", null);
        assertEquals(409, upload(cityEditor, slogan, "标语.png", PNG).status());
        assertEquals("APPROVED",
                ok(Api.post(MATERIALS + "/" + slogan + "/approve", cityEditor, ""), 200, "approve slogan")
                        .path("state").asText());
    }

    @Test
    void badInputIsAJson400NamingTheFieldAndChangesNothing() {
        long before = ids(admin, "&unitId=" + city).size();
        Map<String, Object> noTitle = draft(city, "LEAFLET", "", null);
        Api.Reply r = Api.post(MATERIALS, cityEditor, Api.json(noTitle));
        assertEquals(400, r.status(), r.text());
        assertEquals("title", r.json().path("details").get(0).path("field").asText());
        r = Api.post(MATERIALS, cityEditor, Api.json(draft(city, "VIDEO", "政策解读视频", null)));
        assertEquals(400, r.status());
        assertEquals("link", r.json().path("details").get(0).path("field").asText());
        r = Api.post(MATERIALS, countyEditor, Api.json(draft(city, "LEAFLET", "越级", null)));
        assertEquals(400, r.status(), "a unit above the county is out of its reach");
        assertEquals("unitId", r.json().path("details").get(0).path("field").asText());
        Map<String, Object> badCampaign = draft(city, "LEAFLET", "活动不存在", null);
        badCampaign.put("campaignId", 999_999_999L);
        r = Api.post(MATERIALS, cityEditor, Api.json(badCampaign));
        assertEquals(400, r.status());
        assertEquals("campaignId", r.json().path("details").get(0).path("field").asText());
        assertEquals(400, Api.get(MATERIALS + "?kind=BANNER", cityEditor).status());
        assertEquals(before, ids(admin, "&unitId=" + city).size(), "nothing was stored");
        assertEquals(403, Api.post(MATERIALS, Fixtures.userAt(admin, "pub.mv." + Api.unique(),
                List.of(PublicityRoles.VIEWER, "staff"), city, null), Api.json(draft(city, "LEAFLET", "查阅", null)))
                .status());
    }

    @Test
    void aVideoIsALinkAndTheCampaignsMaterialsAreListedAsXlsx() throws Exception {
        long campaign = PublicityFixtures.campaign(cityEditor, city, "资料库宣传月");
        Map<String, Object> video = draft(city, "VIDEO", "医保电子凭证怎么用", "https://video.example.cn/pz");
        video.put("campaignId", campaign);
        long id = ok(Api.post(MATERIALS, cityEditor, Api.json(video)), 201, "video").path("id").asLong();
        ok(Api.post(MATERIALS + "/" + id + "/approve", cityEditor, ""), 200, "approve video");
        assertEquals(List.of(id), ids(countyEditor, "&campaignId=" + campaign));
        Api.Reply x = Api.get(MATERIALS + "?format=xlsx&campaignId=" + campaign, countyEditor);
        assertEquals(200, x.status());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.bytes()))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("编号", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(1, s.getLastRowNum());
            assertEquals("医保电子凭证怎么用", s.getRow(1).getCell(5).getStringCellValue());
            assertEquals("视频", s.getRow(1).getCell(4).getStringCellValue());
            assertEquals("已审核", s.getRow(1).getCell(6).getStringCellValue());
        }
    }
}
