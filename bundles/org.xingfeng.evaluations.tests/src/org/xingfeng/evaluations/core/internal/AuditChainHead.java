package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.testing.Api;

/**
 * For changes made inside the server (over REST, through the batched writer) where no service can be built with a
 * refusing audit log: the audit chain's head row taken away, so that no entry can be written, and put back after.
 */
final class AuditChainHead {

    private AuditChainHead() {
    }

    /** The module's own database connection (every database kind), for what the test does behind its back. */
    static <T> T sql(SqlWork<T> work) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(AuditChainHead.class).getBundleContext();
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

    /** The change failed for its entry: a 500 that names no internals. */
    static void refused(Api.Reply r) {
        assertEquals(500, r.status(), r.text());
        assertFalse(r.text().contains("PLT_AUDIT"), "no internals: " + r.text());
    }
}
