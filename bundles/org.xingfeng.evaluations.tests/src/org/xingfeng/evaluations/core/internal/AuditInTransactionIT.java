package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

/**
 * The module's changes and their audit entries commit together: with the audit chain's head row gone, no entry can be
 * written, and then no change is left behind either (a task, a visit's tasks, a complaint, a score-sheet deletion).
 */
class AuditInTransactionIT {

    static final String TASKS = "/api/v1/evaluations/tasks";
    static final String COMPLAINTS = "/api/v1/evaluations/complaints";
    static String admin;
    static String officer;
    static long county;

    @BeforeAll
    static void setUp() throws InterruptedException {
        EvalFixtures.awaitPaths(TASKS, COMPLAINTS);
        admin = Api.admin();
        officer = Fixtures.userWithRoles(admin, "officer." + Api.unique(), List.of("evaluations.officer", "staff"));
        county = Fixtures.createCounty(admin).path("id").asLong();
    }

    /** The module's own database connection (every database kind), for what the test does behind its back. */
    static <T> T sql(SqlWork<T> work) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(AuditInTransactionIT.class).getBundleContext();
        ServiceTracker<EvaluationsDatabase, EvaluationsDatabase> tracker = new ServiceTracker<>(context,
                EvaluationsDatabase.class, null);
        tracker.open();
        try {
            EvaluationsDatabase db = tracker.waitForService(30_000);
            return Jpa.inTransaction(db.emf(), em -> {
                try {
                    return work.on(em.unwrap(Connection.class));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            tracker.close();
        }
    }

    interface SqlWork<T> {
        T on(Connection c) throws SQLException;
    }

    /** Runs {@code change} while no audit entry can be written, then puts the chain's head back as it was. */
    static Api.Reply withoutAudit(Supplier<Api.Reply> change) throws Exception {
        Object[] head = sql(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT FIRST_ID, LAST_ID, LAST_HASH FROM PLT_AUDIT_CHAIN")) {
                assertTrue(rs.next());
                Object[] h = { rs.getLong(1), rs.getLong(2), rs.getString(3) };
                s.executeUpdate("DELETE FROM PLT_AUDIT_CHAIN");
                return h;
            }
        });
        try {
            return change.get();
        } finally {
            sql(c -> {
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO PLT_AUDIT_CHAIN (ID, FIRST_ID, LAST_ID, LAST_HASH) VALUES (1, ?, ?, ?)")) {
                    p.setLong(1, (Long) head[0]);
                    p.setLong(2, (Long) head[1]);
                    p.setString(3, (String) head[2]);
                    return p.executeUpdate();
                }
            });
        }
    }

    static long total(String path) {
        Api.Reply r = Api.get(path, officer);
        assertEquals(200, r.status(), r.text());
        return r.json().path("total").asLong();
    }

    static void refused(Api.Reply r) {
        assertEquals(500, r.status(), r.text());
        assertFalse(r.text().contains("PLT_AUDIT"), "no internals: " + r.text());
    }

    @Test
    void aTaskIsNotLeftWithoutItsEntry() throws Exception {
        String tasks = TASKS + "?unitId=" + county;
        long before = total(tasks);
        refused(withoutAudit(() -> Api.post(TASKS, officer,
                Api.json(Map.of("unitId", county, "content", "规范窗口人员文明用语", "deadlineText", "2099年12月底前")))));
        assertEquals(before, total(tasks), "the task was rolled back with its entry");
        refused(withoutAudit(() -> Api.post(TASKS + "/units/" + county + "/self-check", officer, null)));
        assertEquals(before, total(tasks), "the template's tasks were rolled back with their entries");
        // and with the chain back, the same change goes through, audited
        Api.Reply made = Api.post(TASKS, officer,
                Api.json(Map.of("unitId", county, "content", "规范窗口人员文明用语", "deadlineText", "2099年12月底前")));
        assertEquals(201, made.status(), made.text());
        long id = made.json().path("id").asLong();
        assertEquals(1, Api.get("/api/v1/audit?entityType=evaluations.task&entityId=" + id, admin)
                .json().path("total").asLong());
        // a change of an existing task: refused whole, the task as it was
        Api.Reply changed = withoutAudit(() -> Api.put(TASKS + "/" + id, officer,
                Api.json(Map.of("selfCheck", "已整改"))));
        refused(changed);
        assertTrue(Api.get(TASKS + "/" + id, officer).json().path("selfCheck").isNull(), "the task as it was");
    }

    @Test
    void aComplaintIsNotLeftWithoutItsEntry() throws Exception {
        String complaints = COMPLAINTS + "?unitId=" + county;
        long before = total(complaints);
        Map<String, Object> d = new HashMap<>();
        d.put("channel", "HOTLINE");
        d.put("category", "ATTITUDE");
        d.put("unitId", county);
        d.put("subject", "STAFF");
        d.put("staffId", EvalFixtures.staff(admin, county, null, "王小明").path("id").asLong());
        d.put("complainantName", "张三");
        d.put("content", "窗口人员态度生硬");
        d.put("receivedDate", LocalDate.now().toString());
        refused(withoutAudit(() -> Api.post(COMPLAINTS, officer, Api.json(d))));
        assertEquals(before, total(complaints), "the complaint was rolled back with its entry");
    }
}
