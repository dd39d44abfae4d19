package org.xingfeng.platform.itests;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** A connection of the test's own to the server's database, for what a test must do behind the server's back. */
final class Database {

    private Database() {
    }

    static Connection connect() throws SQLException {
        String kind = System.getProperty("xingfeng.db.kind", "");
        try {
            if (kind.isBlank() || "derby-embedded".equals(kind)) {
                // the same Derby engine in the same framework: the database the server booted
                DataSource ds = (DataSource) load("org.xingfeng.platform.core",
                        "org.apache.derby.jdbc.EmbeddedDataSource");
                ds.getClass().getMethod("setDatabaseName", String.class).invoke(ds,
                        java.nio.file.Path.of(System.getProperty("xingfeng.data"), "db").toAbsolutePath().toString());
                return ds.getConnection();
            }
            if ("postgresql".equals(kind)) {
                DataSource ds = (DataSource) load("org.xingfeng.platform.core", "org.postgresql.ds.PGSimpleDataSource");
                ds.getClass().getMethod("setURL", String.class).invoke(ds, System.getProperty("xingfeng.db.url"));
                ds.getClass().getMethod("setUser", String.class).invoke(ds,
                        System.getProperty("xingfeng.db.user", "xingfeng"));
                ds.getClass().getMethod("setPassword", String.class).invoke(ds,
                        System.getProperty("xingfeng.db.password", ""));
                return ds.getConnection();
            }
            java.net.URI uri = java.net.URI.create(System.getProperty("xingfeng.db.url").substring("jdbc:".length()));
            DataSource ds = (DataSource) load("derbyclient", "org.apache.derby.client.BasicClientDataSource");
            Class<?> type = ds.getClass();
            type.getMethod("setServerName", String.class).invoke(ds, uri.getHost());
            type.getMethod("setPortNumber", int.class).invoke(ds, uri.getPort());
            type.getMethod("setDatabaseName", String.class).invoke(ds, uri.getPath().substring(1).split(";")[0]);
            type.getMethod("setUser", String.class).invoke(ds, System.getProperty("xingfeng.db.user", "xingfeng"));
            type.getMethod("setPassword", String.class).invoke(ds,
                    System.getProperty("xingfeng.db.password", "xingfeng"));
            return ds.getConnection();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach the database's driver: " + e, e);
        }
    }

    private static Object load(String bundleName, String className) throws ReflectiveOperationException {
        for (Bundle b : FrameworkUtil.getBundle(Database.class).getBundleContext().getBundles()) {
            if (bundleName.equals(b.getSymbolicName())) { // the class the server itself connects with
                return b.loadClass(className).getConstructor().newInstance();
            }
        }
        throw new ClassNotFoundException(className + ": no bundle " + bundleName);
    }
}
