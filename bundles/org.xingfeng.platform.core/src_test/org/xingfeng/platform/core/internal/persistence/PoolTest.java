package org.xingfeng.platform.core.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool the persistence service builds: sized by kind or setting, bounded waits, Derby closed after it. */
public class PoolTest {

    @TempDir
    Path dir;

    /** The settings' defaults, with some attributes replaced. */
    public static JpaPersistenceService.Config settings(Map<String, Object> given) {
        return (JpaPersistenceService.Config) Proxy.newProxyInstance(PoolTest.class.getClassLoader(),
                new Class<?>[] { JpaPersistenceService.Config.class }, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return JpaPersistenceService.Config.class;
                    }
                    Object v = given.get(method.getName());
                    return v != null ? v : method.getDefaultValue();
                });
    }

    @Test
    void sizeByKindUnlessGiven() {
        assertEquals(40, DataSources.defaultPoolSize(DataSources.DERBY_EMBEDDED));
        assertEquals(20, DataSources.defaultPoolSize(DataSources.POSTGRESQL));
        assertEquals(20, DataSources.defaultPoolSize(DataSources.DERBY_NETWORK));
        JpaPersistenceService.Config byKind = settings(Map.of("data", dir.toString()));
        HikariConfig c = DataSources.poolConfig(DataSources.create(byKind), byKind);
        assertEquals(40, c.getMaximumPoolSize());
        assertEquals(2, c.getMinimumIdle());
        assertEquals(10_000, c.getConnectionTimeout());
        JpaPersistenceService.Config given = settings(Map.of("data", dir.toString(), "db_pool_size", 3,
                "db_pool_minIdle", 9, "db_pool_maxLifetimeMs", 0L));
        HikariConfig g = DataSources.poolConfig(DataSources.create(given), given);
        assertEquals(3, g.getMaximumPoolSize());
        assertEquals(3, g.getMinimumIdle(), "never more idle than the pool holds");
        assertEquals(0, g.getMaxLifetime());
    }

    @Test
    void anExhaustedPoolFailsWithinItsWaitThenDerbyShutsDownCleanly() throws Exception {
        JpaPersistenceService.Config s = settings(
                Map.of("data", dir.toString(), "db_pool_size", 2, "db_pool_connectionTimeoutMs", 500L));
        DataSources.Configured configured = DataSources.create(s);
        try (HikariDataSource pool = DataSources.open(configured, s)) {
            try (Connection a = pool.getConnection(); Connection b = pool.getConnection()) {
                long start = System.nanoTime();
                assertThrows(SQLException.class, pool::getConnection);
                long ms = (System.nanoTime() - start) / 1_000_000;
                assertTrue(ms >= 400 && ms < 5_000, "waited " + ms + " ms");
                try (Statement st = a.createStatement()) {
                    st.executeQuery("VALUES 1").close();
                }
            }
            // returned connections serve again
            try (Connection c = pool.getConnection()) {
                assertTrue(c.isValid(1));
            }
        }
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(((EmbeddedDataSource) configured.dataSource()).getDatabaseName());
        shutdown.setShutdownDatabase("shutdown");
        SQLException closed = assertThrows(SQLException.class, shutdown::getConnection);
        assertEquals("08006", closed.getSQLState(), "Derby shut down cleanly");
    }
}
