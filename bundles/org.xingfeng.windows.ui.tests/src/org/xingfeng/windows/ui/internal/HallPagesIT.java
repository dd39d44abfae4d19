package org.xingfeng.windows.ui.internal;

import org.xingfeng.platform.testing.Chromium;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.queue.QueueService;
import org.xingfeng.windows.api.queue.Ticket;
import org.xingfeng.windows.api.queue.TicketState;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hall's pages in headless Chromium, as a hall uses them: a citizen takes a ticket on the kiosk page (a phone-sized
 * touch screen), the hall display (1920x1080) shows and announces the call made through the REST API within a second,
 * the ticket's status page shows the window; the booking page lists the hall's matters. Screenshots of each page at a
 * phone's width and on the hall screen, and of the printed receipt, go to target/screenshots.
 */
class HallPagesIT extends ViewTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();
    static HallService halls;
    static QueueService queue;
    static WinFixture f;
    static Chromium chromium;
    static String base;
    static String token;
    static Path shots;

    @BeforeAll
    static void data() throws Exception {
        Assumptions.assumeTrue(Chromium.available(), "Debian's chromium is not installed");
        halls = service(HallService.class);
        queue = service(QueueService.class);
        f = WinFixture.create(service(OrgService.class), halls, service(WindowService.class), admin,
                WinFixture.tag("WP"));
        int port = Integer.getInteger("org.osgi.service.http.port", 8080);
        base = "http://127.0.0.1:" + port;
        shots = Path.of(System.getProperty("xingfeng.screenshots", "target/screenshots"));
        waitForPages();
        token = JSON.readTree(
                post("/api/v1/auth/login", "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}", null)
                        .body())
                .get("token").asText();
        chromium = new Chromium(Integer.getInteger("xingfeng.test.cdp.port", port + 7));
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static void waitForPages() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (get("/hall/" + f.hall.id() + "/kiosk").statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the kiosk page did not answer");
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTicketTakenAtTheKioskIsShownAndAnnouncedOnTheDisplayWithinASecondOfTheCall() throws Exception {
        Chromium.Tab display = chromium.tab(1920, 1080, false);
        display.open(base + "/hall/" + f.hall.id() + "/display");
        display.waitFor("document.getElementById('waiting-total')", 10_000);

        Chromium.Tab kiosk = chromium.tab(800, 1280, true);
        kiosk.open(base + "/hall/" + f.hall.id() + "/kiosk");
        kiosk.waitFor("document.querySelectorAll('button.matter').length === 2", 10_000);
        assertEquals(List.of(f.reimburse, f.enrol), JSON.convertValue(kiosk.eval(
                "[...document.querySelectorAll('button.matter')].map(b => b.dataset.code)"), List.class));
        // searching narrows the list
        kiosk.eval(
                "(() => { const s = document.getElementById('search'); s.value = 'bx'; s.dispatchEvent(new Event('input')); })()");
        assertEquals(1, kiosk.eval("document.querySelectorAll('button.matter').length").asInt());
        kiosk.screenshot(shots.resolve("windows-kiosk-search.png"), false);
        kiosk.eval("document.querySelector('button.matter[data-code=\"" + f.reimburse + "\"]').click()");
        kiosk.waitFor(
                "document.getElementById('r-number').textContent.length > 0 && document.getElementById('r-qr').complete"
                        + " && document.getElementById('r-qr').naturalWidth > 0",
                10_000);
        String number = kiosk.text("document.getElementById('r-number').textContent");
        assertTrue(number.matches("A\\d{3,}"), number);
        assertEquals("前面还有 0 人", kiosk.text("document.getElementById('r-ahead').textContent"));
        String statusUrl = kiosk.text("document.getElementById('r-url').textContent");
        kiosk.screenshot(shots.resolve("windows-kiosk-ticket.png"), false);
        kiosk.viewport(220, 600, false);
        kiosk.media("print");
        kiosk.screenshot(shots.resolve("windows-kiosk-receipt-print.png"), false);
        Ticket taken = queue
                .tickets(admin, new org.xingfeng.windows.api.queue.TicketQuery(f.hall.id(), null, null, null,
                        null), org.xingfeng.platform.api.PageRequest.ALL)
                .items().stream().filter(t -> t.number().equals(number))
                .findFirst().orElseThrow();
        assertEquals(TicketState.WAITING, taken.state());
        assertEquals(org.xingfeng.windows.api.queue.TicketSource.KIOSK, taken.source());
        display.waitFor("document.getElementById('waiting-total').textContent === '1'", 3_000);

        // the call from the REST API reaches the display through the server-sent events (the path warmed up first
        // by a call at the other window, where nobody waits)
        assertEquals(204, post("/api/v1/windows/windows/" + f.w2.id() + "/call-next", "", token).statusCode());
        long start = System.nanoTime();
        HttpResponse<String> call = post("/api/v1/windows/windows/" + f.w1.id() + "/call-next", "", token);
        assertEquals(200, call.statusCode(), call.body());
        display.waitFor("document.querySelector('#calls tr[data-number=\"" + number + "\"]')"
                + " && window.announcements.length > 0", 5_000);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1000, "shown on the display " + millis + " ms after the call");
        assertEquals("请 " + number + " 号到 1 号窗口办理",
                display.text("window.announcements[window.announcements.length - 1]"));
        assertEquals(number, display.text("document.getElementById('now-number').textContent"));
        assertEquals("1 号窗口", display.text("document.getElementById('now-window').textContent"));
        display.waitFor("document.getElementById('waiting-total').textContent === '0'", 3_000);
        display.screenshot(shots.resolve("windows-display-1920x1080.png"), false);
        display.viewport(390, 844, true);
        display.screenshot(shots.resolve("windows-display-phone.png"), false);

        // the citizen's status page (the QR code's address) shows the window
        assertTrue(statusUrl.startsWith(base + "/hall/ticket/" + taken.id() + "?n="), statusUrl);
        Chromium.Tab phone = chromium.tab(390, 844, true);
        phone.open(statusUrl);
        phone.waitFor("!document.getElementById('called').hidden", 5_000);
        assertEquals("请到 1 号窗口办理", phone.text("document.getElementById('called').textContent"));
        phone.screenshot(shots.resolve("windows-ticket-status-phone.png"), false);
        // and follows the service live: started, then finished
        queue.start(admin, taken.id());
        phone.waitFor("document.getElementById('state').textContent === '正在办理'", 3_000);
    }

    @Test
    void theBookingPageListsTheHallsMattersAndTheKioskSpeaksEnglishWhenAsked() throws Exception {
        Chromium.Tab phone = chromium.tab(390, 844, true);
        phone.open(base + "/hall/" + f.hall.id() + "/book");
        phone.waitFor("document.querySelectorAll('#matter option').length === 2", 10_000);
        assertTrue(phone.text("document.title").startsWith("网上预约"), phone.text("document.title"));
        phone.waitFor(
                "document.querySelectorAll('#slots button').length > 0 || !document.getElementById('no-slots').hidden"
                        + " || !document.getElementById('error').hidden",
                10_000);
        phone.screenshot(shots.resolve("windows-book-phone.png"), false);
        // book the first free slot of the coming working days, then cancel it
        boolean booked = false;
        for (int i = 1; i <= 7 && !booked; i++) {
            String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(i).toString();
            phone.eval("(() => { const d = document.getElementById('date'); d.value = '" + day
                    + "'; d.dispatchEvent(new Event('change')); })()");
            phone.waitFor(
                    "document.querySelectorAll('#slots button').length > 0 || !document.getElementById('no-slots').hidden",
                    10_000);
            booked = phone.eval(
                    "(() => { const b = document.querySelector('#slots button:not([disabled])'); if (!b) return false;"
                            + " b.click(); return true; })()")
                    .asBoolean();
        }
        assertTrue(booked, "a free slot in the coming week");
        phone.eval(
                "(() => { document.getElementById('name').value = '张三'; document.getElementById('phone').value = '13800001234';"
                        + " document.getElementById('form').requestSubmit(); })()");
        phone.waitFor("!document.getElementById('booked').hidden", 5_000);
        String reference = phone.text("document.getElementById('reference').textContent");
        assertTrue(reference.length() >= 4, reference);
        phone.screenshot(shots.resolve("windows-book-done-phone.png"), false);
        phone.eval("document.getElementById('cancel').click()");
        phone.waitFor("document.getElementById('what').textContent === '预约已取消。'", 5_000);

        Chromium.Tab kiosk = chromium.tab(1920, 1080, false);
        kiosk.open(base + "/hall/" + f.hall.id() + "/kiosk?lang=en");
        kiosk.waitFor("document.querySelectorAll('button.matter').length === 2", 10_000);
        assertEquals("en", kiosk.text("document.documentElement.lang"));
        assertEquals("Appointment check-in", kiosk.text("document.getElementById('checkin-open').textContent"));
        kiosk.screenshot(shots.resolve("windows-kiosk-1920x1080-en.png"), false);

        // check-in with an unknown code: a clear message, no ticket
        kiosk.eval("document.getElementById('checkin-open').click()");
        kiosk.eval("(() => { document.getElementById('reference').value = 'NOSUCH'; "
                + "document.getElementById('checkin-form').requestSubmit(); })()");
        kiosk.waitFor("!document.getElementById('checkin-error').hidden", 5_000);

        assertEquals(404, get("/hall/999999999/kiosk").statusCode());
        assertTrue(get("/hall/assets/..%2Fsecret").statusCode() >= 400);
        assertEquals(404, get("/hall/assets/secret.js").statusCode());
        HttpResponse<String> qr = get("/hall/ticket/1/qr.svg?n=A001");
        assertEquals(200, qr.statusCode());
        assertTrue(qr.body().startsWith("<svg"), qr.body());
        assertTrue(Files.isDirectory(shots));
    }
}
