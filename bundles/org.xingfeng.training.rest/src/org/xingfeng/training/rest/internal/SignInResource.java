package org.xingfeng.training.rest.internal;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.rest.ApiResponse;
import org.xingfeng.platform.api.rest.MaxBodySize;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RateLimited;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.training.api.signin.SignIn;
import org.xingfeng.training.api.signin.SignInCode;
import org.xingfeng.training.api.signin.SignInDraft;
import org.xingfeng.training.api.signin.SignInService;
import org.xingfeng.training.api.signin.SignInSession;

/**
 * 扫码签到: the officer's code of a session ({@code /api/v1/training/sessions/{id}/signin-code}, with the addresses of
 * the sign-in page and of the poster with its QR code), and the sign-in page's two public operations
 * ({@code /api/v1/training/public/signin}), without a login, size- and rate-limited; the code is their key.
 */
@Component(service = SignInResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE)
@Produces(MediaType.APPLICATION_JSON)
public class SignInResource {

    /** A session's code with the page a phone opens and the poster to show or print. */
    public record SignInLink(long sessionId, String code, Instant opensAt, Instant closesAt, String url,
            String posterUrl) {
    }

    private final SignInService signIn;

    @Activate
    public SignInResource(@Reference SignInService signIn) {
        this.signIn = signIn;
    }

    @GET
    @Path("sessions/{id: \\d+}/signin-code")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN })
    public SignInLink code(@Context SecurityContext security, @Context UriInfo uri, @PathParam("id") long sessionId) {
        SignInCode c = signIn.code(Principals.actor(security), sessionId);
        String page = uri.getBaseUriBuilder().path(SignInPages.ROOT).path(c.code()).build().toString();
        return new SignInLink(c.sessionId(), c.code(), c.opensAt(), c.closesAt(), page, page + "/poster");
    }

    /** {@code ?code=}: the session the code stands for and whether sign-in is open. */
    @GET
    @Path("public/signin")
    @PermitAll
    @RateLimited(value = "training.signin", perMinute = 600)
    public SignInSession session(@QueryParam("code") String code) {
        return signIn.session(code);
    }

    /** {@code {"code","staffNumber","name"}}: 201 with the sign-in. */
    @POST
    @Path("public/signin")
    @PermitAll
    @RateLimited(value = "training.signin", perMinute = 600)
    @MaxBodySize(bytes = 4096)
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(type = SignIn.class, status = 201)
    public Response signIn(SignInDraft draft) {
        return Response.status(201).entity(signIn.signIn(draft)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
