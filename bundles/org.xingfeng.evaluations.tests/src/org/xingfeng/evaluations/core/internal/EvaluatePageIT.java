package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.xingfeng.evaluations.core.internal.tickets.TicketKeyEntity;
import org.xingfeng.evaluations.core.internal.tickets.TicketRules;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Chromium;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The citizen's evaluation page and the public ticket look-up it reads: what is rated (the staff member's name
 * masked), the five levels, the indicator ratings of the channel, tags and a comment sent with the ticket and stored;
 * a used, forged, expired or missing ticket explained in plain words. In Debian's headless Chromium at a phone's
 * width (screenshots in target/screenshots) and over HTTP.
 */
class EvaluatePageIT {

    static final String LOOKUP = "/api/v1/evaluations/public/ticket";
    static String admin;
    static String issuer;
    static long county;
    static JsonNode member;
    static String countyName;
    static Chromium chromium;
    static Path shots;

    @BeforeAll
    static void setUp() throws Exception {
        Api.awaitReady();
        admin = Api.admin();
        JsonNode c = Fixtures.createCounty(admin);
        county = c.path("id").asLong();
        countyName = c.path("name").asText();
        member = Fixtures.createStaff(admin, county, "李晓红");
        issuer = Fixtures.userAt(admin, "epissuer" + Api.unique(), List.of("evaluations.issuer"), county, null);
        shots = Path.of(System.getProperty("xingfeng.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    static Chromium chromium() throws Exception {
        Assumptions.assumeTrue(Chromium.available(), "Debian's chromium is not installed");
        if (chromium == null) {
            chromium = new Chromium(Integer.getInteger("xingfeng.test.chromium.port",
                    URI.create(Api.base()).getPort() + 7));
        }
        return chromium;
    }

    static String ticket(String record) {
        Map<String, Object> d = new HashMap<>();
        d.put("unitId", county);
        d.put("recordNo", record);
        d.put("staffNumber", member.path("staffNumber").asText());
        d.put("windowNo", "3");
        d.put("matterCode", "YB01-003");
        Api.Reply r = Api.post("/api/v1/evaluations/tickets", issuer, Api.json(d));
        assertEquals(201, r.status(), r.text());
        return r.json().path("token").asText();
    }

    /** A ticket signed with this server's key that expired a minute ago. */
    static String expired(String record) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(EvaluatePageIT.class).getBundleContext();
        ServiceTracker<EvaluationsDatabase, EvaluationsDatabase> t = new ServiceTracker<>(context,
                EvaluationsDatabase.class, null);
        t.open();
        try {
            EvaluationsDatabase db = t.waitForService(30_000);
            assertNotNull(db, "the evaluations database");
            byte[] key = Jpa.read(db.emf(),
                    em -> Base64.getDecoder().decode(em.find(TicketKeyEntity.class, 1).key));
            return TicketRules.sign(key, county, record, null, "3", "YB01-003", Instant.now().minusSeconds(60))
                    .token();
        } finally {
            t.close();
        }
    }

    static String forged(String token) {
        // a character whose six bits all count (the last one's lowest two do not)
        int i = token.length() - 2;
        return token.substring(0, i) + (token.charAt(i) == 'A' ? 'B' : 'A') + token.substring(i + 1);
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theLookUpShowsWhatIsRatedAndRefusesBadTickets() throws Exception {
        String record = "EVP-" + Api.unique();
        String t = ticket(record);
        Api.Reply r = Api.get(LOOKUP + "?t=" + q(t), null);
        assertEquals(200, r.status(), r.text());
        JsonNode v = r.json();
        assertEquals(record, v.path("recordNo").asText());
        assertEquals(countyName, v.path("unitName").asText());
        assertEquals("李**", v.path("staffName").asText(), "the staff member's name masked");
        assertEquals("WEB", v.path("channel").asText());
        assertEquals(5, v.path("indicators").size(), "the online set for the QR code: " + v);
        assertFalse(v.path("evaluated").asBoolean());
        assertFalse(r.text().contains("李晓红"), r.text());
        JsonNode atWindow = Api.get(LOOKUP + "?at=window&t=" + q(t), null).json();
        assertEquals(4, atWindow.path("indicators").size(), "the window set at the window: " + atWindow);
        assertEquals("WINDOW_DEVICE", atWindow.path("channel").asText());

        assertEquals("ticket_invalid", Api.get(LOOKUP + "?t=" + q(forged(t)), null).error());
        assertEquals("ticket_invalid", Api.get(LOOKUP + "?t=%3Cscript%3E", null).error());
        Api.Reply none = Api.get(LOOKUP, null);
        assertEquals(400, none.status(), none.text());
        assertEquals("ticket_required", none.error());
        assertEquals("ticket", none.json().path("details").get(0).path("field").asText());
        Api.Reply old = Api.get(LOOKUP + "?t=" + q(expired("EVX-" + Api.unique())), null);
        assertEquals(400, old.status(), old.text());
        assertEquals("ticket_expired", old.error());

        Map<String, Object> e = new HashMap<>();
        e.put("ticket", t);
        e.put("level", 4);
        e.put("channel", "WEB");
        assertEquals(201, Api.post("/api/v1/evaluations/submissions", null, Api.json(e)).status());
        assertTrue(Api.get(LOOKUP + "?t=" + q(t), null).json().path("evaluated").asBoolean(), "used once rated");
    }

    @Test
    void aCitizenRatesOnAPhoneOnceWithIndicatorsTagsAndAComment() throws Exception {
        String record = "EVP-" + Api.unique();
        String t = ticket(record);
        Chromium.Tab phone = chromium().tab(390, 844, true);
        phone.open(Api.base() + "/evaluate?t=" + q(t));
        phone.waitFor("document.body.dataset.state === 'form'", 15_000);
        assertEquals(countyName, phone.text("document.getElementById('unit').textContent"));
        assertEquals(record, phone.text("document.getElementById('record').textContent"));
        assertTrue(phone.text("document.getElementById('staff').textContent").startsWith("李**"),
                phone.text("document.getElementById('staff').textContent"));
        assertEquals(5, phone.eval("document.querySelectorAll('#levels button').length").asInt());
        assertEquals("整体满意度,办事效率,办事指南精确度,办事便捷度,平台操作性", phone.text(
                "Array.from(document.querySelectorAll('.indicator > span')).map(s => s.textContent).join(',')"));
        // sent without a level: named, nothing stored
        phone.eval("document.getElementById('submit').click()");
        phone.waitFor("!document.getElementById('error').hidden", 5_000);
        assertEquals("请先选择总体评价。", phone.text("document.getElementById('error').textContent"));
        phone.eval("document.querySelector('#levels button[data-level=\"2\"]').click()");
        phone.eval(
                "document.querySelector('.indicator[data-indicator=\"efficiency\"] button[data-score=\"1\"]').click()");
        phone.eval("Array.from(document.querySelectorAll('#tags button')).find(b => b.textContent === '等候太久').click()");
        phone.eval("document.getElementById('comment').value = '<b>排队一个多小时</b>'");
        phone.screenshot(shots.resolve("evaluations-evaluate-phone.png"), true);
        phone.eval("document.getElementById('submit').click()");
        phone.waitFor("document.body.dataset.state === 'done'", 15_000);
        assertTrue(phone.text("document.getElementById('done-text').textContent").contains("回访"));
        phone.screenshot(shots.resolve("evaluations-evaluate-phone-done.png"), false);

        JsonNode stored = Api.get("/api/v1/evaluations?recordNo=" + record + "&unitId=" + county, admin).json()
                .path("items").get(0);
        assertNotNull(stored, "stored");
        assertEquals("DISSATISFIED", stored.path("level").asText(), stored.toString());
        assertEquals("WEB", stored.path("channel").asText());
        assertEquals(member.path("staffNumber").asText(), stored.path("staffNumber").asText());
        assertEquals(1, stored.path("indicators").path("efficiency").asInt(), stored.toString());
        assertEquals(2, stored.path("indicators").path("overall").asInt(), "the level's start kept: " + stored);
        assertEquals("等候太久", stored.path("tags").get(0).asText());
        assertEquals("<b>排队一个多小时</b>", stored.path("comment").asText());

        Chromium.Tab again = chromium().tab(390, 844, true);
        again.open(Api.base() + "/evaluate?t=" + q(t));
        again.waitFor("document.body.dataset.state === 'used'", 15_000);
        assertEquals("该办件已评价", again.text("document.getElementById('problem-title').textContent"));
        again.screenshot(shots.resolve("evaluations-evaluate-phone-used.png"), false);
    }

    @Test
    void forgedExpiredAndMissingTicketsAreExplainedAndEnglishIsOffered() throws Exception {
        Chromium.Tab phone = chromium().tab(390, 844, true);
        phone.open(Api.base() + "/evaluate?t=" + q(forged(ticket("EVF-" + Api.unique()))));
        // a bound, not a timing: a fresh machine's first page in Chromium may wait for its font caches
        phone.waitFor("document.body.dataset.state === 'invalid'", 60_000);
        assertEquals("评价凭证无效", phone.text("document.getElementById('problem-title').textContent"));
        assertTrue(phone.eval("document.getElementById('form').hidden").asBoolean());
        phone.screenshot(shots.resolve("evaluations-evaluate-phone-forged.png"), false);
        phone.open(Api.base() + "/evaluate?t=" + q(expired("EVX-" + Api.unique())));
        phone.waitFor("document.body.dataset.state === 'expired'", 15_000);
        assertEquals("评价已过期", phone.text("document.getElementById('problem-title').textContent"));
        phone.open(Api.base() + "/evaluate");
        phone.waitFor("document.body.dataset.state === 'missing'", 15_000);

        Chromium.Tab tablet = chromium().tab(1024, 768, false);
        tablet.open(Api.base() + "/evaluate?lang=en&at=window&t=" + q(ticket("EVE-" + Api.unique())));
        tablet.waitFor("document.body.dataset.state === 'form'", 15_000);
        assertEquals("Submit", tablet.text("document.getElementById('submit').textContent"));
        assertEquals("Overall satisfaction,Efficiency,Competence,Attitude", tablet.text(
                "Array.from(document.querySelectorAll('.indicator > span')).map(s => s.textContent).join(',')"));
        tablet.screenshot(shots.resolve("evaluations-evaluate-tablet-en.png"), false);
        assertEquals(404, Api.get("/evaluate/assets/evaluate.html", null).status(), "only the page's files");
        assertEquals(200, Api.get("/evaluate/assets/evaluate.js", null).status());
    }

    /**
     * With the matters module there the page shows the matter's name, its code beside (the exact code, not one that
     * merely contains it); without it the code alone. The matters service is stood in for by one answering a list.
     */
    @Test
    void theMattersNameIsShownWhenTheMattersModuleIsThereAndTheCodeWithout() throws Exception {
        String t = ticket("EVM-" + Api.unique());
        assertTrue(Api.get(LOOKUP + "?t=" + q(t), null).json().path("matterName").isNull(), "no matters module");
        Chromium.Tab phone = chromium().tab(390, 844, true);
        phone.open(Api.base() + "/evaluate?t=" + q(t));
        phone.waitFor("document.body.dataset.state === 'form'", 15_000);
        assertEquals("YB01-003", phone.text("document.getElementById('matter').textContent"));

        String name = "城乡居民基本医疗保险参保登记";
        List<SubItem> list = List.of(item(1, "YB01-0031", "另一事项"), item(2, "YB01-003", name));
        BundleContext context = FrameworkUtil.getBundle(EvaluatePageIT.class).getBundleContext();
        ServiceRegistration<MatterItemService> registration = context.registerService(MatterItemService.class,
                (MatterItemService) Proxy.newProxyInstance(EvaluatePageIT.class.getClassLoader(),
                        new Class<?>[] { MatterItemService.class }, (proxy, method, args) -> {
                            if (method.getName().equals("subItems")) {
                                SubItemQuery query = (SubItemQuery) args[1];
                                return new Page<>(county == query.unitId() ? list : List.<SubItem>of(), 0, 50,
                                        county == query.unitId() ? list.size() : 0);
                            }
                            if (method.getDeclaringClass() == Object.class) {
                                return method.getName().equals("hashCode") ? 1
                                        : method.getName().equals("equals") ? proxy == args[0] : "stub matters";
                            }
                            throw new UnsupportedOperationException(method.getName());
                        }),
                null);
        try {
            long deadline = System.currentTimeMillis() + 20_000;
            JsonNode v = Api.get(LOOKUP + "?t=" + q(t), null).json();
            while (v.path("matterName").isNull() && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
                v = Api.get(LOOKUP + "?t=" + q(t), null).json();
            }
            assertEquals(name, v.path("matterName").asText(), v.toString());
            assertEquals("YB01-003", v.path("matterCode").asText());
            phone.open(Api.base() + "/evaluate?t=" + q(t));
            phone.waitFor("document.body.dataset.state === 'form'", 15_000);
            assertEquals(name, phone.text("document.querySelector('#matter .matter-name').textContent"));
            assertEquals("YB01-003", phone.text("document.querySelector('#matter .matter-code').textContent"));
            phone.screenshot(shots.resolve("evaluations-evaluate-phone-matter.png"), false);
            Chromium.Tab english = chromium().tab(390, 844, true);
            english.open(Api.base() + "/evaluate?lang=en&t=" + q(t));
            english.waitFor("document.body.dataset.state === 'form'", 15_000);
            assertEquals("Matter", english.text("document.getElementById('matter-label').textContent"));
            assertEquals(name + "YB01-003", english.text("document.getElementById('matter').textContent"));
            english.screenshot(shots.resolve("evaluations-evaluate-phone-matter-en.png"), false);
        } finally {
            registration.unregister();
        }
        long deadline = System.currentTimeMillis() + 20_000;
        JsonNode v = Api.get(LOOKUP + "?t=" + q(t), null).json();
        while (!v.path("matterName").isNull() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            v = Api.get(LOOKUP + "?t=" + q(t), null).json();
        }
        assertTrue(v.path("matterName").isNull(), "the module gone, the code alone again: " + v);
    }

    private static SubItem item(long id, String code, String name) {
        return new SubItem(id, 1, county, null, code, name, Set.of(), null, List.of(), null, null, List.of(), null,
                null, null, null, null);
    }
}
