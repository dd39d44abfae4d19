package org.xingfeng.windows.core.internal;

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
import org.xingfeng.windows.api.WindowsRoles;

/**
 * The station map in Debian's headless Chromium, as a county's staff use it: the sign-in on the page, Leaflet drawing
 * the station, its reach circle and the villages (the one outside in red and listed), the figures, a plain background
 * without a tile server (offline). Screenshots go to target/screenshots.
 */
class StationMapIT {

    static final String API = WindowsFixtures.API;
    static Chromium chromium;
    static Path shots;
    static String username;
    static String token;
    static String tag;

    @BeforeAll
    static void setUp() throws Exception {
        Assumptions.assumeTrue(Chromium.available(), "Debian's chromium is not installed");
        Api.awaitReady();
        String root = Api.admin();
        long county = Fixtures.createCounty(root).path("id").asLong();
        long town = Fixtures.createUnit(root, county, "TOWNSHIP").path("id").asLong();
        username = "win.map." + Api.unique();
        token = Fixtures.userAt(root, username, List.of(WindowsRoles.ADMIN, "staff"), county, null);
        WindowsFixtures.ok(Api.put(API + "/stations/" + town, root, Api.json(Map.of("latitude", 31.0952, "longitude",
                105.0939, "openingHours", "周一至周五 09:00-17:00", "matterCodes", List.of("MP1")))), 200, "station");
        tag = Api.unique();
        int i = 0;
        for (double[] v : new double[][] { { 31.105, 105.10, 2800 }, { 31.08, 105.12, 1500 },
                { 31.16, 105.02, 900 } }) {
            WindowsFixtures.ok(Api.post(API + "/villages", root, Api.json(Map.of("unitId", town, "code",
                    "MV" + Api.unique(), "name", (i == 2 ? "远山村" : "近郊村" + i) + tag, "latitude", v[0], "longitude",
                    v[1], "population", (int) v[2]))), 201, "village");
            i++;
        }
        shots = Path.of(System.getProperty("xingfeng.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        int port = Integer.getInteger("org.osgi.service.http.port", 8080);
        chromium = new Chromium(Integer.getInteger("xingfeng.test.cdp.port", port + 9));
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void staffSignInAndSeeTheCircleAndTheVillageOutside() throws Exception {
        Chromium.Tab tab = chromium.tab(1280, 800, false);
        tab.open(Api.base() + "/stations-map");
        tab.waitFor("!document.getElementById('login').hidden", 10_000);
        assertEquals("便民服务站网络", tab.text("document.getElementById('title').textContent"));
        tab.eval("document.getElementById('username').value = '" + username + "'");
        tab.eval("document.getElementById('password').value = 'not-the-password'");
        tab.eval("document.querySelector('#login-form button').click()");
        tab.waitFor("!document.getElementById('login-error').hidden", 10_000);
        // signed in: the page keeps the token for the tab
        tab.eval("sessionStorage.setItem('xingfeng.map.token', '" + token + "')");
        tab.open(Api.base() + "/stations-map");
        tab.waitFor("document.body.dataset.ready === 'true' || !document.getElementById('error').hidden", 30_000);
        assertEquals("", tab.text("document.getElementById('error').textContent"));
        // Leaflet drew the station, its circle and three villages; no tiles (offline)
        assertEquals(1L, tab.eval("document.querySelectorAll('path.leaflet-interactive[fill-opacity=\"0.08\"]').length")
                .asLong());
        assertEquals(0L, tab.eval("document.querySelectorAll('.leaflet-tile').length").asLong());
        String outside = tab.text("document.getElementById('outside').textContent");
        assertTrue(outside.contains("远山村" + tag), outside);
        assertTrue(!outside.contains("近郊村0" + tag), outside);
        String figures = tab.text("document.getElementById('figures').textContent");
        assertTrue(figures.contains("5.77 km"), figures);
        assertTrue(figures.contains("2 / 3"), figures);
        tab.screenshot(shots.resolve("windows-station-map.png"), false);
        // walking: 0.96 km, the villages 1.2 km and more away are outside too
        tab.eval(
                "document.getElementById('mode').value = 'WALKING'; document.getElementById('mode').dispatchEvent(new Event('change'))");
        tab.waitFor("document.getElementById('figures').textContent.includes('0.96 km')", 10_000);
        assertTrue(tab.text("document.getElementById('outside').textContent").contains("近郊村1" + tag));
        Chromium.Tab phone = chromium.tab(390, 844, true);
        phone.open(Api.base() + "/stations-map");
        phone.waitFor("!document.getElementById('login').hidden", 15_000);
        phone.screenshot(shots.resolve("windows-station-map-phone-login.png"), false);
        phone.eval("sessionStorage.setItem('xingfeng.map.token', '" + token + "')");
        phone.open(Api.base() + "/stations-map");
        phone.waitFor("document.body.dataset.ready === 'true' || !document.getElementById('error').hidden", 30_000);
        assertEquals("", phone.text("document.getElementById('error').textContent"));
        phone.screenshot(shots.resolve("windows-station-map-phone.png"), true);
    }
}
