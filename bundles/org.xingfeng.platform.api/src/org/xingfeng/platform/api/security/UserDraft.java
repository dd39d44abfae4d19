package org.xingfeng.platform.api.security;

import java.util.Set;

/** What an administrator supplies for a new account. The password is a one-time password the user must change. */
public record UserDraft(String username, String displayName, Long staffId, Set<String> roles, String password) {

    public UserDraft {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
