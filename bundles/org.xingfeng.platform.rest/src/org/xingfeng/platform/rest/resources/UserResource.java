package org.xingfeng.platform.rest.resources;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.module.ModuleInfo;
import org.xingfeng.platform.api.module.ModuleRegistry;
import org.xingfeng.platform.api.module.RoleDefinition;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.security.UserAccount;
import org.xingfeng.platform.api.security.UserDraft;
import org.xingfeng.platform.api.security.UserService;

/** Accounts and roles: {@code /api/v1/users}, {@code /api/v1/roles}. Administrators only. */
@Component(service = UserResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    static final Messages MESSAGES = Messages.of(UserResource.class);

    public record RolesRequest(Set<String> roles) {
    }

    public record EnabledRequest(Boolean enabled) {
    }

    public record PasswordReset(String password) {
    }

    private final UserService users;
    private final ModuleRegistry modules;

    @Activate
    public UserResource(@Reference UserService users, @Reference ModuleRegistry modules) {
        this.users = users;
        this.modules = modules;
    }

    @GET
    @Path("users")
    public List<UserAccount> users(@Context SecurityContext security) {
        return users.users(Principals.actor(security));
    }

    @GET
    @Path("users/{id}")
    public UserAccount user(@Context SecurityContext security, @PathParam("id") long id) {
        return users.user(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.user"), id));
    }

    @POST
    @Path("users")
    public Response create(@Context SecurityContext security, UserDraft draft) {
        return Response.status(201).entity(users.create(Principals.actor(security), draft)).build();
    }

    @PUT
    @Path("users/{id}/roles")
    public UserAccount setRoles(@Context SecurityContext security, @PathParam("id") long id, RolesRequest request) {
        if (request == null || request.roles() == null) {
            throw new ValidationException("roles", MESSAGES.text("user.roles_required"));
        }
        return users.setRoles(Principals.actor(security), id, request.roles());
    }

    @PUT
    @Path("users/{id}/enabled")
    public UserAccount setEnabled(@Context SecurityContext security, @PathParam("id") long id, EnabledRequest request) {
        if (request == null || request.enabled() == null) {
            throw new ValidationException("enabled", MESSAGES.text("user.enabled_required"));
        }
        return users.setEnabled(Principals.actor(security), id, request.enabled());
    }

    public record HomeUnitRequest(Long homeUnitId) {
    }

    /** The home unit of an account without a staff member ({@code null}: the whole installation). */
    @PUT
    @Path("users/{id}/home-unit")
    public UserAccount setHomeUnit(@Context SecurityContext security, @PathParam("id") long id,
            HomeUnitRequest request) {
        if (request == null) {
            throw new ValidationException("homeUnitId", MESSAGES.text("user.homeunitid_required"));
        }
        return users.setHomeUnit(Principals.actor(security), id, request.homeUnitId());
    }

    @POST
    @Path("users/{id}/password-reset")
    public UserAccount resetPassword(@Context SecurityContext security, @PathParam("id") long id,
            PasswordReset request) {
        if (request == null) {
            throw new ValidationException("password", MESSAGES.text("user.password_required"));
        }
        return users.resetPassword(Principals.actor(security), id, request.password());
    }

    /** Every role of the installed modules, with names. */
    @GET
    @Path("roles")
    public List<RoleDefinition> roles() {
        return modules.modules().stream().map(ModuleInfo::roles).flatMap(List::stream).toList();
    }
}
