package org.xingfeng.publicity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Chromium;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.publicity.api.PublicityRoles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The citizens' survey page in Debian's headless Chromium at a phone's width, as a respondent uses it: the
 * questionnaire in Chinese, a required question left out named beside it, the answers sent, the thanks, the same code
 * refused afterwards, an unknown code explained; English with {@code ?lang=en}. Screenshots go to target/screenshots.
 */
class SurveyPageIT {

    static Chromium chromium;
    static Path shots;
    static String base;
    static String editor;
    static long survey;
    static long town;

    @BeforeAll
    static void setUp() throws Exception {
        Assumptions.assumeTrue(Chromium.available(), "Debian's chromium is not installed");
        Api.awaitReady();
        base = Api.base();
        String admin = Api.admin();
        long county = Fixtures.createCounty(admin).path("id").asLong();
        town = Fixtures.createUnit(admin, county, "TOWNSHIP").path("id").asLong();
        editor = Fixtures.userAt(admin, "pub.sp." + Api.unique(), List.of(PublicityRoles.EDITOR, "staff"), county,
                null);
        survey = PublicityFixtures.ok(Api.post(SurveysIT.SURVEYS, editor, Api.json(SurveysIT.draft(county))), 201,
                "survey").path("id").asLong();
        PublicityFixtures.ok(Api.post(SurveysIT.SURVEYS + "/" + survey + "/open", editor, ""), 200, "open");
        shots = Path.of(System.getProperty("xingfeng.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        chromium = new Chromium(Integer.getInteger("xingfeng.test.chromium.port", 19150));
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    static String code() {
        JsonNode b = PublicityFixtures.ok(Api.post(SurveysIT.SURVEYS + "/" + survey + "/codes", editor,
                Api.json(Map.of("areaUnitId", town, "count", 1))), 201, "code");
        return b.path("codes").get(0).asText();
    }

    @Test
    void aRespondentAnswersOnAPhoneOnceOnly() throws Exception {
        String code = code();
        Chromium.Tab phone = chromium.tab(390, 844, true);
        phone.open(base + "/survey/" + code);
        phone.waitFor("document.querySelectorAll('fieldset').length === 5", 10_000);
        assertEquals("医保政策知晓率调查", phone.text("document.getElementById('title').textContent"));
        assertTrue(phone.text("document.querySelector('#q-knows legend').textContent").contains("您是否知道医保电子凭证"));
        phone.screenshot(shots.resolve("publicity-survey-phone.png"), true);
        // the required second question left out: named beside it, nothing sent
        phone.eval("document.querySelector('#q-knows input[value=yes]').click()");
        phone.eval("document.getElementById('submit').click()");
        phone.waitFor("document.getElementById('err-how').textContent.length > 0", 5_000);
        assertEquals("请回答此题", phone.text("document.getElementById('err-how').textContent"));
        phone.screenshot(shots.resolve("publicity-survey-phone-missing.png"), false);
        phone.eval("document.querySelector('#q-how input[value=\"1\"]').click()");
        phone.eval("document.querySelector('#q-seen input[value=\"0\"]').click()");
        phone.eval("document.querySelector('#q-sat input[value=\"4\"]').click()");
        phone.eval("document.querySelector('#q-say textarea').value = '<b>请多宣传</b>'");
        phone.eval("document.getElementById('submit').click()");
        phone.waitFor("!document.getElementById('status').hidden", 10_000);
        assertEquals("提交成功，感谢您的参与！", phone.text("document.getElementById('status').textContent"));
        phone.screenshot(shots.resolve("publicity-survey-phone-thanks.png"), false);

        JsonNode results = PublicityFixtures.ok(Api.get(SurveysIT.SURVEYS + "/" + survey + "/results", editor), 200,
                "results");
        JsonNode all = results.get(0);
        assertEquals(1, all.path("responses").asInt());
        assertEquals(List.of(0, 1, 0), SurveysIT.ints(all.path("questions").get(1).path("counts")));
        assertEquals("<b>请多宣传</b>", all.path("questions").get(4).path("texts").get(0).asText());

        Chromium.Tab again = chromium.tab(390, 844, true);
        again.open(base + "/survey/" + code);
        again.waitFor("!document.getElementById('status').hidden", 10_000);
        assertEquals("此访问码已提交过问卷，感谢您的参与。", again.text("document.getElementById('status').textContent"));
    }

    @Test
    void anUnknownCodeIsExplainedAndEnglishIsOffered() throws Exception {
        Chromium.Tab phone = chromium.tab(390, 844, true);
        phone.open(base + "/survey/ABCDEFGHJK");
        phone.waitFor("!document.getElementById('status').hidden", 10_000);
        assertEquals("访问码无效，请核对后重新扫码或输入。", phone.text("document.getElementById('status').textContent"));
        phone.open(base + "/survey/%3Cscript%3E");
        phone.waitFor("!document.getElementById('status').hidden", 10_000);
        String code = code();
        Chromium.Tab en = chromium.tab(390, 844, true);
        en.open(base + "/survey/" + code + "?lang=en");
        en.waitFor("document.querySelectorAll('fieldset').length === 5", 10_000);
        assertEquals("Submit", en.text("document.getElementById('submit').textContent"));
        en.screenshot(shots.resolve("publicity-survey-phone-en.png"), false);
    }

    @Test
    void aBranchOpensAndClosesWithItsAnswerOnAPhone() throws Exception {
        long county = PublicityFixtures.ok(Api.get(SurveysIT.SURVEYS + "/" + survey, editor), 200, "survey")
                .path("unitId").asLong();
        long branched = PublicityFixtures.ok(Api.post(SurveysIT.SURVEYS, editor,
                Api.json(SurveyRoundsIT.branched(county, "电子凭证使用情况调查", List.of()))), 201, "survey").path("id")
                .asLong();
        PublicityFixtures.ok(Api.post(SurveysIT.SURVEYS + "/" + branched + "/open", editor, ""), 200, "open");
        String code = PublicityFixtures.ok(Api.post(SurveysIT.SURVEYS + "/" + branched + "/codes", editor,
                Api.json(Map.of("areaUnitId", town, "count", 1))), 201, "code").path("codes").get(0).asText();
        Chromium.Tab phone = chromium.tab(390, 844, true);
        phone.open(base + "/survey/" + code);
        phone.waitFor("document.querySelectorAll('fieldset').length === 4", 10_000);
        assertEquals(true, phone.eval("document.getElementById('q-why').hidden")
                .asBoolean());
        assertEquals("2. ", phone.text("document.querySelector('#q-group .num').textContent"));
        // "no": the reason is asked, numbered second, the questions after it renumbered
        phone.eval("document.querySelector('#q-knows input[value=no]').click()");
        phone.waitFor("!document.getElementById('q-why').hidden", 5_000);
        assertEquals("2. ", phone.text("document.querySelector('#q-why .num').textContent"));
        assertEquals("3. ", phone.text("document.querySelector('#q-group .num').textContent"));
        phone.eval("document.querySelector('#q-group input[value=\"1\"]').click()");
        phone.eval("document.querySelector('#q-how input[value=\"2\"]').click()");
        phone.eval("document.getElementById('submit').click()");
        phone.waitFor("document.getElementById('err-why').textContent.length > 0", 5_000);
        assertEquals("请回答此题", phone.text("document.getElementById('err-why').textContent"));
        phone.eval("document.querySelector('#q-why input[value=\"0\"]').click()");
        phone.screenshot(shots.resolve("publicity-survey-phone-branch.png"), true);
        // back to "yes": the reason is hidden again and its answer not sent
        phone.eval("document.querySelector('#q-knows input[value=yes]').click()");
        phone.waitFor("document.getElementById('q-why').hidden", 5_000);
        phone.eval("document.getElementById('submit').click()");
        phone.waitFor("!document.getElementById('status').hidden", 10_000);
        assertEquals("提交成功，感谢您的参与！", phone.text("document.getElementById('status').textContent"));
        JsonNode all = PublicityFixtures.ok(Api.get(SurveysIT.SURVEYS + "/" + branched + "/results", editor), 200,
                "results").get(0);
        assertEquals(1, all.path("responses").asInt());
        assertEquals(0, all.path("questions").get(1).path("answered").asInt());
        assertEquals(List.of(0, 1, 0), SurveysIT.ints(all.path("questions").get(2).path("counts")));
    }

    @Test
    void theSheetOfQrCodesPrintsAndItsCodesScanToTheSurveyPage() throws Exception {
        List<String> issued = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            issued.add(code());
        }
        Chromium.Tab tab = chromium.tab(794, 1123, false);
        tab.open(base + "/survey/ABCDEFGHJK");
        tab.eval("fetch('/api/v1/publicity/surveys/" + survey + "/codes/sheet?areaUnitId=" + town
                + "&unused=true', {headers: {Authorization: 'Bearer " + editor + "'}}).then(r => r.text())"
                + ".then(t => { document.open(); document.write(t); document.close(); })");
        tab.waitFor("document.querySelectorAll('.slip svg').length >= 3", 10_000);
        tab.media("print");
        Path png = tab.screenshot(shots.resolve("publicity-survey-qr-sheet.png"), true);
        java.util.Set<String> scanned = QrScan.decodeAll(png);
        for (String code : issued) {
            assertTrue(scanned.contains(base + "/survey/" + code), scanned + " lacks " + code);
        }
    }
}
