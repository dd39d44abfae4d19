package org.xingfeng.publicity.core.internal;

import org.xingfeng.platform.testing.Chromium;
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
}
