package org.xingfeng.platform.rest.internal;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.rest.Principals.ActorPrincipal;
import org.xingfeng.platform.api.security.AuthService;
import org.xingfeng.platform.api.security.AuthenticationException;

/**
 * Bearer-token authentication and role checks for every module's resources. {@code @PermitAll} opens a
 * method (or class) to anybody; {@code @RolesAllowed} asks for one of the roles; anything else needs a login.
 * An account with a one-time password may only use methods marked {@link DuringPasswordChange}.
 */
@Component(service = ContainerRequestFilter.class)
@JakartarsExtension
@JakartarsName("xingfeng.auth")
@Priority(Priorities.AUTHENTICATION)
public class AuthFilter implements ContainerRequestFilter {

    static final Messages MESSAGES = Messages.of(AuthFilter.class);

    private final AuthService auth;

    @Context
    ResourceInfo resource;

    @Activate
    public AuthFilter(@Reference AuthService auth) {
        this.auth = auth;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        Class<?> type = resource == null ? null : resource.getResourceClass();
        if (method == null) {
            return; // no resource matched: Jersey answers 404/405 itself
        }
        String token = bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        Optional<Actor> actor = token == null ? Optional.empty() : auth.authenticate(token);
        actor.ifPresent(a -> request.setSecurityContext(new ActorSecurityContext(a, request.getSecurityContext())));
        if (annotated(method, type, PermitAll.class)) {
            return;
        }
        if (actor.isEmpty()) {
            throw token == null
                    ? new AuthenticationException("unauthenticated", MESSAGES.text("authFilter.login_required"))
                    : new AuthenticationException("invalid_token",
                            MESSAGES.text("authFilter.token_invalid_or_expired"));
        }
        if (auth.passwordChangeRequired(token) && method.getAnnotation(DuringPasswordChange.class) == null) {
            throw new XingfengException(403, "password_change_required",
                    MESSAGES.text("authFilter.change_your_one_time_password"), List.of());
        }
        RolesAllowed roles = Annotations.find(method, type, RolesAllowed.class);
        if (roles != null && !actor.get().hasAnyRole(roles.value())) {
            throw new ForbiddenException(
                    MESSAGES.text("authFilter.requires_one_roles", String.join(", ", roles.value())));
        }
    }

    private static boolean annotated(Method method, Class<?> type, Class<? extends java.lang.annotation.Annotation> a) {
        return method.getAnnotation(a) != null || (type != null && type.getAnnotation(a) != null
                && method.getAnnotation(RolesAllowed.class) == null);
    }

    static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() || token.length() > 200 ? null : token;
    }

    record ActorSecurityContext(Actor actor, SecurityContext original) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return new ActorPrincipal(actor);
        }

        @Override
        public boolean isUserInRole(String role) {
            return actor.hasRole(role);
        }

        @Override
        public boolean isSecure() {
            return original != null && original.isSecure();
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
