package org.xingfeng.platform.api.persistence;

import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

/**
 * Hands each module bundle an {@link EntityManagerFactory} for its own persistence unit on the configured
 * data source (embedded Derby by default; Derby network server or PostgreSQL by configuration). Tables are
 * created and extended automatically. Factories are created one at a time; the caller closes its factory
 * when its component deactivates.
 *
 * @see Jpa for transactions
 */
public interface PersistenceService {

    /**
     * @param unitName the persistence unit named in the bundle's {@code META-INF/persistence.xml}
     * @param loader   the owning bundle's class loader (it sees the entities and the persistence.xml)
     * @param extra    extra EclipseLink/JPA properties, may be empty
     */
    EntityManagerFactory createEntityManagerFactory(String unitName, ClassLoader loader, Map<String, Object> extra);

    /** Which database is configured, for {@code /health} and the client's status line. */
    DatabaseInfo database();
}
