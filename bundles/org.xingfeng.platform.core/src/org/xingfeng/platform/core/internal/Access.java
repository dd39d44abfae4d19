package org.xingfeng.platform.core.internal;

import java.util.Arrays;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.i18n.Messages;

/** Authorisation rules of the platform's services: the actor must hold one of the given roles. */
public final class Access {

    static final Messages MESSAGES = Messages.of(Access.class);

    private Access() {
    }

    /**
     * For changes that affect every unit (the calendar, modules): the role, held by an account of the whole
     * installation.
     */
    public static void requireInstallation(Actor actor, String... roles) {
        require(actor, roles);
        if (!actor.reach().everywhere()) {
            throw new ForbiddenException(MESSAGES.text("access.requires_account_whole_installation"));
        }
    }

    public static void require(Actor actor, String... roles) {
        if (actor == null || !actor.hasAnyRole(roles)) {
            throw new ForbiddenException(MESSAGES.text("access.requires_one_roles", Arrays.toString(roles)));
        }
    }
}
