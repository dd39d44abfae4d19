package org.xingfeng.publicity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.publicity.core.internal.PublicityFixtures.API;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

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
 * The article log over HTTP on the real runtime: points of seed 002's table shared among co-authors, the year's
 * leaderboard per person and section (a year's boundary included), its XLSX for the yearly assessment, roles, and
 * bad input answered with a JSON 400 naming the field, nothing changed.
 */
class ArticlesIT {

    static final String ARTICLES = API + "/articles";

    static String admin;
    static String editor;
    static long county;
    static long sectionA;
    static long sectionB;
    static long a;
    static long b;
    static long c;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        county = Fixtures.createCounty(admin).path("id").asLong();
        sectionA = PublicityFixtures.section(admin, county, "综合股");
        sectionB = PublicityFixtures.section(admin, county, "待遇股");
        a = PublicityFixtures.staff(admin, county, sectionA, "张宣");
        b = PublicityFixtures.staff(admin, county, sectionA, "李传");
        c = PublicityFixtures.staff(admin, county, sectionB, "王稿");
        editor = Fixtures.userAt(admin, "pub.ed." + Api.unique(), List.of(PublicityRoles.EDITOR, "staff"), county,
                null);
        // worked by hand (see ArticleRulesTest): A 11.67, B 21.67, C 7.66 in 2026; one national piece of A in 2025
        PublicityFixtures.article(editor, county, "医保政策进万家", "NATIONAL", "2026-03-01", a, b);
        PublicityFixtures.article(editor, county, "集中征缴宣传月", "CITY", "2026-03-02", a, b, c);
        PublicityFixtures.article(editor, county, "亮屏行动", "COUNTY", "2026-04-01", c);
        PublicityFixtures.article(editor, county, "五进活动", "COUNTY", "2026-01-01", c);
        PublicityFixtures.article(editor, county, "医保电子凭证", "PROVINCIAL", "2026-05-01", b);
        PublicityFixtures.article(editor, county, "岁末回顾", "NATIONAL", "2025-12-31", a);
    }

    /** Points as the API writes them (two decimals), whatever the JSON reader made of the number. */
    static String money(JsonNode n) {
        return n.decimalValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static JsonNode board(int year) {
        return PublicityFixtures.ok(Api.get(ARTICLES + "/leaderboard?year=" + year + "&unitId=" + county, editor), 200,
                "leaderboard");
    }

    @Test
    void pointsAreSharedAmongCoAuthors() {
        JsonNode list = PublicityFixtures.ok(Api.get(ARTICLES + "?unitId=" + county + "&q=集中征缴", editor), 200,
                "list");
        assertEquals(1, list.path("total").asInt());
        JsonNode article = list.path("items").get(0);
        assertEquals("5.00", money(article.path("points")));
        List<String> shares = new ArrayList<>();
        article.path("authors").forEach(x -> shares.add(x.path("name").asText() + money(x.path("points"))));
        assertEquals(List.of("张宣1.67", "李传1.67", "王稿1.66"), shares);
        JsonNode points = PublicityFixtures.ok(Api.get(ARTICLES + "/points", editor), 200, "points");
        assertEquals(20, points.path("points").path("NATIONAL").asInt());
        assertEquals(3, points.path("points").path("COUNTY").asInt());
        assertEquals("EQUAL", points.path("shareRule").asText());
    }

    @Test
    void theYearsLeaderboardPerPersonAndSection() {
        JsonNode y2026 = board(2026);
        assertEquals(3, y2026.size());
        assertEquals("李传", y2026.get(0).path("name").asText());
        assertEquals("21.67", money(y2026.get(0).path("points")));
        assertEquals(1, y2026.get(0).path("rank").asInt());
        assertEquals("张宣", y2026.get(1).path("name").asText());
        assertEquals("11.67", money(y2026.get(1).path("points")));
        assertEquals("王稿", y2026.get(2).path("name").asText());
        assertEquals("7.66", money(y2026.get(2).path("points")));
        assertEquals(3, y2026.get(2).path("articles").asInt());
        assertEquals(2, y2026.get(2).path("county").asInt());
        // the year's boundary: 2025-12-31 counts in 2025 only, 2026-01-01 in 2026
        JsonNode y2025 = board(2025);
        assertEquals(1, y2025.size());
        assertEquals("张宣", y2025.get(0).path("name").asText());
        assertEquals("20.00", money(y2025.get(0).path("points")));
        JsonNode sections = PublicityFixtures.ok(
                Api.get(ARTICLES + "/leaderboard/sections?year=2026&unitId=" + county, editor), 200, "sections");
        assertEquals(2, sections.size());
        assertEquals("综合股", sections.get(0).path("sectionName").asText());
        assertEquals("33.34", money(sections.get(0).path("points")));
        assertEquals(3, sections.get(0).path("articles").asInt());
        assertEquals("待遇股", sections.get(1).path("sectionName").asText());
        assertEquals("7.66", money(sections.get(1).path("points")));
    }

    @Test
    void theLeaderboardAndTheLogAsXlsx() throws Exception {
        Api.Reply r = Api.get(ARTICLES + "/leaderboard?year=2026&format=xlsx&unitId=" + county, editor);
        assertEquals(200, r.status());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("名次", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("李传", s.getRow(1).getCell(2).getStringCellValue());
            assertEquals(3, s.getLastRowNum());
        }
        Api.Reply log = Api.get(ARTICLES + "?format=xlsx&year=2026&unitId=" + county, editor);
        assertEquals(200, log.status());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(log.bytes()))) {
            assertEquals(5, wb.getSheetAt(0).getLastRowNum());
        }
        Api.Reply sections = Api.get(ARTICLES + "/leaderboard/sections?year=2026&format=xlsx&unitId=" + county,
                editor);
        assertEquals(200, sections.status());
    }

    @Test
    void readersReadAndOnlyEditorsWrite() {
        String viewer = Fixtures.userAt(admin, "pub.v." + Api.unique(), List.of(PublicityRoles.VIEWER, "staff"),
                county, null);
        assertEquals(200, Api.get(ARTICLES + "/leaderboard?year=2026", viewer).status());
        long before = Fixtures.count(admin, ARTICLES + "?unitId=" + county);
        Api.Reply refused = Api.post(ARTICLES, viewer,
                Api.json(PublicityFixtures.articleDraft(county, "无权", "CITY", "2026-02-02", List.of(a))));
        assertEquals(403, refused.status());
        String nobody = Fixtures.userAt(admin, "pub.n." + Api.unique(), List.of("staff"), county, null);
        assertEquals(403, Api.get(ARTICLES, nobody).status());
        assertEquals(before, Fixtures.count(admin, ARTICLES + "?unitId=" + county));
    }

    @Test
    void anArticleIsChangedAndDeleted() {
        // a county of its own, so the leaderboard's county keeps its hand-worked figures
        long own = Fixtures.createCounty(admin).path("id").asLong();
        long x = PublicityFixtures.staff(admin, own, null, "赵改");
        long y = PublicityFixtures.staff(admin, own, null, "钱删");
        long id = PublicityFixtures.article(admin, own, "待改", "COUNTY", "2026-02-01", x);
        JsonNode changed = PublicityFixtures.ok(Api.put(ARTICLES + "/" + id, admin,
                Api.json(PublicityFixtures.articleDraft(own, "已改", "PROVINCIAL", "2026-02-01", List.of(y, x)))),
                200, "update");
        assertEquals("已改", changed.path("title").asText());
        assertEquals("10.00", money(changed.path("points")));
        assertEquals("钱删", changed.path("authors").get(0).path("name").asText());
        assertEquals("5.00", money(changed.path("authors").get(0).path("points")));
        assertEquals(204, Api.delete(ARTICLES + "/" + id, admin).status());
        assertEquals(404, Api.get(ARTICLES + "/" + id, admin).status());
        assertEquals(404, Api.delete(ARTICLES + "/" + id, admin).status());
    }

    record Bad(String method, String path, String body, String field) {
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        long own = Fixtures.createCounty(admin).path("id").asLong();
        long a = PublicityFixtures.staff(admin, own, null, "孙坏");
        long other = Fixtures.createCounty(admin).path("id").asLong();
        long stranger = PublicityFixtures.staff(admin, other, null, "外县人员");
        long id = PublicityFixtures.article(admin, own, "坏输入", "CITY", "2026-02-03", a);
        String before = snapshot(own, id);
        String ok = "\"unitId\":" + own + ",\"title\":\"t\",\"outlet\":\"o\",\"level\":\"CITY\","
                + "\"publishedOn\":\"2026-02-03\"";
        List<Bad> cases = List.of(new Bad("POST", ARTICLES, "{" + ok + "}", "authorIds"),
                new Bad("POST", ARTICLES, "{" + ok + ",\"authorIds\":[" + a + "," + a + "]}", "authorIds[1]"),
                new Bad("POST", ARTICLES, "{" + ok + ",\"authorIds\":[" + stranger + "]}", "authorIds[0]"),
                new Bad("POST", ARTICLES, "{" + ok + ",\"authorIds\":[999999999]}", "authorIds[0]"),
                new Bad("POST", ARTICLES, "{" + ok.replace("CITY", "GALAXY") + ",\"authorIds\":[" + a + "]}", "level"),
                new Bad("POST", ARTICLES,
                        "{" + ok.replace("2026-02-03", "2999-01-01") + ",\"authorIds\":[" + a + "]}", "publishedOn"),
                new Bad("POST", ARTICLES, "{" + ok.replace("\"title\":\"t\"", "\"title\":\" \"") + ",\"authorIds\":["
                        + a + "]}", "title"),
                new Bad("POST", ARTICLES, "{" + ok + ",\"link\":\"ftp://x\",\"authorIds\":[" + a + "]}", "link"),
                new Bad("POST", ARTICLES, "{" + ok.replace("\"unitId\":" + own, "\"unitId\":999999999")
                        + ",\"authorIds\":[" + a + "]}", "unitId"),
                new Bad("PUT", ARTICLES + "/" + id, "{" + ok.replace("\"outlet\":\"o\",", "") + ",\"authorIds\":[" + a
                        + "]}", "outlet"),
                new Bad("GET", ARTICLES + "?year=abc", null, "year"),
                new Bad("GET", ARTICLES + "?level=GALAXY", null, "level"),
                new Bad("GET", ARTICLES + "/leaderboard?year=1999", null, "year"),
                new Bad("GET", ARTICLES + "/leaderboard?unitId=x", null, "unitId"));
        List<String> failures = new ArrayList<>();
        for (Bad bad : cases) {
            Api.Reply r = bad.body() == null ? Api.get(bad.path(), admin)
                    : bad.method().equals("PUT") ? Api.put(bad.path(), admin, bad.body())
                            : Api.post(bad.path(), admin, bad.body());
            if (r.status() != 400) {
                failures.add(bad + " answered " + r.status() + " " + r.text());
                continue;
            }
            JsonNode details = r.json().path("details");
            boolean named = false;
            for (JsonNode d : details) {
                named |= d.path("field").asText().equals(bad.field());
            }
            if (!named) {
                failures.add(bad + " did not name " + bad.field() + ": " + r.text());
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(Api.post(ARTICLES, admin, "{not json").status() == 400);
        assertEquals(before, snapshot(own, id));
    }

    static String snapshot(long unit, long id) {
        return Api.get(ARTICLES + "?unitId=" + unit + "&size=1000", admin).text()
                + Api.get(ARTICLES + "/" + id, admin).text();
    }

}
