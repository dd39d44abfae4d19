package org.xingfeng.platform.api;

import java.util.Set;

/**
 * Who is doing something: a logged-in user, or the system itself (start-up jobs, demo data).
 * Every service method that changes data takes the actor, so the audit log can say who did it.
 */
public record Actor(long userId, String username, Set<String> roles) {

    public static final Actor SYSTEM = new Actor(0, "system", Set.of("admin"));

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
