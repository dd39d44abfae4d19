package org.xingfeng.platform.core.internal.persistence;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.xingfeng.platform.api.persistence.DatabaseInfo;
import org.xingfeng.platform.core.internal.Settings;

/** Builds the data source the settings ask for: embedded Derby (default), Derby network server or PostgreSQL. */
final class DataSources {

    static final String DERBY_EMBEDDED = "derby-embedded";
    static final String DERBY_NETWORK = "derby-network";
    static final String POSTGRESQL = "postgresql";

    private DataSources() {
    }

    record Configured(DataSource dataSource, DatabaseInfo info) {
    }

    static Configured create(Settings settings) {
        String kind = settings.get("db.kind", DERBY_EMBEDDED);
        switch (kind) {
            case DERBY_EMBEDDED: {
                Path dir = Path.of(settings.get("data", "xingfeng-data")).toAbsolutePath().resolve("db");
                EmbeddedDataSource ds = new EmbeddedDataSource();
                ds.setDatabaseName(dir.toString());
                ds.setCreateDatabase("create");
                return new Configured(ds, new DatabaseInfo(kind, "jdbc:derby:" + dir));
            }
            case DERBY_NETWORK: {
                // jdbc:derby://host:port/name
                String url = required(settings, "db.url");
                java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
                String name = uri.getPath().substring(1);
                int semi = name.indexOf(';');
                // The client classes sit in the derbyclient fragment; set its bean properties by name.
                DataSource ds = bean("org.apache.derby.jdbc.ClientDataSource", Map.of(
                        "serverName", uri.getHost(),
                        "portNumber", uri.getPort() > 0 ? uri.getPort() : 1527,
                        "databaseName", semi < 0 ? name : name.substring(0, semi),
                        "createDatabase", "create",
                        "user", settings.get("db.user", "xingfeng"),
                        "password", settings.get("db.password", "xingfeng")));
                return new Configured(ds, new DatabaseInfo(kind, url));
            }
            case POSTGRESQL: {
                String url = required(settings, "db.url");
                org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
                ds.setURL(url);
                ds.setUser(settings.get("db.user", "xingfeng"));
                ds.setPassword(settings.get("db.password", ""));
                return new Configured(ds, new DatabaseInfo(kind, url));
            }
            default:
                throw new IllegalArgumentException(
                        "xingfeng.db.kind must be derby-embedded, derby-network or postgresql, was " + kind);
        }
    }

    private static String required(Settings settings, String key) {
        String v = settings.get(key, null);
        if (v == null) {
            throw new IllegalArgumentException("setting xingfeng." + key + " is required for this database kind");
        }
        return v;
    }

    private static DataSource bean(String className, Map<String, Object> properties) {
        try {
            Class<?> type = EmbeddedDataSource.class.getClassLoader().loadClass(className);
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
