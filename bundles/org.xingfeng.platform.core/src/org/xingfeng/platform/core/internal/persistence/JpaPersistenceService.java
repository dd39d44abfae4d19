package org.xingfeng.platform.core.internal.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xingfeng.platform.api.persistence.DatabaseInfo;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.persistence.PersistenceService;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * The one place that knows the database. EclipseLink is not an OSGi persistence provider out of the box, so
 * each module's factory is built here directly with the module's class loader, one at a time (concurrent
 * creation has failed upstream), on a shared pool of connections (HikariCP): opening a connection costs a lock in
 * embedded Derby and a login on a network database.
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

        @AttributeDefinition(name = "Pool size",
                description = "most connections open at once; 0: by database kind (embedded Derby 40, Derby network "
                        + "and PostgreSQL 20, so a few servers sharing one database stay under its limit)")
        int db_pool_size() default 0;

        @AttributeDefinition(name = "Idle connections kept",
                description = "connections kept open while idle (more are opened as requests need them)")
        int db_pool_minIdle() default 2;

        @AttributeDefinition(name = "Connection wait (ms)",
                description = "how long a request waits for a free connection before it fails")
        long db_pool_connectionTimeoutMs() default 10_000;

        @AttributeDefinition(name = "Idle time (ms)",
                description = "an idle connection beyond the kept ones is closed after this long")
        long db_pool_idleTimeoutMs() default 600_000;

        @AttributeDefinition(name = "Connection lifetime (ms)",
                description = "a connection is replaced after this long (network databases and firewalls drop old "
                        + "ones); 0: never")
        long db_pool_maxLifetimeMs() default 1_800_000;
    }

    private static final Logger LOG = LoggerFactory.getLogger(JpaPersistenceService.class);

    private final DataSources.Configured configured;
    private final HikariDataSource pool;
    private final SchemaVersions schemaVersions;

    @Activate
    public JpaPersistenceService(@Reference BureauTime time, Config config) {
        this.configured = DataSources.create(config);
        // Fail fast, at start-up, if the database cannot be reached.
        try {
            this.pool = DataSources.open(configured, config);
        } catch (SQLException e) {
            shutdownEmbedded();
            throw new IllegalStateException("cannot open database " + configured.info().url() + ": " + e.getMessage(),
                    e);
        }
        this.schemaVersions = new SchemaVersions(pool, time.clock());
    }

    @Override
    public synchronized EntityManagerFactory createEntityManagerFactory(String unitName, ClassLoader loader,
            Map<String, Object> extra) {
        String fingerprint = SchemaVersions.fingerprint(loader);
        String recorded = schemaVersions.recorded(unitName);
        if (!fingerprint.equals(recorded)) {
            // A new or changed module: create its tables and add new columns in a throwaway factory whose
            // logging is quiet, because EclipseLink reports every constraint that already exists as a warning.
            Map<String, Object> ddl = properties(loader, extra);
            ddl.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.CREATE_OR_EXTEND);
            ddl.put(PersistenceUnitProperties.DDL_GENERATION_MODE, PersistenceUnitProperties.DDL_DATABASE_GENERATION);
            ddl.put(PersistenceUnitProperties.LOGGING_LEVEL, "SEVERE");
            EntityManagerFactory generator = create(unitName, ddl);
            try {
                verifyTables(unitName, generator);
                if (recorded != null) { // tables made just now have their indexes; an earlier release's may not
                    addMissingIndexes(generator);
                }
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

    /**
     * Creates the indexes the entities declare that their tables lack: EclipseLink's create-or-extend adds a new
     * release's columns to existing tables, not its indexes, so a database made by an earlier release would go on
     * without them.
     */
    private void addMissingIndexes(EntityManagerFactory emf) {
        try (Connection c = pool.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (EntityType<?> type : emf.getMetamodel().getEntities()) {
                Table table = type.getJavaType().getAnnotation(Table.class);
                if (table == null || table.indexes().length == 0) {
                    continue;
                }
                Set<String> present = new HashSet<>();
                // as stored: upper case in Derby, lower case in PostgreSQL (names written without quotes)
                for (String name : Set.of(table.name().toUpperCase(Locale.ROOT),
                        table.name().toLowerCase(Locale.ROOT))) {
                    try (ResultSet rs = meta.getIndexInfo(null, null, name, false, false)) {
                        while (rs.next()) {
                            String index = rs.getString("INDEX_NAME");
                            if (index != null) {
                                present.add(index.toUpperCase(Locale.ROOT));
                            }
                        }
                    }
                }
                for (Index index : table.indexes()) {
                    if (!present.contains(index.name().toUpperCase(Locale.ROOT))) {
                        try (Statement st = c.createStatement()) {
                            st.execute("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + index.name() + " ON "
                                    + table.name() + " (" + index.columnList() + ")");
                        }
                        if (!c.getAutoCommit()) {
                            c.commit();
                        }
                        LOG.info("index {} added to {}", index.name(), table.name());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add the missing indexes: " + e.getMessage(), e);
        }
    }

    private Map<String, Object> properties(ClassLoader loader, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>();
        props.put(PersistenceUnitProperties.CLASSLOADER, loader);
        props.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, pool);
        props.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        props.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        props.put(PersistenceUnitProperties.WEAVING, "false");
        props.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        props.put(Jpa.ID_RANGES, String.valueOf(DataSources.POSTGRESQL.equals(configured.info().kind())));
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
    public void deactivate() {
        // the pool first (its connections closed), then embedded Derby, so the database closes cleanly
        pool.close();
        shutdownEmbedded();
    }

    private void shutdownEmbedded() {
        if (DataSources.DERBY_EMBEDDED.equals(configured.info().kind())) {
            EmbeddedDataSource shutdown = new EmbeddedDataSource();
            shutdown.setDatabaseName(((EmbeddedDataSource) configured.dataSource()).getDatabaseName());
            shutdown.setShutdownDatabase("shutdown");
            try {
                shutdown.getConnection().close();
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an SQLException (08006).
            }
        }
    }
}
