package org.xingfeng.platform.core.internal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.xingfeng.platform.api.persistence.DatabaseInfo;
import org.xingfeng.platform.api.persistence.PersistenceService;
import org.xingfeng.platform.core.internal.Settings;

/**
 * The one place that knows the database. EclipseLink is not an OSGi persistence provider out of the box, so
 * each module's factory is built here directly with the module's class loader, one at a time (concurrent
 * creation has failed upstream), on a shared data source.
 */
@Component(configurationPid = "org.xingfeng.persistence")
public class JpaPersistenceService implements PersistenceService {

    private final DataSources.Configured configured;
    private final SchemaVersions schemaVersions;

    @Activate
    public JpaPersistenceService(Map<String, Object> config) {
        this.configured = DataSources.create(new Settings(config));
        // Fail fast, at start-up, if the database cannot be reached.
        try (Connection c = configured.dataSource().getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open database " + configured.info().url() + ": " + e.getMessage(), e);
        }
        this.schemaVersions = new SchemaVersions(configured.dataSource());
    }

    @Override
    public synchronized EntityManagerFactory createEntityManagerFactory(String unitName, ClassLoader loader,
            Map<String, Object> extra) {
        String fingerprint = SchemaVersions.fingerprint(loader);
        boolean schemaCurrent = schemaVersions.isCurrent(unitName, fingerprint);
        Map<String, Object> props = new HashMap<>();
        props.put(PersistenceUnitProperties.CLASSLOADER, loader);
        props.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, configured.dataSource());
        props.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        // Create or extend the unit's tables only when its bundle changed since the last start.
        props.put(PersistenceUnitProperties.DDL_GENERATION,
                schemaCurrent ? PersistenceUnitProperties.NONE : PersistenceUnitProperties.CREATE_OR_EXTEND);
        props.put(PersistenceUnitProperties.DDL_GENERATION_MODE, PersistenceUnitProperties.DDL_DATABASE_GENERATION);
        props.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        props.put(PersistenceUnitProperties.WEAVING, "false");
        props.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        props.putAll(extra);
        EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory(unitName, props);
        if (emf == null) {
            throw new IllegalStateException("persistence unit " + unitName + " not found by the given class loader");
        }
        // Connect now so that schema generation happens here, serialised, not on first use.
        emf.createEntityManager().close();
        if (!schemaCurrent) {
            schemaVersions.record(unitName, fingerprint);
        }
        return emf;
    }

    @Override
    public DatabaseInfo database() {
        return configured.info();
    }

    @Deactivate
    void deactivate() {
        if (DataSources.DERBY_EMBEDDED.equals(configured.info().kind())) {
            try {
                ((org.apache.derby.jdbc.EmbeddedDataSource) configured.dataSource()).setShutdownDatabase("shutdown");
                configured.dataSource().getConnection().close();
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an SQLException (08006).
            }
        }
    }
}
