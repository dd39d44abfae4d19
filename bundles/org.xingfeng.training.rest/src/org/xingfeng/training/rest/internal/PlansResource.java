package org.xingfeng.training.rest.internal;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.xingfeng.platform.api.rest.ApiResponse;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.training.api.plans.PlanDraft;
import org.xingfeng.training.api.plans.PlanProgress;
import org.xingfeng.training.api.plans.TrainingPlan;
import org.xingfeng.training.api.plans.TrainingPlanService;

/**
 * 年度培训计划: {@code /api/v1/training/plans}. The training officer (or an administrator) writes; officers, auditors
 * and administrators read the plans of their reach and their progress, with XLSX.
 */
@Component(service = PlansResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {

    private final TrainingPlanService plans;

    @Activate
    public PlansResource(@Reference TrainingPlanService plans) {
        this.plans = plans;
    }

    @POST
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(type = TrainingPlan.class, status = 201)
    public Response create(@Context SecurityContext security, PlanDraft draft) {
        return Response.status(201).entity(plans.create(Principals.actor(security), draft)).build();
    }

    /** {@code ?unitId=&year=&format=xlsx|csv} */
    @GET
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN, Rest.AUDITOR })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = TrainingPlan.class, list = true)
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId,
            @QueryParam("year") String year) {
        Actor actor = Principals.actor(security);
        List<TrainingPlan> list = plans.plans(actor, QueryParams.optionalLong("unitId", unitId),
                QueryParams.optionalInt("year", year));
        Response file = Exports.file(headers, format, () -> plans.plansTable(list));
        return file != null ? file : Response.ok(list, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN, Rest.AUDITOR })
    public TrainingPlan plan(@Context SecurityContext security, @PathParam("id") long id) {
        return plans.plan(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.plan"), id));
    }

    @PUT
    @Path("{id: \\d+}")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public TrainingPlan update(@Context SecurityContext security, @PathParam("id") long id, PlanDraft draft) {
        return plans.update(Principals.actor(security), id, draft);
    }

    @DELETE
    @Path("{id: \\d+}")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN })
    @ApiResponse(type = Void.class, status = 204)
    public Response delete(@Context SecurityContext security, @PathParam("id") long id) {
        plans.delete(Principals.actor(security), id);
        return Response.noContent().build();
    }

    /** Planned courses held, scheduled, overdue; courses outside the plan; coverage and hours against the targets. */
    @GET
    @Path("{id: \\d+}/progress")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN, Rest.AUDITOR })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = PlanProgress.class)
    public Response progress(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @PathParam("id") long id) {
        PlanProgress progress = plans.progress(Principals.actor(security), id);
        Response file = Exports.file(headers, format, () -> plans.progressTable(progress));
        return file != null ? file : Response.ok(progress, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
