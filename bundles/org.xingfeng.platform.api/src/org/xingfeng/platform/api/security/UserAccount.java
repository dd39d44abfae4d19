package org.xingfeng.platform.api.security;

import java.time.Instant;
import java.util.Set;

/**
 * A login account. {@code staffId} links it to a staff member, if any. {@code homeUnitId} is the account's home unit:
 * its staff member's unit, or the one an administrator set for an account without a staff member; {@code null} for
 * an account of the whole installation (the first administrator). Its reach is that unit and every unit below it.
 * Password hashes never leave the service.
 */
public record UserAccount(long id, String username, String displayName, Long staffId, Long homeUnitId,
        Set<String> roles, boolean enabled, Instant lockedUntil, boolean mustChangePassword) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }
}
