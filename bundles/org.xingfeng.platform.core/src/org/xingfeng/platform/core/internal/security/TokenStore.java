package org.xingfeng.platform.core.internal.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * Bearer tokens in memory: 256 random bits each, valid for a fixed time after login (setting
 * {@code token.ttl.minutes}, default 480). A server restart logs everybody out. Tokens carry the actor, so
 * checking a token costs no database round trip; changing a user's roles or state revokes their tokens.
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
    }

    /** The actor as of login; its reach is worked out afresh from {@code homeUnitId} on each use. */
    record Entry(Actor actor, Long staffId, Long homeUnitId, Instant expiresAt, boolean mustChangePassword) {
    }

    private final Map<String, Entry> tokens = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration ttl;
    private final Clock clock;

    @Activate
    public TokenStore(@Reference BureauTime time, Config config) {
        this(Duration.ofMinutes(config.token_ttl_minutes()), time.clock());
    }

    TokenStore(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    String issue(Actor actor, Long staffId, Long homeUnitId, boolean mustChangePassword) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(token, new Entry(actor, staffId, homeUnitId, clock.instant().plus(ttl), mustChangePassword));
        if (tokens.size() % 256 == 0) {
            purgeExpired();
        }
        return token;
    }

    Instant expiryOf(String token) {
        Entry e = tokens.get(token);
        return e == null ? null : e.expiresAt();
    }

    Optional<Entry> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Entry e = tokens.get(token);
        if (e == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(e.expiresAt())) {
            tokens.remove(token);
            return Optional.empty();
        }
        return Optional.of(e);
    }

    void revoke(String token) {
        tokens.remove(token);
    }

    void revokeUser(long userId) {
        tokens.values().removeIf(e -> e.actor().userId() == userId);
    }

    /** Logs out the accounts of a staff member (who moved to another unit, so their reach changed). */
    public void revokeStaff(long staffId) {
        tokens.values().removeIf(e -> e.staffId() != null && e.staffId() == staffId);
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        tokens.values().removeIf(e -> !now.isBefore(e.expiresAt()));
    }
}
