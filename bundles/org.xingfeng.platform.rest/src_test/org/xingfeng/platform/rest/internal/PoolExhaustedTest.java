package org.xingfeng.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

/**
 * A request that waited past the pool for a database connection answers 503 {@code busy} with Retry-After, however
 * deep the pool's exception lies (EclipseLink and JPA wrap it twice), and only then: another SQL failure stays a 500.
 */
class PoolExhaustedTest {

    /** What HikariCP throws when no connection came free in time, wrapped as EclipseLink and JPA pass it on. */
    private static RuntimeException timedOut() {
        SQLTransientConnectionException pool = new SQLTransientConnectionException(
                "xingfeng - Connection is not available, request timed out after 10000ms.");
        return new IllegalStateException(new RuntimeException("Exception [EclipseLink-4002]", pool));
    }

    @Test
    void foundDeepInTheCauses() {
        assertTrue(ErrorMapper.poolExhausted(timedOut()));
        assertFalse(ErrorMapper.poolExhausted(new RuntimeException(new SQLException("deadlock", "40001"))));
        assertFalse(ErrorMapper.poolExhausted(null));
    }

    @Test
    void answersBusyWithRetryAfter() {
        Response r = new ErrorMapper().toResponse(timedOut());
        assertEquals(503, r.getStatus());
        assertEquals("2", r.getHeaderString("Retry-After"));
        assertTrue(String.valueOf(r.getEntity()).contains("\"error\":\"busy\""), () -> "body: " + r.getEntity());
    }

    @Test
    void anotherDatabaseFailureIsNotBusy() {
        Response r = new ErrorMapper().toResponse(new RuntimeException(new SQLException("disk full", "XSDG1")));
        assertEquals(500, r.getStatus());
        assertEquals(null, r.getHeaderString("Retry-After"));
    }
}
