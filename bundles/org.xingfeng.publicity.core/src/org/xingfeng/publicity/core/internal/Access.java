package org.xingfeng.publicity.core.internal;

import static org.xingfeng.publicity.core.internal.PublicityText.MESSAGES;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.publicity.api.PublicityRoles;

/** Role checks the module's services share. */
final class Access {

    static final String[] READERS = { PublicityRoles.EDITOR, PublicityRoles.VIEWER, Roles.ADMIN, Roles.AUDITOR };

    private Access() {
    }

    static void requireReader(Actor actor) {
        if (!actor.hasAnyRole(READERS)) {
            throw new ForbiddenException(MESSAGES.text("role.reader"));
        }
    }

    static void requireEditor(Actor actor) {
        if (!actor.hasAnyRole(PublicityRoles.EDITOR, Roles.ADMIN)) {
            throw new ForbiddenException(MESSAGES.text("role.editor"));
        }
    }
}
