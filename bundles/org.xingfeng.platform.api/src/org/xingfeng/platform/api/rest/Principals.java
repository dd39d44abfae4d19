package org.xingfeng.platform.api.rest;

import java.security.Principal;

import jakarta.ws.rs.core.SecurityContext;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.security.AuthenticationException;

/** Gets the {@link Actor} the platform's authentication filter put into a request's security context. */
public final class Principals {

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
        throw new AuthenticationException("unauthenticated", "需要登录 (login required)");
    }
}
