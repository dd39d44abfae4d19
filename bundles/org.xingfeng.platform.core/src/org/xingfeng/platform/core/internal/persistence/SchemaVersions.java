package org.xingfeng.platform.core.internal.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleReference;

/**
 * Remembers, per persistence unit, the bundle version its tables were last generated for (table
 * {@code XF_SCHEMA_VERSION}). A unit whose bundle is unchanged skips DDL at start-up; a new version of the
 * bundle creates its new tables and adds its new columns.
 */
final class SchemaVersions {

    private final DataSource dataSource;
    private final java.time.Clock clock;

    SchemaVersions(DataSource dataSource, java.time.Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (!exists(c)) {
                s.executeUpdate("CREATE TABLE XF_SCHEMA_VERSION (UNIT_NAME VARCHAR(200) NOT NULL PRIMARY KEY, "
                        + "FINGERPRINT VARCHAR(400) NOT NULL, UPDATED_AT TIMESTAMP NOT NULL)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare XF_SCHEMA_VERSION: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c) throws SQLException {
        for (String name : new String[] { "XF_SCHEMA_VERSION", "xf_schema_version" }) {
            try (ResultSet rs = c.getMetaData().getTables(null, null, name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The owning bundle's symbolic name and version; a class loader outside OSGi is never "current". */
    static String fingerprint(ClassLoader loader) {
        if (loader instanceof BundleReference ref) {
            Bundle b = ref.getBundle();
            return b.getSymbolicName() + "_" + b.getVersion();
        }
        return "unknown-" + System.nanoTime();
    }

    /** The fingerprint recorded for a unit; null when none is (a unit this database has not seen). */
    String recorded(String unit) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c
                        .prepareStatement("SELECT FINGERPRINT FROM XF_SCHEMA_VERSION WHERE UNIT_NAME = ?")) {
            ps.setString(1, unit);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    void record(String unit, String fingerprint) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement del = c.prepareStatement("DELETE FROM XF_SCHEMA_VERSION WHERE UNIT_NAME = ?");
                    PreparedStatement ins = c.prepareStatement(
                            "INSERT INTO XF_SCHEMA_VERSION (UNIT_NAME, FINGERPRINT, UPDATED_AT) VALUES (?, ?, ?)")) {
                del.setString(1, unit);
                del.executeUpdate();
                ins.setString(1, unit);
                ins.setString(2, fingerprint);
                ins.setTimestamp(3, Timestamp.from(clock.instant()));
                ins.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record schema version of " + unit + ": " + e.getMessage(), e);
        }
    }
}
