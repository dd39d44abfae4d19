package org.xingfeng.platform.api.security;

import java.util.Set;

/**
 * What an administrator supplies for a new account. The password is a one-time password the user must change. An
 * account linked to a staff member has the staff member's unit as its home unit ({@code homeUnitId} may then be left
 * out); one without needs a home unit within the administrator's reach, unless the administrator's reach is the whole
 * installation, who may leave it out for another account of the whole installation.
 */
public record UserDraft(String username, String displayName, Long staffId, Long homeUnitId, Set<String> roles,
        String password) {

    public UserDraft {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
