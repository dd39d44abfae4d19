package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Overdue cases listed and counted on the dashboard. The cases are aged by moving their dates back in the database
 * (the service reads today's date from the clock); which ones are overdue follows the rules: a real-name review not
 * called back after its due day, any case not rectified after its due day, never a closed one.
 */
class OverdueCasesIT {

    static String admin;
    static String officer;
    static String today;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        officer = Fixtures.userWithRoles(admin, "aging" + Api.unique(), List.of("evaluations.officer"));
        today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    static long badReview(long unit, boolean realName) {
        Map<String, Object> body = EvaluationsIT.evaluation(unit, "OD-" + Api.unique(), "不满意");
        if (realName) {
            body.put("citizenPhone", "13900000000");
        }
        Api.Reply r = Api.post(EvaluationsIT.SUBMIT, null, Api.json(EvalFixtures.ticketed(body)));
        assertEquals(201, r.status(), r.text());
        return r.json().path("caseId").asLong();
    }

    /** Moves a case's dates back: opened, callback due and rectification due so many days before today. */
    static void age(long caseId, int openedDaysAgo, int callbackDueDaysAgo, int rectifyDueDaysAgo)
            throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(OverdueCasesIT.class).getBundleContext();
        ServiceTracker<EvaluationsDatabase, EvaluationsDatabase> tracker = new ServiceTracker<>(context,
                EvaluationsDatabase.class, null);
        tracker.open();
        try {
            EntityManager em = tracker.waitForService(60_000).emf().createEntityManager();
            try {
                LocalDate now = LocalDate.parse(today);
                em.getTransaction().begin();
                int n = em
                        .createNativeQuery(
                                "UPDATE EVAL_CASE SET OPENED_ON = ?, CALLBACK_DUE = ?, RECTIFY_DUE = ? WHERE ID = ?")
                        .setParameter(1, Date.valueOf(now.minusDays(openedDaysAgo)))
                        .setParameter(2, Date.valueOf(now.minusDays(callbackDueDaysAgo)))
                        .setParameter(3, Date.valueOf(now.minusDays(rectifyDueDaysAgo))).setParameter(4, caseId)
                        .executeUpdate();
                em.getTransaction().commit();
                assertEquals(1, n);
            } finally {
                em.close();
            }
        } finally {
            tracker.close();
        }
    }

    static void step(long caseId, String step, boolean reached) {
        Map<String, Object> body = "CALLBACK".equals(step)
                ? Map.of("step", step, "note", step + " 记录", "reached", reached)
                : Map.of("step", step, "note", step + " 记录");
        Api.Reply r = Api.post("/api/v1/evaluations/cases/" + caseId + "/steps", officer, Api.json(body));
        assertEquals(200, r.status(), r.text());
    }

    static Set<Long> listed(long unit) {
        JsonNode page = Api.get("/api/v1/evaluations/cases?unitId=" + unit + "&overdue=true&size=100", officer).json();
        Set<Long> ids = new HashSet<>();
        page.path("items").forEach(c -> ids.add(c.path("id").asLong()));
        assertEquals(ids.size(), page.path("total").asInt());
        return ids;
    }

    @Test
    void agedCasesAreListedAsOverdueByTheRules() throws InterruptedException {
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        long notCalledBack = badReview(unit, true);
        long calledBack = badReview(unit, true);
        long anonymous = badReview(unit, false);
        long notRectified = badReview(unit, false);
        long closed = badReview(unit, true);
        long fresh = badReview(unit, true);
        assertEquals(Set.of(), listed(unit), "nothing is overdue on the day of the review");

        step(calledBack, "VERIFY", false);
        step(calledBack, "CALLBACK", true);
        for (String s : List.of("VERIFY", "CALLBACK", "RECTIFY", "FEEDBACK", "CLOSE")) {
            step(closed, s, true);
        }
        // callback due yesterday, rectification still ahead
        for (long c : List.of(notCalledBack, calledBack, anonymous)) {
            age(c, 3, 1, -10);
        }
        // everything due long ago
        age(notRectified, 30, 29, 2);
        age(closed, 30, 29, 2);

        assertEquals(Set.of(notCalledBack, notRectified), listed(unit));
        JsonNode late = Api.get("/api/v1/evaluations/cases/" + notCalledBack, officer).json();
        assertTrue(late.path("callbackOverdue").asBoolean(), late.toString());
        assertFalse(late.path("rectifyOverdue").asBoolean(), late.toString());
        JsonNode unrectified = Api.get("/api/v1/evaluations/cases/" + notRectified, officer).json();
        assertFalse(unrectified.path("callbackOverdue").asBoolean(), "an anonymous review needs no callback");
        assertTrue(unrectified.path("rectifyOverdue").asBoolean(), unrectified.toString());
        assertFalse(Api.get("/api/v1/evaluations/cases/" + fresh, officer).json().path("callbackOverdue").asBoolean());

        JsonNode dash = Api
                .get("/api/v1/evaluations/dashboard?unitId=" + unit + "&from=" + LocalDate.parse(today).minusDays(40)
                        + "&to=" + today, officer)
                .json();
        assertEquals(2, dash.path("overdueCases").asInt(), dash.toString());

        // due today is not yet overdue; calling back takes a case off the list
        age(notCalledBack, 3, 0, -10);
        assertEquals(Set.of(notRectified), listed(unit));
        age(notCalledBack, 3, 1, -10);
        step(notCalledBack, "VERIFY", false);
        step(notCalledBack, "CALLBACK", true);
        assertEquals(Set.of(notRectified), listed(unit));
    }
}
