package org.xingfeng.platform.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.LockModeType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.core.internal.persistence.JpaPersistenceService;
import org.xingfeng.platform.core.internal.persistence.PoolTest;
import org.xingfeng.platform.core.internal.store.PlatformStore;
import org.xingfeng.platform.core.internal.store.UserEntity;

/**
 * A session is written in the transaction open on the thread (a login's), on its connection: with a pool of one
 * connection a login-shaped transaction still completes, and a rolled-back login leaves no session. (EclipseLink's
 * entity managers answer {@code getEntityManagerFactory()} with a delegate, not the factory that made them; the
 * sessions compared the two and always opened a second transaction: a hundred logins at once then held the whole
 * pool, each waiting for a second connection.)
 */
class JpaSessionsTest {

    @TempDir
    Path dir;

    private JpaPersistenceService persistence;
    private PlatformStore store;
    private JpaSessions sessions;

    @BeforeEach
    void open() {
        JpaPersistenceService.Config oneConnection = PoolTest.settings(Map.of("data", dir.toString(), "db_pool_size", 1,
                "db_pool_minIdle", 1, "db_pool_connectionTimeoutMs", 1_000L));
        persistence = new JpaPersistenceService(BureauTime.of(Clock.system(ZoneId.of("Asia/Shanghai"))),
                oneConnection);
        store = new PlatformStore(persistence);
        sessions = new JpaSessions(store, null);
    }

    @AfterEach
    void close() {
        store.close();
        persistence.deactivate();
    }

    @Test
    void aLoginsSessionIsWrittenOnItsOwnConnection() {
        long userId = newUser();
        Instant now = Instant.parse("2026-12-04T08:00:00Z");
        Jpa.run(store.emf(), em -> {
            em.find(UserEntity.class, userId, LockModeType.PESSIMISTIC_WRITE); // as a login holds its account
            sessions.insert("a".repeat(64), userId, now, now.plusSeconds(3600), false);
        });
        assertEquals(1, sessionsOf(userId));
    }

    @Test
    void aRolledBackLoginLeavesNoSession() {
        long userId = newUser();
        Instant now = Instant.parse("2026-12-04T08:00:00Z");
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> Jpa.run(store.emf(), em -> {
            sessions.insert("b".repeat(64), userId, now, now.plusSeconds(3600), false);
            throw new IllegalStateException("the login failed after its session was written");
        }));
        assertTrue(failed.getMessage().startsWith("the login failed"), failed.getMessage());
        assertEquals(0, sessionsOf(userId));
    }

    @Test
    void aSessionWithoutATransactionOnTheThreadHasItsOwn() {
        long userId = newUser();
        Instant now = Instant.parse("2026-12-04T08:00:00Z");
        sessions.insert("c".repeat(64), userId, now, now.plusSeconds(3600), false);
        assertEquals(1, sessionsOf(userId));
        sessions.deleteUser(userId);
        assertEquals(0, sessionsOf(userId));
    }

    private long newUser() {
        return Jpa.inTransaction(store.emf(), em -> {
            UserEntity u = new UserEntity();
            u.username = "user." + System.nanoTime();
            u.displayName = "经办员";
            u.roleSet(Set.of("staff"));
            u.passwordHash = "not-a-hash";
            u.enabled = true;
            em.persist(u);
            em.flush();
            return u.id;
        });
    }

    private long sessionsOf(long userId) {
        return Jpa.read(store.emf(), em -> em
                .createQuery("select count(s) from SessionEntity s where s.userId = :u", Long.class)
                .setParameter("u", userId).getSingleResult());
    }
}
