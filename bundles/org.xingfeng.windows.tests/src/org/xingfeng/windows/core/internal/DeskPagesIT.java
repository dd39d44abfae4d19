package org.xingfeng.windows.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.xingfeng.evaluations.api.tickets.EvaluationTicket;
import org.xingfeng.evaluations.api.tickets.EvaluationTicketDraft;
import org.xingfeng.evaluations.api.tickets.EvaluationTicketService;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Chromium;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The window desk's pages in Debian's headless Chromium: the record's receipt (signed in on the page) with the QR code
 * of its evaluation link, printed 58 mm wide; the evaluator tablet at a window, which shows the evaluation page of the
 * record the window has just closed (pushed over the hall's live stream) and goes back to its welcome afterwards. The
 * evaluations module is stood in for by a ticket service of the test's own (this runtime has only its api).
 */
class DeskPagesIT {

    static final String API = "/api/v1/windows";
    static String admin;
    static long county;
    static long hall;
    static long window;
    static long otherWindow;
    static Chromium chromium;
    static Path shots;
    static ServiceRegistration<EvaluationTicketService> fake;

    @BeforeAll
    static void setUp() throws Exception {
        Assumptions.assumeTrue(Chromium.available(), "Debian's chromium is not installed");
        Api.awaitReady();
        admin = Api.admin();
        county = Fixtures.createCounty(admin).path("id").asLong();
        hall = WindowsFixtures.hall(admin, county, "回执大厅");
        window = WindowsFixtures.window(admin, hall, "7", "M1");
        otherWindow = WindowsFixtures.window(admin, hall, "8", "M1");
        BundleContext context = FrameworkUtil.getBundle(WindowsDatabase.class).getBundleContext();
        fake = context.registerService(EvaluationTicketService.class, new EvaluationTicketService() {
            @Override
            public EvaluationTicket issue(Actor actor, EvaluationTicketDraft d) {
                return new EvaluationTicket(token(d.recordNo()), d.unitId(), d.recordNo(), d.staffNumber(),
                        d.windowNo(), d.matterCode(), java.time.Instant.now().plusSeconds(3600));
            }

            @Override
            public EvaluationTicket verify(String token) {
                throw new UnsupportedOperationException();
            }
        }, null);
        shots = Path.of(System.getProperty("xingfeng.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        chromium = new Chromium(Integer.getInteger("xingfeng.test.chromium.port",
                URI.create(Api.base()).getPort() + 7));
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (fake != null) {
            fake.unregister();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    static String token(String record) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(record.getBytes(StandardCharsets.UTF_8))
                + ".SIGNATURE-of-the-test-0123";
    }

    /** A record opened, accepted and completed at the window; closed once the test's ticket service is bound. */
    static JsonNode closedRecord(long windowId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonNode r = WindowsFixtures.ok(Api.post(API + "/records", admin, Api.json(Map.of("windowId", windowId,
                    "matterCode", "M1", "citizenName", "王小明"))), 201, "open a record");
            long id = r.path("id").asLong();
            WindowsFixtures.ok(Api.post(API + "/records/" + id + "/steps", admin, Api.json(Map.of("kind", "ACCEPT"))),
                    200, "accept");
            JsonNode done = WindowsFixtures.ok(Api.post(API + "/records/" + id + "/steps", admin,
                    Api.json(Map.of("kind", "COMPLETE"))), 200, "complete");
            if (!done.path("evaluationTicket").isNull() && !done.path("evaluationTicket").isMissingNode()) {
                return done;
            }
            Thread.sleep(100); // the link binds the test's service on the framework's time
        }
        throw new AssertionError("no evaluation ticket issued");
    }

    static void signIn(Chromium.Tab tab) throws Exception {
        tab.waitFor("!document.getElementById('login').hidden", 10_000);
        tab.eval("document.getElementById('username').value = 'admin'");
        tab.eval("document.getElementById('password').value = " + Api.json(Api.ADMIN_PASSWORD));
        tab.eval("document.querySelector('#login button').click()");
    }

    @Test
    void theReceiptCarriesTheRecordAndTheQrCodeOfItsEvaluation() throws Exception {
        JsonNode r = closedRecord(window);
        Chromium.Tab tab = chromium.tab(390, 844, true);
        tab.open(Api.base() + "/hall/desk/receipt/" + r.path("id").asLong());
        signIn(tab);
        tab.waitFor("!document.getElementById('ticket').hidden && document.getElementById('qr').complete"
                + " && document.getElementById('qr').naturalWidth > 0", 15_000);
        assertEquals(r.path("number").asText(), tab.text("document.getElementById('number').textContent"));
        assertEquals("王**", tab.text("document.getElementById('citizen').textContent"), "masked on the receipt");
        assertEquals("7", tab.text("document.getElementById('window').textContent"));
        assertEquals("已办结", tab.text("document.getElementById('state').textContent"));
        String qr = tab.text("document.getElementById('qr').getAttribute('src')");
        assertTrue(qr.contains(URLEncoder.encode(r.path("evaluationTicket").asText(), StandardCharsets.UTF_8)), qr);
        tab.screenshot(shots.resolve("windows-receipt-phone.png"), true);
        tab.media("print");
        assertTrue(tab.eval("document.querySelector('.receipt').offsetHeight > 100"
                + " && document.querySelector('header').offsetHeight === 0"
                + " && document.getElementById('print').offsetHeight === 0").asBoolean(),
                "printed: the receipt alone");
        tab.screenshot(shots.resolve("windows-receipt-print.png"), true);
        // the QR code is drawn only for a ticket's shape, and encodes this server's evaluation page
        Api.Reply svg = Api.get("/hall/desk/qr.svg?t=" + URLEncoder.encode(r.path("evaluationTicket").asText(),
                StandardCharsets.UTF_8), null);
        assertEquals(200, svg.status());
        assertTrue(svg.text().startsWith("<svg"), svg.text());
        assertEquals(404, Api.get("/hall/desk/qr.svg?t=https%3A%2F%2Fevil.example%2F", null).status());
        assertEquals(404, Api.get("/hall/desk/qr.svg", null).status());
        // without an account nothing of the record is shown
        Api.Reply anonymous = Api.get(API + "/records/" + r.path("id").asLong(), null);
        assertEquals(401, anonymous.status());
    }

    @Test
    void theTabletShowsTheRecordJustClosedAtItsWindowAndResets() throws Exception {
        Chromium.Tab tablet = chromium.tab(1024, 768, false);
        tablet.open(Api.base() + "/hall/desk/evaluator/" + window + "?timeout=10");
        signIn(tablet);
        tablet.waitFor("document.body.dataset.state === 'idle' && document.body.dataset.live === 'yes'", 15_000);
        tablet.screenshot(shots.resolve("windows-evaluator-idle.png"), false);
        closedRecord(otherWindow); // another window's record: the tablet stays as it is
        JsonNode r = closedRecord(window);
        tablet.waitFor("document.body.dataset.state === 'record'", 15_000);
        assertEquals(r.path("number").asText(), tablet.text("document.body.dataset.record"));
        String src = tablet.text("document.getElementById('frame').getAttribute('src')");
        assertTrue(src.startsWith("/evaluate?at=window&t="), src);
        assertTrue(src.contains(URLEncoder.encode(r.path("evaluationTicket").asText(), StandardCharsets.UTF_8)), src);
        tablet.screenshot(shots.resolve("windows-evaluator-record.png"), false);
        // the evaluation page tells its tablet it was sent: thanks, then the welcome again
        tablet.eval("window.postMessage({ type: 'xingfeng.evaluated' }, location.origin)");
        tablet.waitFor("document.body.dataset.state === 'idle' && !document.getElementById('thanks').hidden", 10_000);
        // nobody touches it: back to the welcome after the timeout
        closedRecord(window);
        tablet.waitFor("document.body.dataset.state === 'record'", 15_000);
        long waited = tablet.waitFor("document.body.dataset.state === 'idle'", 20_000);
        assertTrue(waited > 3_000, "reset by the timeout, not at once: " + waited);
        assertNotNull(tablet.text("document.getElementById('frame').getAttribute('src') || 'none'"));
        assertEquals("none", tablet.text("document.getElementById('frame').getAttribute('src') || 'none'"));
    }

    @Test
    void anUnknownWindowAndAnUnknownFileAreNotFound() {
        Api.Reply page = Api.get("/hall/desk/evaluator/987654321", null);
        assertEquals(404, page.status());
        assertTrue(page.text().contains("没有这个窗口"), page.text());
        assertEquals(404, Api.get("/hall/desk/assets/secret.properties", null).status());
        assertEquals(200, Api.get("/hall/desk/assets/desk.js", null).status());
        Api.Reply en = Api.get("/hall/desk/receipt/1?lang=en", null);
        assertTrue(en.text().contains("Handling receipt"), en.text());
    }
}
