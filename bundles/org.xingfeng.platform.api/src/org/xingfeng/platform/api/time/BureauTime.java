package org.xingfeng.platform.api.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The bureau's clock and time zone, as a service: components take it by injection instead of reading the wall
 * clock or a system property, so a test can run a day (an overdue deadline, an expired appointment) on a clock
 * of its own. A date without a time ("2026-11-23") starts at midnight in {@link #zone()}.
 */
public interface BureauTime {

    /** The bureau's time zone (configured; Asia/Shanghai by default). */
    ZoneId zone();

    /** The clock, in the bureau's zone. */
    Clock clock();

    default Instant now() {
        return clock().instant();
    }

    default LocalDate today() {
        return LocalDate.now(clock());
    }

    default ZonedDateTime local(Instant instant) {
        return instant.atZone(zone());
    }

    /** Midnight of {@code date} in the bureau's zone. */
    default Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone()).toInstant();
    }

    /** A bureau time of a given clock (for pure rules and tests). */
    static BureauTime of(Clock clock) {
        return new BureauTime() {
            @Override
            public ZoneId zone() {
                return clock.getZone();
            }

            @Override
            public Clock clock() {
                return clock;
            }
        };
    }
}
