package org.xingfeng.training.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.training.core.internal.TrainingFixtures.API;
import static org.xingfeng.training.core.internal.TrainingFixtures.ok;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Chromium;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The sign-in page in Debian's headless Chromium at a phone's width, as a trainee uses it after scanning the poster:
 * the session in Chinese, a field left empty named beside it, a wrong name refused, the sign-in taken and recorded, a
 * second one refused; the poster with its QR code; English with {@code ?lang=en}. Screenshots go to target/screenshots.
 */
class SignInPageIT {

    static Chromium chromium;
    static Path shots;
    static String admin;
    static long county;

    @BeforeAll
    static void setUp() throws Exception {
        Assumptions.assumeTrue(Chromium.available(), "Debian's chromium is not installed");
        SignInIT.setUp();
        admin = SignInIT.admin;
        county = SignInIT.county;
        shots = Path.of(System.getProperty("xingfeng.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        int http = Integer.getInteger("org.osgi.service.http.port", 18481);
        chromium = new Chromium(Integer.getInteger("xingfeng.test.chromium.port", http + 41));
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aTraineeSignsInOnAPhoneOnceOnly() throws Exception {
        long session = SignInIT.session(0);
        JsonNode staff = Fixtures.createStaff(admin, county, "李娜");
        String number = staff.path("staffNumber").asText();
        JsonNode link = SignInIT.code(session);
        Chromium.Tab phone = chromium.tab(390, 844, true);
        phone.open(link.path("url").asText());
        phone.waitFor("!document.getElementById('form').hidden", 10_000);
        assertEquals("扫码签到课程", phone.text("document.getElementById('course').textContent"));
        assertEquals("二楼培训室", phone.text("document.getElementById('place').textContent"));
        phone.screenshot(shots.resolve("training-signin-phone.png"), true);

        phone.eval("document.getElementById('staffNumber').value = '" + number + "'");
        phone.eval("document.getElementById('submit').click()");
        phone.waitFor("document.getElementById('err-name').textContent.length > 0", 5_000);
        assertEquals("请填写此项", phone.text("document.getElementById('err-name').textContent"));

        phone.eval("document.getElementById('name').value = '李娜娜'");
        phone.eval("document.getElementById('submit').click()");
        phone.waitFor("!document.getElementById('error').hidden", 5_000);
        assertTrue(phone.text("document.getElementById('error').textContent").contains("工号与姓名不符"));

        phone.eval("document.getElementById('name').value = '李娜'");
        phone.eval("document.getElementById('submit').click()");
        phone.waitFor("!document.getElementById('done').hidden", 10_000);
        assertEquals("李娜，签到成功", phone.text("document.getElementById('doneText').textContent"));
        assertTrue(phone.text("document.getElementById('doneMeta').textContent").contains("迟到"));
        phone.screenshot(shots.resolve("training-signin-phone-done.png"), false);
        JsonNode rows = ok(Api.get(API + "/attendance?sessionId=" + session, admin), 200, "list");
        assertEquals(1, rows.path("items").size());

        Chromium.Tab again = chromium.tab(390, 844, true);
        again.open(link.path("url").asText());
        again.waitFor("!document.getElementById('form').hidden", 10_000);
        again.eval("document.getElementById('staffNumber').value = '" + number + "'");
        again.eval("document.getElementById('name').value = '李娜'");
        again.eval("document.getElementById('submit').click()");
        again.waitFor("!document.getElementById('error').hidden", 5_000);
        assertTrue(again.text("document.getElementById('error').textContent").startsWith("您已于"));
    }

    @Test
    void thePosterShowsTheQrCodeAndAClosedOrForgedCodeIsExplained() throws Exception {
        JsonNode link = SignInIT.code(SignInIT.session(0));
        Chromium.Tab screen = chromium.tab(1280, 900, false);
        screen.open(link.path("posterUrl").asText());
        screen.waitFor("document.querySelector('#qr svg') !== null", 10_000);
        assertEquals("扫码签到课程", screen.text("document.getElementById('course').textContent"));
        screen.screenshot(shots.resolve("training-signin-poster.png"), false);

        Chromium.Tab phone = chromium.tab(390, 844, true);
        phone.open(SignInIT.code(SignInIT.session(-1)).path("url").asText());
        phone.waitFor("!document.getElementById('status').hidden", 10_000);
        assertEquals("本课次签到已结束。", phone.text("document.getElementById('status').textContent"));
        assertTrue(phone.eval("document.getElementById('form').hidden").asBoolean());
        String url = link.path("url").asText();
        phone.open(url.substring(0, url.length() - 2) + "xy");
        phone.waitFor("!document.getElementById('status').hidden", 10_000);
        assertTrue(phone.text("document.getElementById('status').textContent").startsWith("签到码无效"));
    }

    @Test
    void inEnglish() throws Exception {
        JsonNode link = SignInIT.code(SignInIT.session(0));
        Chromium.Tab phone = chromium.tab(390, 844, true);
        phone.open(link.path("url").asText() + "?lang=en");
        phone.waitFor("!document.getElementById('form').hidden", 10_000);
        assertEquals("Sign in", phone.text("document.getElementById('submit').textContent"));
        phone.screenshot(shots.resolve("training-signin-phone-en.png"), false);
    }
}
