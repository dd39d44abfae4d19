package org.xingfeng.platform.api.rest;

import java.security.Principal;

import jakarta.ws.rs.core.SecurityContext;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.security.AuthenticationException;
import org.xingfeng.platform.api.i18n.Messages;

/** Gets the {@link Actor} the platform's authentication filter put into a request's security context. */
public final class Principals {

    private static final Messages MESSAGES = Messages.of(Principals.class);

    private Principals() {
    }

    /** The principal type the authentication filter installs. */
    public record ActorPrincipal(Actor actor) implements Principal {
        @Override
        public String getName() {
            return actor.username();
        }
    }

    public static Actor actor(SecurityContext context) {
        Principal p = context == null ? null : context.getUserPrincipal();
        if (p instanceof ActorPrincipal ap) {
            return ap.actor();
        }
        throw new AuthenticationException("unauthenticated", MESSAGES.text("error.unauthenticated"));
    }
}
