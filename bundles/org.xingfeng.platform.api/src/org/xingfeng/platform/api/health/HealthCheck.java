package org.xingfeng.platform.api.health;

import java.time.Duration;

/**
 * One thing {@code /health} looks at: the platform's database, a module's persistence unit. Register an
 * implementation as a service (whiteboard); {@code /health} runs every registered check on each call, each within
 * a short timeout, and answers 503 with the reason when one of them fails. Register it once what it checks is up
 * (from the activate method of an immediate component that references the persistence unit's owner), not as a
 * delayed DS service: {@code /health} must never be the one that starts a persistence unit.
 */
public interface HealthCheck {

    /** What is checked, e.g. {@code database} or {@code matters.persistence}; shown in {@code /health}. */
    String name();

    /**
     * Looks, returning normally when healthy. Throws with a reason a person can act on when not; a check that
     * runs longer than {@code timeout} counts as failed.
     */
    void check(Duration timeout) throws Exception;
}
