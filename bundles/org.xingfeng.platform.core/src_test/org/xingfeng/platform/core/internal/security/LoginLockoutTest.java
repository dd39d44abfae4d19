package org.xingfeng.platform.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginLockoutTest {

    private final LoginLockout lockout = new LoginLockout(5, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    void locksOnTheFifthFailureInARow() {
        LoginLockout.State s = new LoginLockout.State(0, null);
        for (int i = 1; i <= 4; i++) {
            s = lockout.fail(s.failures(), now);
            assertEquals(i, s.failures());
            assertNull(s.lockedUntil());
        }
        s = lockout.fail(s.failures(), now);
        assertEquals(now.plus(Duration.ofMinutes(15)), s.lockedUntil());
        assertEquals(0, s.failures(), "the count starts again after the lock");
    }

    @Test
    void lockExpires() {
        Instant until = now.plus(Duration.ofMinutes(15));
        assertTrue(lockout.isLocked(until, now));
        assertTrue(lockout.isLocked(until, until.minusSeconds(1)));
        assertFalse(lockout.isLocked(until, until));
        assertFalse(lockout.isLocked(null, now));
    }
}
