package org.xingfeng.platform.api.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/** A real round trip to the database through a persistence unit, for {@link HealthCheck}s. */
public final class PersistencePing {

    private PersistencePing() {
    }

    /**
     * Runs the smallest query the database knows ({@code VALUES 1} on Derby, {@code SELECT 1} elsewhere) on a
     * connection of the unit, with the timeout as the statement's query timeout.
     *
     * @throws IllegalStateException with the database's own message when the query fails or the unit is closed
     */
    public static void ping(EntityManagerFactory emf, Duration timeout) {
        if (!emf.isOpen()) {
            throw new IllegalStateException("persistence unit closed");
        }
        EntityManager em = emf.createEntityManager();
        try {
            // EclipseLink hands out its JDBC connection only inside a transaction.
            em.getTransaction().begin();
            Connection c = em.unwrap(Connection.class);
            String sql = c.getMetaData().getDatabaseProductName().contains("Derby") ? "VALUES 1" : "SELECT 1";
            try (Statement s = c.createStatement()) {
                s.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
                s.executeQuery(sql).close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
