package org.xingfeng.platform.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Assertions;
import org.xingfeng.platform.api.persistence.Jpa;

import jakarta.persistence.EntityManagerFactory;

/**
 * For a test that checks a change is rolled back with its audit entry when the entry cannot be written: the audit
 * chain's head row is taken away while the change runs (no entry can then be written, whoever writes it), and put back
 * as it was afterwards, also when the change throws.
 */
public final class AuditChainHead {

    private AuditChainHead() {
    }

    /** Work on one JDBC connection of the server's database, in one transaction. */
    public interface Sql {
        <T> T run(SqlWork<T> work) throws Exception;
    }

    /** What is done on the connection. */
    public interface SqlWork<T> {
        T on(Connection c) throws SQLException;
    }

    /** Runs {@code change} while no audit entry can be written, then puts the chain's head back as it was. */
    public static <T> T withoutAudit(Sql sql, Callable<T> change) throws Exception {
        Object[] head = sql.run(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT FIRST_ID, LAST_ID, LAST_HASH FROM PLT_AUDIT_CHAIN")) {
                Assertions.assertTrue(rs.next(), "the audit chain's head");
                Object[] h = { rs.getLong(1), rs.getLong(2), rs.getString(3) };
                s.executeUpdate("DELETE FROM PLT_AUDIT_CHAIN");
                return h;
            }
        });
        try {
            return change.call();
        } finally {
            sql.run(c -> {
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

    /** The connection of a module's persistence unit (every database kind), in a transaction of its own. */
    public static Sql on(EntityManagerFactory emf) {
        return new Sql() {
            @Override
            public <T> T run(SqlWork<T> work) {
                return Jpa.inTransaction(emf, em -> {
                    try {
                        return work.on(em.unwrap(Connection.class));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        };
    }

    /** A change refused for its entry: a 500 that names no internals. */
    public static void refused(Api.Reply r) {
        Assertions.assertEquals(500, r.status(), r.text());
        Assertions.assertFalse(r.text().contains("PLT_AUDIT"), "no internals: " + r.text());
    }
}
