package org.xingfeng.platform.core.internal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Option;
import org.xingfeng.platform.api.persistence.DatabaseInfo;
import org.xingfeng.platform.api.persistence.PersistenceService;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * The one place that knows the database. EclipseLink is not an OSGi persistence provider out of the box, so
 * each module's factory is built here directly with the module's class loader, one at a time (concurrent
 * creation has failed upstream), on a shared data source.
 */
@Component(configurationPid = JpaPersistenceService.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = JpaPersistenceService.Config.class)
public class JpaPersistenceService implements PersistenceService {

    public static final String PID = "org.xingfeng.persistence";

    @ObjectClassDefinition(id = PID, name = "Database", description = "The database every module's tables live in")
    public @interface Config {

        @AttributeDefinition(name = "Data directory", description = "the embedded database and derby.log")
        String data() default "xingfeng-data";

        @AttributeDefinition(name = "Database kind",
                options = { @Option(value = "derby-embedded"), @Option(value = "derby-network"),
                        @Option(value = "postgresql") })
        String db_kind() default "derby-embedded";

        @AttributeDefinition(name = "JDBC URL",
                description = "a network database's URL, e.g. jdbc:postgresql://host/xingfeng")
        String db_url() default "";

        @AttributeDefinition(name = "Database user")
        String db_user() default "xingfeng";

        @AttributeDefinition(name = "Database password", type = AttributeType.PASSWORD,
                description = "a network database's password (Derby network server: xingfeng when empty)")
        String db_password() default "";
    }

    private final DataSources.Configured configured;
    private final SchemaVersions schemaVersions;

    @Activate
    public JpaPersistenceService(@Reference BureauTime time, Config config) {
        this.configured = DataSources.create(config);
        // Fail fast, at start-up, if the database cannot be reached.
        try (Connection c = configured.dataSource().getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open database " + configured.info().url() + ": " + e.getMessage(),
                    e);
        }
        this.schemaVersions = new SchemaVersions(configured.dataSource(), time.clock());
    }

    @Override
    public synchronized EntityManagerFactory createEntityManagerFactory(String unitName, ClassLoader loader,
            Map<String, Object> extra) {
        String fingerprint = SchemaVersions.fingerprint(loader);
        if (!schemaVersions.isCurrent(unitName, fingerprint)) {
            // A new or changed module: create its tables and add new columns in a throwaway factory whose
            // logging is quiet, because EclipseLink reports every constraint that already exists as a warning.
            Map<String, Object> ddl = properties(loader, extra);
            ddl.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.CREATE_OR_EXTEND);
            ddl.put(PersistenceUnitProperties.DDL_GENERATION_MODE, PersistenceUnitProperties.DDL_DATABASE_GENERATION);
            ddl.put(PersistenceUnitProperties.LOGGING_LEVEL, "SEVERE");
            EntityManagerFactory generator = create(unitName, ddl);
            try {
                verifyTables(unitName, generator);
            } finally {
                generator.close();
            }
            schemaVersions.record(unitName, fingerprint);
        }
        Map<String, Object> props = properties(loader, extra);
        props.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        EntityManagerFactory emf = create(unitName, props);
        // Connect now, serialised here, rather than on first use.
        emf.createEntityManager().close();
        return emf;
    }

    /** Every entity's table must answer a query; otherwise the DDL failed and the unit must not start. */
    private static void verifyTables(String unitName, EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        try {
            for (EntityType<?> type : emf.getMetamodel().getEntities()) {
                try {
                    em.createQuery("select count(x) from " + type.getName() + " x").getSingleResult();
                } catch (RuntimeException e) {
                    throw new IllegalStateException("creating the tables of " + unitName + " failed at entity "
                            + type.getName() + " on " + "the configured database: " + e.getMessage(), e);
                }
            }
        } finally {
            em.close();
        }
    }

    private Map<String, Object> properties(ClassLoader loader, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>();
        props.put(PersistenceUnitProperties.CLASSLOADER, loader);
        props.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, configured.dataSource());
        props.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        props.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        props.put(PersistenceUnitProperties.WEAVING, "false");
        props.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        props.putAll(extra);
        return props;
    }

    private static EntityManagerFactory create(String unitName, Map<String, Object> props) {
        EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory(unitName, props);
        if (emf == null) {
            throw new IllegalStateException("persistence unit " + unitName + " not found by the given class loader");
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
