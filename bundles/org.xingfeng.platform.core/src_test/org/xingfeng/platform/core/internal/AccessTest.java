package org.xingfeng.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.security.Roles;

class AccessTest {

    @Test
    void anyOfTheRolesIsEnough() {
        Actor auditor = new Actor(2, "a", Set.of(Roles.AUDITOR, Roles.STAFF), Reach.EVERYWHERE);
        assertDoesNotThrow(() -> Access.require(auditor, Roles.ADMIN, Roles.AUDITOR));
        assertThrows(ForbiddenException.class, () -> Access.require(auditor, Roles.ADMIN));
    }

    @Test
    void noActorNoAccess() {
        assertThrows(ForbiddenException.class, () -> Access.require(null, Roles.STAFF));
        assertThrows(ForbiddenException.class,
                () -> Access.require(new Actor(3, "x", Set.of(), Reach.EVERYWHERE), Roles.STAFF));
    }

    @Test
    void systemActsAsAdministrator() {
        assertDoesNotThrow(() -> Access.require(Actor.SYSTEM, Roles.ADMIN));
    }
}
