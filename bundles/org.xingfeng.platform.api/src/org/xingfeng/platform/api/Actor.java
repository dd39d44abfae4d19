package org.xingfeng.platform.api;

import java.util.Objects;
import java.util.Set;

/**
 * Who is doing something: a logged-in user, or the system itself (start-up jobs, demo data, citizens' intake).
 * Every service method takes the actor: the audit log says who did it, and the service checks the target against the
 * actor's {@link Reach} (the home unit and below) and roles. Roles are held within the reach.
 */
public record Actor(long userId, String username, Set<String> roles, Reach reach) {

    /** The system: every unit, the administrator's role. Only start-up jobs and unauthenticated intake use it. */
    public static final Actor SYSTEM = new Actor(0, "system", Set.of("admin"), Reach.EVERYWHERE);

    public Actor {
        roles = Set.copyOf(roles);
        Objects.requireNonNull(reach, "reach");
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
