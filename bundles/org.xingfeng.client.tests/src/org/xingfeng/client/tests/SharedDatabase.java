package org.xingfeng.client.tests;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A JDBC connection of its own to the database the client runs on, opened as the county's server would open it
 * (the same URL, user and password, the JDBC driver the product ships), so a test sees what others see.
 */
final class SharedDatabase {

    final String kind;
    final String url;
    private final String user;
    private final String password;

    SharedDatabase() {
        kind = System.getProperty("xingfeng.db.kind", "derby-embedded");
        url = System.getProperty("xingfeng.db.url", "");
        user = System.getProperty("xingfeng.db.user", "xingfeng");
        password = System.getProperty("xingfeng.db.password", "");
    }

    /** Whether the database is a shared server (Derby network server or PostgreSQL) rather than embedded Derby. */
    boolean shared() {
        return "derby-network".equals(kind) || "postgresql".equals(kind);
    }

    /** A new connection through the driver bundle the product ships for this kind of database. */
    Connection connect(BundleContext bc) throws Exception {
        String bundle;
        String driverClass;
        if ("derby-network".equals(kind)) {
            bundle = "derbyclient";
            driverClass = "org.apache.derby.client.ClientAutoloadedDriver";
        } else if ("postgresql".equals(kind)) {
            bundle = "org.postgresql.jdbc";
            driverClass = "org.postgresql.Driver";
        } else {
            throw new IllegalStateException("not a shared database: " + kind);
        }
        Bundle driverBundle = Arrays.stream(bc.getBundles()).filter(b -> bundle.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the " + bundle + " bundle is not installed"));
        Driver driver = (Driver) driverBundle.loadClass(driverClass).getConstructor().newInstance();
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        Connection c = driver.connect(url, props);
        if (c == null) {
            throw new SQLException("the driver does not take " + url);
        }
        return c;
    }
}
