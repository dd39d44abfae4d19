package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Modules;

/**
 * On the Derby network server, errors the client driver words itself (a failed batch, for one) come with their
 * message: the driver's message texts are visible to Derby inside OSGi, so no MissingResourceException hides the
 * database's answer.
 */
class DerbyClientMessagesIT {

    @Test
    void aFailedBatchOnTheNetworkServerHasItsMessage() throws Exception {
        Assumptions.assumeTrue("derby-network".equals(System.getProperty("xingfeng.db.kind")),
                "only on the Derby network server");
        Bundle client = Modules.bundle("derbyclient");
        // jdbc:derby://host:port/name, through the client's data source as the platform connects
        java.net.URI uri = java.net.URI.create(System.getProperty("xingfeng.db.url").substring("jdbc:".length()));
        Class<?> type = client.loadClass("org.apache.derby.client.BasicClientDataSource");
        DataSource ds = (DataSource) type.getDeclaredConstructor().newInstance();
        type.getMethod("setServerName", String.class).invoke(ds, uri.getHost());
        type.getMethod("setPortNumber", int.class).invoke(ds, uri.getPort());
        type.getMethod("setDatabaseName", String.class).invoke(ds, uri.getPath().substring(1).split(";")[0]);
        type.getMethod("setCreateDatabase", String.class).invoke(ds, "create");
        type.getMethod("setUser", String.class).invoke(ds, System.getProperty("xingfeng.db.user", "xingfeng"));
        type.getMethod("setPassword", String.class).invoke(ds, System.getProperty("xingfeng.db.password", "xingfeng"));
        String table = "MSG_TEST_" + Api.unique().replaceAll("[^A-Za-z0-9]", "");
        try (Connection c = ds.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + table + " (ID INT PRIMARY KEY)");
            }
            try {
                BatchUpdateException e = assertThrows(BatchUpdateException.class, () -> {
                    try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + table + " VALUES (?)")) {
                        for (int id : new int[] { 1, 2, 1 }) {
                            ins.setInt(1, id);
                            ins.addBatch();
                        }
                        ins.executeBatch();
                    }
                });
                String message = e.getMessage() + " / "
                        + (e.getNextException() == null ? "" : e.getNextException().getMessage());
                assertTrue(!message.contains("MissingResource") && !message.contains("clientmessages"), message);
                assertTrue(message.toLowerCase().contains("batch") || message.contains("23505"), message);
                assertTrue("23505".equals(e.getSQLState()) || e.getNextException() != null
                        && "23505".equals(e.getNextException().getSQLState()), "duplicate key state: " + message);
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TABLE " + table);
                }
            }
        }
    }
}
