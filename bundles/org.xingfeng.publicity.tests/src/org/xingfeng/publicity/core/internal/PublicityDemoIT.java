package org.xingfeng.publicity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.publicity.core.internal.PublicityFixtures.API;

import java.util.Hashtable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.xingfeng.platform.testing.Api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo data made by the real demo component, switched on through the setup configuration as at a start with
 * {@code xingfeng.demo=true}: once the platform has made the demo city, it has twenty articles, a campaign month with
 * activities of every county and township, and an awareness survey with answers; a further trigger makes nothing twice.
 */
class PublicityDemoIT {

    static final String[] PIDS = { "org.xingfeng.setup.demo", PublicityDemo.PID };

    static ConfigurationAdmin configAdmin() {
        BundleContext context = FrameworkUtil.getBundle(PublicityDemo.class).getBundleContext();
        return context.getService(context.getServiceReference(ConfigurationAdmin.class));
    }

    static void demo(String value, String marker) throws Exception {
        for (String pid : PIDS) {
            Configuration c = configAdmin().getConfiguration(pid, "?");
            Hashtable<String, Object> p = new Hashtable<>();
            p.put("demo", value);
            if (marker != null) {
                p.put("marker", marker);
            }
            c.update(p);
        }
    }

    @AfterAll
    static void demoOff() throws Exception {
        demo("false", null);
    }

    static long city(String admin) {
        for (JsonNode u : Api.get("/api/v1/org/units", admin).json()) {
            if (u.path("code").asText().equals("510700")) {
                return u.path("id").asLong();
            }
        }
        return -1;
    }

    static int total(String path, String admin) {
        Api.Reply r = Api.get(path, admin);
        return r.status() == 200 ? r.json().path("total").asInt() : -1;
    }

    static int surveyResponses(long city, String admin) {
        JsonNode items = Api.get(API + "/surveys?unitId=" + city, admin).json().path("items");
        return items.size() == 0 ? 0 : items.get(0).path("responses").asInt();
    }

    @Test
    void theDemoCityGetsArticlesACampaignMonthAndASurvey() throws Exception {
        Api.awaitReady();
        String admin = Api.admin();
        demo("true", null);
        long end = System.nanoTime() + 240_000_000_000L;
        long city = city(admin);
        while (System.nanoTime() < end && (city < 0 || total(API + "/articles?unitId=" + city, admin) < 20
                || total(API + "/materials?unitId=" + city, admin) < 6 || surveyResponses(city, admin) < 42)) {
            Thread.sleep(500);
            city = city < 0 ? city(admin) : city;
        }
        assertEquals(20, total(API + "/articles?unitId=" + city, admin));
        JsonNode campaigns = Api.get(API + "/campaigns?unitId=" + city, admin).json();
        assertEquals(1, campaigns.path("total").asInt(), campaigns.toString());
        long campaign = campaigns.path("items").get(0).path("id").asLong();
        JsonNode rollup = Api.get(API + "/campaigns/" + campaign + "/rollup", admin).json();
        assertEquals(city, rollup.get(0).path("unitId").asLong());
        assertEquals(9, rollup.get(0).path("total").path("activities").asInt(), rollup.toString());
        assertEquals(42, surveyResponses(city, admin));
        long survey = Api.get(API + "/surveys?unitId=" + city, admin).json().path("items").get(0).path("id").asLong();
        JsonNode results = Api.get(API + "/surveys/" + survey + "/results", admin).json();
        assertEquals(4, results.size(), "all areas and three townships");
        assertTrue(results.get(0).path("awarenessRate").decimalValue().doubleValue() > 0.3, results.toString());
        assertEquals(6, results.get(0).path("paper").asInt(), "two paper questionnaires per township");
        // the round before the campaign month: awareness rose in every township
        long before = Api.get(API + "/surveys?unitId=" + city, admin).json().path("items").get(1).path("id").asLong();
        JsonNode comparison = Api.get(API + "/surveys/" + survey + "/comparison?before=" + before, admin).json();
        assertEquals(4, comparison.size(), comparison.toString());
        for (JsonNode area : comparison) {
            assertTrue(area.path("change").decimalValue().signum() > 0, area.toString());
            assertEquals(2, area.path("questions").size(), area.toString());
        }
        // the current round's findings, hand-worked from the demo's answers: the e-card known by 9 of 12, 11 of 14 and
        // 12 of 16 (below 80%), the payment channels by 8 of 12, 9 of 14 and 10 of 16; every rating satisfied
        JsonNode findings = Api.get(API + "/surveys/" + survey + "/findings", admin).json();
        assertEquals(6, findings.path("findings").size(), findings.toString());
        assertEquals(0,
                new java.math.BigDecimal("0.625")
                        .compareTo(findings.path("findings").get(0).path("rate").decimalValue()),
                findings.toString());
        assertEquals("pay", findings.path("findings").get(0).path("questionKey").asText());
        // the materials library: five of the city's (four approved, the explainer a draft) and a county's own
        assertEquals(6, total(API + "/materials?unitId=" + city, admin));
        assertEquals(5, total(API + "/materials?unitId=" + city + "&state=APPROVED", admin));
        JsonNode posters = Api.get(API + "/materials?unitId=" + city + "&kind=POSTER", admin).json().path("items");
        assertEquals(2, posters.get(0).path("versions").size(), posters.toString());
        JsonNode board = Api.get(API + "/articles/leaderboard?unitId=" + city, admin).json();
        assertTrue(board.size() >= 10, board.toString());
        // another trigger (a configuration change) makes nothing twice
        demo("true", Api.unique());
        Thread.sleep(3000);
        assertEquals(20, total(API + "/articles?unitId=" + city, admin));
        assertEquals(1, total(API + "/campaigns?unitId=" + city, admin));
        assertEquals(2, total(API + "/surveys?unitId=" + city, admin));
        assertEquals(6, total(API + "/materials?unitId=" + city, admin));
    }
}
