package org.xingfeng.platform.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    /** The database's table, shared by the servers of one database. */
    static final class Table implements TokenStore.Sessions {
        record Row(long userId, Instant expiresAt, boolean mustChange) {
        }

        final Map<String, Row> rows = new ConcurrentHashMap<>();
        final Map<Long, Actor> users = new ConcurrentHashMap<>();
        int reads;

        @Override
        public void insert(String tokenHash, long userId, Instant createdAt, Instant expiresAt, boolean must) {
            rows.put(tokenHash, new Row(userId, expiresAt, must));
        }

        @Override
        public Optional<TokenStore.Entry> find(String tokenHash) {
            reads++;
            Row r = rows.get(tokenHash);
            return r == null ? Optional.empty()
                    : Optional
                            .of(new TokenStore.Entry(users.get(r.userId()), null, null, r.expiresAt(), r.mustChange()));
        }

        @Override
        public void delete(String tokenHash) {
            rows.remove(tokenHash);
        }

        @Override
        public void deleteUser(long userId) {
            rows.values().removeIf(r -> r.userId() == userId);
        }

        @Override
        public void deleteStaff(long staffId) {
        }

        @Override
        public void deleteExpired(Instant now) {
            rows.values().removeIf(r -> !now.isBefore(r.expiresAt()));
        }
    }

    private final MovableClock clock = new MovableClock();
    private final long[] nanos = { 0 };
    private final Table table = new Table();
    private final Actor alice = new Actor(7, "alice", Set.of("staff"), Reach.EVERYWHERE);
    private final Actor bob = new Actor(8, "bob", Set.of(), Reach.EVERYWHERE);

    {
        table.users.put(7L, alice);
        table.users.put(8L, bob);
    }

    private TokenStore server(Duration cache) {
        return new TokenStore(table, Duration.ofMinutes(30), clock, cache, () -> nanos[0]);
    }

    @Test
    void tokensAreRandomStoredHashedAndFindTheirActor() {
        TokenStore store = server(Duration.ZERO);
        String a = store.issue(alice, false).token();
        String b = store.issue(alice, false).token();
        assertNotEquals(a, b);
        assertTrue(a.length() >= 43, "256 bits of randomness");
        assertEquals(alice, store.find(a).orElseThrow().actor());
        assertFalse(table.rows.containsKey(a), "the token itself is never stored");
        assertTrue(table.rows.containsKey(TokenStore.hash(a)));
        assertEquals(64, TokenStore.hash(a).length());
    }

    @Test
    void aSessionWorksAfterARestartAndOnAnotherServer() {
        String t = server(Duration.ofSeconds(2)).issue(alice, false).token();
        assertEquals(alice, server(Duration.ofSeconds(2)).find(t).orElseThrow().actor());
    }

    @Test
    void tokensExpire() {
        TokenStore store = server(Duration.ofSeconds(2));
        String t = store.issue(alice, false).token();
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertTrue(store.find(t).isPresent());
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertTrue(store.find(t).isEmpty(), "expired even while cached");
    }

    @Test
    void revokingAUserEndsAllTheirTokensAtOnceOnThisServer() {
        TokenStore store = server(Duration.ofSeconds(2));
        String t1 = store.issue(alice, false).token();
        String t2 = store.issue(alice, true).token();
        String other = store.issue(bob, false).token();
        assertTrue(store.find(t1).isPresent());
        store.revokeUser(7);
        assertTrue(store.find(t1).isEmpty());
        assertTrue(store.find(t2).isEmpty());
        assertTrue(store.find(other).isPresent());
        assertTrue(store.find(null).isEmpty());
        store.revoke(other);
        assertTrue(store.find(other).isEmpty(), "logout: at once");
    }

    @Test
    void anotherServersCacheOutlivesARevocationByAtMostItsBound() {
        TokenStore here = server(Duration.ofSeconds(2));
        TokenStore there = server(Duration.ofSeconds(2));
        String t = here.issue(alice, false).token();
        assertTrue(there.find(t).isPresent());
        int reads = table.reads;
        assertTrue(there.find(t).isPresent());
        assertEquals(reads, table.reads, "a second check within the bound reads no row");
        here.revoke(t);
        nanos[0] += Duration.ofMillis(1999).toNanos();
        assertTrue(there.find(t).isPresent(), "within the documented bound");
        nanos[0] += Duration.ofMillis(1).toNanos();
        assertTrue(there.find(t).isEmpty(), "refused once the bound has passed");
    }

    @Test
    void withoutACacheARevocationHoldsEverywhereAtOnce() {
        TokenStore here = server(Duration.ZERO);
        TokenStore there = server(Duration.ZERO);
        String t = here.issue(alice, false).token();
        assertTrue(there.find(t).isPresent());
        here.revokeUser(7);
        assertTrue(there.find(t).isEmpty());
    }
}
