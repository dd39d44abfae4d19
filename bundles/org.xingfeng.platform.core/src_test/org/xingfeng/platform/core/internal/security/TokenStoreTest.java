package org.xingfeng.platform.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Reach;

class TokenStoreTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-23T01:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final TokenStore store = new TokenStore(Duration.ofMinutes(30), clock);
    private final Actor alice = new Actor(7, "alice", Set.of("staff"), Reach.EVERYWHERE);

    @Test
    void tokensAreRandomAndFindTheirActor() {
        String a = store.issue(alice, null, null, false);
        String b = store.issue(alice, null, null, false);
        assertNotEquals(a, b);
        assertTrue(a.length() >= 43, "256 bits of randomness");
        assertEquals(alice, store.find(a).orElseThrow().actor());
    }

    @Test
    void tokensExpire() {
        String t = store.issue(alice, null, null, false);
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertTrue(store.find(t).isPresent());
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertTrue(store.find(t).isEmpty());
    }

    @Test
    void revokingAUserEndsAllTheirTokens() {
        String t1 = store.issue(alice, null, null, false);
        String t2 = store.issue(alice, null, null, true);
        String other = store.issue(new Actor(8, "bob", Set.of(), Reach.EVERYWHERE), null, null, false);
        store.revokeUser(7);
        assertTrue(store.find(t1).isEmpty());
        assertTrue(store.find(t2).isEmpty());
        assertTrue(store.find(other).isPresent());
        assertTrue(store.find(null).isEmpty());
    }
}
