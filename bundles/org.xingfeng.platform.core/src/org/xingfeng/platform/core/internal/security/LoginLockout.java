package org.xingfeng.platform.core.internal.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The lockout rule: after {@code maxFailures} failed logins in a row an account is locked for {@code lockFor};
 * a good login resets the count. Pure, so it is tested without a database.
 */
public record LoginLockout(int maxFailures, Duration lockFor) {

    public boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The state after one more failure: the new failure count and, when the limit is reached, the lock's end. */
    public State fail(int failuresSoFar, Instant now) {
        int failures = failuresSoFar + 1;
        if (failures >= maxFailures) {
            return new State(0, now.plus(lockFor));
        }
        return new State(failures, null);
    }

    public record State(int failures, Instant lockedUntil) {
    }
}
