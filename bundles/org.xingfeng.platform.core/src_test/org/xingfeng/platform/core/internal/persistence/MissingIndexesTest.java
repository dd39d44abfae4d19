package org.xingfeng.platform.core.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.core.internal.store.PlatformStore;

/**
 * A database made by an earlier release lacks the indexes a later one declares (EclipseLink extends existing tables
 * with columns only): the next start with the new entities adds them, and leaves the others as they are.
 */
class MissingIndexesTest {

    @TempDir
    Path dir;

    @Test
    void anIndexMissingFromAnEarlierReleasesTableIsAddedAtTheNextStart() throws Exception {
        start();
        assertTrue(indexes("PLT_STAFF").contains("PLT_STAFF_UNIT"), "made with the table on a new database");

        // as an earlier release left it: the table without the index, another fingerprint recorded
        try (Connection c = database(false).getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP INDEX PLT_STAFF_UNIT");
            assertEquals(1, s.executeUpdate(
                    "UPDATE XF_SCHEMA_VERSION SET FINGERPRINT = 'an earlier release' WHERE UNIT_NAME = 'xingfeng.platform'"));
        }
        shutdown();
        assertFalse(indexes("PLT_STAFF").contains("PLT_STAFF_UNIT"));
        shutdown();

        start();
        Set<String> after = indexes("PLT_STAFF");
        assertTrue(after.contains("PLT_STAFF_UNIT"), after.toString());
        assertEquals(1, after.stream().filter("PLT_STAFF_UNIT"::equals).count());
        shutdown();
    }

    /** A start of the platform's unit and its stop, as the server does. */
    private void start() {
        JpaPersistenceService persistence = new JpaPersistenceService(
                BureauTime.of(Clock.system(ZoneId.of("Asia/Shanghai"))),
                PoolTest.settings(Map.of("data", dir.toString())));
        PlatformStore store = new PlatformStore(persistence);
        store.close();
        persistence.deactivate();
    }

    private Set<String> indexes(String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection c = database(false).getConnection();
                ResultSet rs = c.getMetaData().getIndexInfo(null, null, table, false, false)) {
            while (rs.next()) {
                if (rs.getString("INDEX_NAME") != null) {
                    names.add(rs.getString("INDEX_NAME"));
                }
            }
        }
        return names;
    }

    private EmbeddedDataSource database(boolean shutdown) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.resolve("db").toString());
        if (shutdown) {
            ds.setShutdownDatabase("shutdown");
        }
        return ds;
    }

    private void shutdown() {
        try {
            database(true).getConnection().close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an SQLException (08006)
        }
    }
}
