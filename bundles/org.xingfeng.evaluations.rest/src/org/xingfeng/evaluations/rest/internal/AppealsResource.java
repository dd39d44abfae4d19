package org.xingfeng.evaluations.rest.internal;

import java.util.List;

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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.evaluations.api.Appeal;
import org.xingfeng.evaluations.api.AppealReason;
import org.xingfeng.evaluations.api.AppealState;
import org.xingfeng.evaluations.api.Appeals;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;

/** 申诉复核: {@code /api/v1/evaluations/appeals}. Staff file appeals against bad reviews; reviewers decide them. */
@Component(service = AppealsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class AppealsResource {

    static final Messages MESSAGES = Messages.of(AppealsResource.class);

    /** {@code {"reason":"MALICIOUS|UNRELATED","statement":"..."}} */
    public record AppealRequest(AppealReason reason, String statement) {
    }

    /** {@code {"uphold":true,"reason":"..."}} */
    public record Decision(Boolean uphold, String reason) {
    }

    private final Appeals appeals;

    @Activate
    public AppealsResource(@Reference Appeals appeals) {
        this.appeals = appeals;
    }

    @POST
    @Path("{id:[0-9]+}/appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.STAFF, EvaluationService.OFFICER_ROLE, Roles.ADMIN })
    public Response file(@Context SecurityContext security, @PathParam("id") long evaluationId, AppealRequest request) {
        AppealRequest r = request == null ? new AppealRequest(null, null) : request;
        return Response.status(201)
                .entity(appeals.file(Principals.actor(security), evaluationId, r.reason(), r.statement()))
                .build();
    }

    @GET
    @Path("{id:[0-9]+}/appeals")
    public List<Appeal> of(@Context SecurityContext security, @PathParam("id") long evaluationId) {
        return appeals.appealsOf(Principals.actor(security), evaluationId);
    }

    /** {@code ?state=PENDING|UPHELD|REJECTED&page=&size=} */
    @GET
    @Path("appeals")
    @RolesAllowed({ EvaluationService.REVIEWER_ROLE, EvaluationService.OFFICER_ROLE, Roles.AUDITOR, Roles.ADMIN })
    public Page<Appeal> list(@Context SecurityContext security, @QueryParam("state") String state,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return appeals.appeals(Principals.actor(security), QueryParams.option(AppealState.class, "state", state),
                PageRequest.of(page, size));
    }

    @POST
    @Path("appeals/{id:[0-9]+}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ EvaluationService.REVIEWER_ROLE, Roles.ADMIN })
    public Appeal decide(@Context SecurityContext security, @PathParam("id") long appealId, Decision decision) {
        if (decision == null || decision.uphold() == null) {
            throw new org.xingfeng.platform.api.ValidationException("uphold", MESSAGES.text("appeals.uphold_required"));
        }
        return appeals.decide(Principals.actor(security), appealId, decision.uphold(), decision.reason());
    }
}
