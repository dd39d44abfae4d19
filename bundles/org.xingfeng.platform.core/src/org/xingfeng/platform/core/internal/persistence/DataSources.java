package org.xingfeng.platform.core.internal.persistence;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.xingfeng.platform.api.persistence.DatabaseInfo;

/** Builds the data source the settings ask for: embedded Derby (default), Derby network server or PostgreSQL. */
final class DataSources {

    static final String DERBY_EMBEDDED = "derby-embedded";
    static final String DERBY_NETWORK = "derby-network";
    static final String POSTGRESQL = "postgresql";

    private DataSources() {
    }

    record Configured(DataSource dataSource, DatabaseInfo info) {
    }

    static Configured create(JpaPersistenceService.Config settings) {
        String kind = settings.db_kind().isBlank() ? DERBY_EMBEDDED : settings.db_kind().trim();
        switch (kind) {
            case DERBY_EMBEDDED: {
                Path data = Path.of(settings.data().isBlank() ? "xingfeng-data" : settings.data().trim())
                        .toAbsolutePath();
                try {
                    // the database, its log and the one-time password: for the server's own account only
                    org.xingfeng.platform.core.internal.setup.OwnerOnly.directory(data);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("cannot create the data directory " + data + ": " + e.getMessage(),
                            e);
                }
                if (System.getProperty("derby.storage.logBufferSize") == null) {
                    // commits write the log synchronously, a buffer at a time: 1 MiB instead of 32 KiB lets a
                    // group commit of evaluations go out in one write (measured: about 1.5x the intake rate)
                    System.setProperty("derby.storage.logBufferSize", Integer.toString(1 << 20));
                }
                if (System.getProperty("derby.stream.error.file") == null) {
                    System.setProperty("derby.stream.error.file", data.resolve("derby.log").toString());
                }
                Path dir = data.resolve("db");
                EmbeddedDataSource ds = new EmbeddedDataSource();
                ds.setDatabaseName(dir.toString());
                ds.setCreateDatabase("create");
                return new Configured(ds, new DatabaseInfo(kind, "jdbc:derby:" + dir));
            }
            case DERBY_NETWORK: {
                // jdbc:derby://host:port/name
                String url = required(settings.db_url(), "db.url");
                java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
                String name = uri.getPath().substring(1);
                int semi = name.indexOf(';');
                // Derby's client bundle exports none of its own packages: load its data source through the bundle.
                DataSource ds = bean(derbyClientClass("org.apache.derby.client.BasicClientDataSource"), Map.of(
                        "serverName", uri.getHost(),
                        "portNumber", uri.getPort() > 0 ? uri.getPort() : 1527,
                        "databaseName", semi < 0 ? name : name.substring(0, semi),
                        "createDatabase", "create",
                        "user", settings.db_user().isBlank() ? "xingfeng" : settings.db_user().trim(),
                        "password", settings.db_password().isBlank() ? "xingfeng" : settings.db_password().trim()));
                return new Configured(ds, new DatabaseInfo(kind, url));
            }
            case POSTGRESQL: {
                String url = required(settings.db_url(), "db.url");
                org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
                ds.setURL(url);
                ds.setUser(settings.db_user().isBlank() ? "xingfeng" : settings.db_user().trim());
                ds.setPassword(settings.db_password().trim());
                return new Configured(ds, new DatabaseInfo(kind, url));
            }
            default:
                throw new IllegalArgumentException(
                        "xingfeng.db.kind must be derby-embedded, derby-network or postgresql, was " + kind);
        }
    }

    /**
     * Opens the database once without the pool (booting or creating embedded Derby can take seconds on a busy
     * machine, longer than the pool's login timeout), then starts the pool, which opens its first connection now.
     *
     * @throws SQLException when the database cannot be reached
     */
    static HikariDataSource open(Configured configured, JpaPersistenceService.Config settings) throws SQLException {
        try (Connection c = configured.dataSource().getConnection()) {
            c.isValid(5);
        }
        try {
            return new HikariDataSource(poolConfig(configured, settings));
        } catch (RuntimeException e) {
            throw new SQLException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
        }
    }

    /** The pool over the configured data source, sized by the settings or, when they say 0, by the kind. */
    static HikariConfig poolConfig(Configured configured, JpaPersistenceService.Config settings) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("xingfeng");
        pool.setDataSource(configured.dataSource());
        int size = settings.db_pool_size() > 0 ? settings.db_pool_size() : defaultPoolSize(configured.info().kind());
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(Math.max(0, Math.min(settings.db_pool_minIdle(), size)));
        pool.setConnectionTimeout(Math.max(250, settings.db_pool_connectionTimeoutMs()));
        long idle = settings.db_pool_idleTimeoutMs();
        pool.setIdleTimeout(idle <= 0 ? 0 : Math.max(10_000, idle));
        long life = settings.db_pool_maxLifetimeMs();
        pool.setMaxLifetime(life <= 0 ? 0 : Math.max(30_000, life));
        pool.setValidationTimeout(Math.min(5_000, Math.max(250, settings.db_pool_connectionTimeoutMs() / 2)));
        // the start-up check: one connection now, or the component does not start
        pool.setInitializationFailTimeout(1);
        return pool;
    }

    /**
     * Embedded Derby's connections are cheap and in the process: enough that requests which read through a second
     * service while holding a connection cannot exhaust it. A network database's are processes on its machine.
     */
    static int defaultPoolSize(String kind) {
        return DERBY_EMBEDDED.equals(kind) ? 40 : 20;
    }

    private static String required(String value, String key) {
        String v = value == null || value.isBlank() ? null : value.trim();
        if (v == null) {
            throw new IllegalArgumentException("setting xingfeng." + key + " is required for this database kind");
        }
        return v;
    }

    private static Class<?> derbyClientClass(String className) {
        Bundle self = FrameworkUtil.getBundle(DataSources.class);
        if (self != null) {
            for (Bundle b : self.getBundleContext().getBundles()) {
                if ("derbyclient".equals(b.getSymbolicName())) {
                    try {
                        return b.loadClass(className);
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException("derbyclient bundle lacks " + className, e);
                    }
                }
            }
            throw new IllegalStateException(
                    "the derbyclient bundle is not installed: it is needed for xingfeng.db.kind=derby-network");
        }
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Derby's network client is not on the class path", e);
        }
    }

    private static DataSource bean(Class<?> type, Map<String, Object> properties) {
        String className = type.getName();
        try {
            Object bean = type.getConstructor().newInstance();
            for (Map.Entry<String, Object> p : properties.entrySet()) {
                String setter = "set" + Character.toUpperCase(p.getKey().charAt(0)) + p.getKey().substring(1);
                Class<?> argType = p.getValue() instanceof Integer ? int.class : String.class;
                Method m = type.getMethod(setter, argType);
                m.invoke(bean, p.getValue());
            }
            return (DataSource) bean;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + className + ": " + e, e);
        }
    }
}
