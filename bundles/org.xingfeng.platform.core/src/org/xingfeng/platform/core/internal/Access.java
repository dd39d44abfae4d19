package org.xingfeng.platform.core.internal;

import java.util.Arrays;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ForbiddenException;

/** Authorisation rules of the platform's services: the actor must hold one of the given roles. */
public final class Access {

    private Access() {
    }

    /**
     * For changes that affect every unit (the calendar, modules): the role, held by an account of the whole
     * installation.
     */
    public static void requireInstallation(Actor actor, String... roles) {
        require(actor, roles);
        if (!actor.reach().everywhere()) {
            throw new ForbiddenException("需要全辖区账户 (requires an account of the whole installation)");
        }
    }

    public static void require(Actor actor, String... roles) {
        if (actor == null || !actor.hasAnyRole(roles)) {
            throw new ForbiddenException("需要以下角色之一 (requires one of the roles): " + Arrays.toString(roles));
        }
    }
}
