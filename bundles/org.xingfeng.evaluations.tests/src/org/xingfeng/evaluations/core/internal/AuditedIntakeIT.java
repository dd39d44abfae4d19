package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.platform.testing.AuditChainHead.refused;
import static org.xingfeng.platform.testing.AuditChainHead.withoutAudit;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.AuditChainHead;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.platform.testing.Services;

/**
 * The two changes whose audit entries were written after their commit: a staff entry (its evaluation goes through the
 * batched writer, so the entry is written in the writer's batch transaction) and the roll-up rebuild. With the audit
 * chain's head row gone no entry can be written, and then the change is not left either.
 */
class AuditedIntakeIT {

    static final String EVAL = "/api/v1/evaluations";
    static String admin;
    static String officer;
    static long county;
    /** The module's own database connection (every database kind), for what the test does behind its back. */
    static AuditChainHead.Sql sql;

    @BeforeAll
    static void setUp() throws InterruptedException {
        EvalFixtures.awaitPaths(EVAL + "/entries", EVAL + "/rollups/rebuild");
        admin = Api.admin();
        officer = Fixtures.userWithRoles(admin, "officer." + Api.unique(), List.of("evaluations.officer", "staff"));
        county = Fixtures.createCounty(admin).path("id").asLong();
        sql = AuditChainHead.on(Services
                .await(FrameworkUtil.getBundle(AuditedIntakeIT.class).getBundleContext(), EvaluationsDatabase.class)
                .emf());
    }

    static String ticket(String recordNo) {
        Api.Reply r = Api.post(EVAL + "/tickets", officer, Api.json(Map.of("unitId", county, "recordNo", recordNo)));
        assertEquals(201, r.status(), r.text());
        return r.json().path("token").asText();
    }

    static long stored() {
        Api.Reply r = Api.get(EVAL + "?unitId=" + county + "&size=1", officer);
        assertEquals(200, r.status(), r.text());
        return r.json().path("total").asLong();
    }

    /** The county's evaluations as the roll-ups count them (the satisfaction report's levels, summed). */
    static long counted() {
        String period = "&from=" + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now().plusDays(1);
        Api.Reply r = Api.get(EVAL + "/satisfaction?unitId=" + county + period, officer);
        assertEquals(200, r.status(), r.text());
        long n = 0;
        for (JsonNode level : r.json().path("counted")) {
            n += level.asLong();
        }
        return n;
    }

    static long entries(String type, String id) {
        Api.Reply r = Api.get("/api/v1/audit?entityType=" + type + "&entityId=" + id, admin);
        assertEquals(200, r.status(), r.text());
        return r.json().path("total").asLong();
    }

    @Test
    void aStaffEntryIsNotStoredWithoutItsEntry() throws Exception {
        long before = stored();
        String t = ticket("ENTRY-" + Api.unique());
        refused(withoutAudit(sql, () -> Api.post(EVAL + "/entries", officer,
                Api.json(Map.of("ticket", t, "level", "SATISFIED", "channel", "PHONE")))));
        assertEquals(before, stored(), "the evaluation was rolled back with its entry");
        assertEquals(before, counted(), "and its roll-ups");
        // the chain back, the same ticket goes through, once, with one entry
        Api.Reply made = Api.post(EVAL + "/entries", officer,
                Api.json(Map.of("ticket", t, "level", "SATISFIED", "channel", "PHONE")));
        assertEquals(201, made.status(), made.text());
        assertEquals(before + 1, stored());
        assertEquals(before + 1, counted());
        assertEquals(1, entries("evaluations.entry", made.json().path("id").asText()));
    }

    @Test
    void aRollupRebuildIsNotKeptWithoutItsEntry() throws Exception {
        String t = ticket("REBUILD-" + Api.unique());
        assertEquals(201, Api.post(EVAL + "/entries", officer,
                Api.json(Map.of("ticket", t, "level", "VERY_SATISFIED", "channel", "HOTLINE"))).status());
        long evaluations = stored();
        assertTrue(evaluations > 0);
        assertEquals(evaluations, counted());
        // the county's roll-ups lost behind the server's back: only a rebuild brings them back
        sql.run(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM EVAL_ROLLUP WHERE DIM = 'U' AND RKEY = ?")) {
                p.setString(1, Long.toString(county));
                return p.executeUpdate();
            }
        });
        assertEquals(0, counted());
        long rebuilds = entries("evaluations.rollups", "all");
        refused(withoutAudit(sql, () -> Api.post(EVAL + "/rollups/rebuild", admin, null)));
        assertEquals(0, counted(), "the rebuild was rolled back with its entry");
        assertEquals(rebuilds, entries("evaluations.rollups", "all"));
        Api.Reply rebuilt = Api.post(EVAL + "/rollups/rebuild", admin, null);
        assertEquals(200, rebuilt.status(), rebuilt.text());
        assertEquals(evaluations, counted(), "rebuilt");
        assertEquals(rebuilds + 1, entries("evaluations.rollups", "all"));
    }
}
