package org.xingfeng.platform.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.core.internal.org.OrgTree;
import org.xingfeng.platform.core.internal.store.PlatformStore;

/**
 * Bearer tokens: 256 random bits each, valid for a fixed time after login (setting {@code token.ttl.minutes}, default
 * 480). Only a token's SHA-256 is stored, in the database ({@link Sessions}), so a session survives a restart and
 * works on every server of the database; ending a session deletes its row. A token found is kept in memory for at
 * most {@code token.cacheSeconds} (default 2; 0: none): a session ended on this server is dropped from its memory at
 * once, one ended on another server of the database is refused here at most that long afterwards.
 */
@Component(service = TokenStore.class, configurationPid = TokenStore.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = TokenStore.Config.class)
public class TokenStore {

    public static final String PID = "org.xingfeng.security.tokens";

    @ObjectClassDefinition(id = PID, name = "Tokens", description = "The bearer tokens given at login")
    public @interface Config {

        @AttributeDefinition(name = "Token lifetime", description = "minutes a token stays valid")
        int token_ttl_minutes() default 480;

        @AttributeDefinition(name = "Token cache seconds",
                description = "how long a server keeps a checked token in memory (0: asks the database every time);"
                        + " a session ended on another server is refused here at most this long afterwards")
        int token_cacheSeconds() default 2;
    }

    /** The actor as of the session's check; its reach is worked out afresh from {@code homeUnitId} on each use. */
    record Entry(Actor actor, Long staffId, Long homeUnitId, Instant expiresAt, boolean mustChangePassword) {
    }

    /** A token given at login and when it expires. */
    record Issued(String token, Instant expiresAt) {
    }

    /** Where sessions are kept, by their token's hash. */
    interface Sessions {
        void insert(String tokenHash, long userId, Instant createdAt, Instant expiresAt, boolean mustChangePassword);

        /** The session's entry when it exists and its account is enabled. */
        Optional<Entry> find(String tokenHash);

        void delete(String tokenHash);

        void deleteUser(long userId);

        void deleteStaff(long staffId);

        void deleteExpired(Instant now);
    }

    private record Cached(Entry entry, long at) {
    }

    private static final int CACHE_LIMIT = 10_000;

    private final Sessions sessions;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration ttl;
    private final Clock clock;
    private final long cacheNanos;
    private final LongSupplier nanos;
    private int issued;

    @Activate
    public TokenStore(@Reference PlatformStore store, @Reference OrgTree orgTree, @Reference BureauTime time,
            Config config) {
        this(new JpaSessions(store, orgTree), Duration.ofMinutes(config.token_ttl_minutes()), time.clock(),
                Duration.ofSeconds(Math.max(0, config.token_cacheSeconds())), System::nanoTime);
    }

    TokenStore(Sessions sessions, Duration ttl, Clock clock, Duration cacheFor, LongSupplier nanos) {
        this.sessions = sessions;
        this.ttl = ttl;
        this.clock = clock;
        this.cacheNanos = cacheFor.toNanos();
        this.nanos = nanos;
    }

    /** Starts a session; inside the login's transaction when there is one. */
    Issued issue(Actor actor, boolean mustChangePassword) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(ttl);
        sessions.insert(hash(token), actor.userId(), now, expires, mustChangePassword);
        if (++issued % 256 == 0) {
            sessions.deleteExpired(now);
        }
        return new Issued(token, expires);
    }

    Optional<Entry> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        String key = hash(token);
        long now = nanos.getAsLong();
        Cached c = cache.get(key);
        Entry e;
        if (c != null && cacheNanos > 0 && now - c.at() < cacheNanos) {
            e = c.entry();
        } else {
            e = sessions.find(key).orElse(null);
            if (e == null) {
                cache.remove(key);
                return Optional.empty();
            }
            if (cacheNanos > 0) {
                if (cache.size() >= CACHE_LIMIT) {
                    cache.clear();
                }
                cache.put(key, new Cached(e, now));
            }
        }
        if (!clock.instant().isBefore(e.expiresAt())) {
            cache.remove(key);
            return Optional.empty();
        }
        return Optional.of(e);
    }

    void revoke(String token) {
        if (token == null) {
            return;
        }
        String key = hash(token);
        sessions.delete(key);
        cache.remove(key);
    }

    /** Ends every session of an account (password, roles or state changed): in the caller's transaction if any. */
    void revokeUser(long userId) {
        sessions.deleteUser(userId);
        cache.values().removeIf(c -> c.entry().actor().userId() == userId);
    }

    /**
     * Drops an account's tokens from this server's memory only: called again once the transaction that ended its
     * sessions has committed, so a check made meanwhile (which may still have seen the rows) is not kept.
     */
    void forgetUser(long userId) {
        cache.values().removeIf(c -> c.entry().actor().userId() == userId);
    }

    void forget(String token) {
        if (token != null) {
            cache.remove(hash(token));
        }
    }

    /** Logs out the accounts of a staff member (who moved to another unit, so their reach changed). */
    public void revokeStaff(long staffId) {
        sessions.deleteStaff(staffId);
        cache.values().removeIf(c -> c.entry().staffId() != null && c.entry().staffId() == staffId);
    }

    /** The stored form of a token: SHA-256, hex. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
