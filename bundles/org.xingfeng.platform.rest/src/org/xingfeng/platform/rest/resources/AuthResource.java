package org.xingfeng.platform.rest.resources;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.rest.MaxBodySize;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RateLimited;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.AuthService;
import org.xingfeng.platform.api.security.LoginSession;
import org.xingfeng.platform.api.security.UserAccount;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.rest.internal.DuringPasswordChange;

/** Login, logout, who-am-I and password change: {@code /api/v1/auth}. */
@Component(service = AuthResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    static final Messages MESSAGES = Messages.of(AuthResource.class);

    public record LoginRequest(String username, String password) {
    }

    public record LoginResponse(String token, Instant expiresAt, UserAccount user, boolean passwordChangeRequired) {
    }

    public record PasswordChange(String oldPassword, String newPassword) {
    }

    private final AuthService auth;
    private final UserService users;

    @Activate
    public AuthResource(@Reference AuthService auth, @Reference UserService users) {
        this.auth = auth;
        this.users = users;
    }

    @POST
    @Path("login")
    @PermitAll
    @RateLimited(value = "auth.login", perMinute = 30)
    @MaxBodySize(bytes = 4096)
    public LoginResponse login(LoginRequest request) {
        if (request == null) {
            throw new ValidationException("username", MESSAGES.text("auth.username_and_password_required"));
        }
        LoginSession s = auth.login(request.username(), request.password());
        return new LoginResponse(s.token(), s.expiresAt(), s.user(), s.user().mustChangePassword());
    }

    @POST
    @Path("logout")
    @DuringPasswordChange
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.logout(authorization.substring(7).trim());
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @DuringPasswordChange
    public UserAccount me(@Context SecurityContext security) {
        Actor actor = Principals.actor(security);
        return users.user(actor, actor.userId())
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.user"), actor.userId()));
    }

    @POST
    @Path("password")
    @DuringPasswordChange
    @MaxBodySize(bytes = 4096)
    public Response changePassword(@Context SecurityContext security, PasswordChange change) {
        if (change == null) {
            throw new ValidationException("newPassword", MESSAGES.text("auth.new_password_required"));
        }
        auth.changePassword(Principals.actor(security), change.oldPassword(), change.newPassword());
        return Response.noContent().build();
    }
}
