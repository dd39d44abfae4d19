package org.xingfeng.platform.api.security;

import java.time.Instant;
import java.util.Set;

/** A login account. {@code staffId} links it to a staff member, if any. Password hashes never leave the service. */
public record UserAccount(long id, String username, String displayName, Long staffId, Set<String> roles,
        boolean enabled, Instant lockedUntil, boolean mustChangePassword) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }
}
