package org.xingfeng.publicity.rest.internal;

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
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.rest.ApiResponse;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.publicity.api.PublicityRoles;
import org.xingfeng.publicity.api.campaigns.Activity;
import org.xingfeng.publicity.api.campaigns.ActivityDraft;
import org.xingfeng.publicity.api.campaigns.Campaign;
import org.xingfeng.publicity.api.campaigns.CampaignDraft;
import org.xingfeng.publicity.api.campaigns.CampaignQuery;
import org.xingfeng.publicity.api.campaigns.CampaignService;
import org.xingfeng.publicity.api.campaigns.UnitOutputs;

/**
 * 集中宣传: {@code /api/v1/publicity/campaigns}, campaigns, the activities the units taking part record and their
 * outputs rolled up the org tree. Publicity editors change; the module's roles, admin and auditors read.
 */
@Component(service = CampaignsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignsResource {

    private final CampaignService campaigns;

    @Activate
    public CampaignsResource(@Reference CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @POST
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(type = Campaign.class, status = 201)
    public Response create(@Context SecurityContext security, CampaignDraft draft) {
        return Response.status(201).entity(campaigns.create(Principals.actor(security), draft)).build();
    }

    /** {@code ?unitId=&year=&q=&page=&size=&format=xlsx} */
    @GET
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId,
            @QueryParam("year") String year, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Integer y = year == null || year.isBlank() ? null : QueryParams.requiredYear("year", year);
        CampaignQuery query = new CampaignQuery(QueryParams.optionalLong("unitId", unitId), y, q);
        PageRequest request = PageRequest.of(QueryParams.optionalInt("page", page),
                QueryParams.optionalInt("size", size));
        return Exports.list(headers, format, request, p -> campaigns.campaigns(Principals.actor(security), query, p),
                campaigns::table);
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4 })
    public Campaign campaign(@Context SecurityContext security, @PathParam("id") long id) {
        return found(Principals.actor(security), id);
    }

    private Campaign found(Actor actor, long id) {
        return campaigns.campaign(actor, id)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.campaign"), id));
    }

    @PUT
    @Path("{id: \\d+}")
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Campaign update(@Context SecurityContext security, @PathParam("id") long id, CampaignDraft draft) {
        return campaigns.update(Principals.actor(security), id, draft);
    }

    /** An activity held by a unit taking part, with its outputs. */
    @POST
    @Path("{id: \\d+}/activities")
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(type = Activity.class, status = 201)
    public Response addActivity(@Context SecurityContext security, @PathParam("id") long id, ActivityDraft draft) {
        return Response.status(201).entity(campaigns.addActivity(Principals.actor(security), id, draft)).build();
    }

    /** {@code ?unitId=&format=xlsx}: the activities of the unit and those below it (default: the reach). */
    @GET
    @Path("{id: \\d+}/activities")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = Activity.class, list = true)
    public Response activities(@Context SecurityContext security, @Context HttpHeaders headers,
            @PathParam("id") long id, @QueryParam("format") String format, @QueryParam("unitId") String unitId) {
        Actor actor = Principals.actor(security);
        List<Activity> rows = campaigns.activities(actor, id, QueryParams.optionalLong("unitId", unitId));
        Response file = Exports.file(headers, format, () -> campaigns.activitiesTable(found(actor, id), rows));
        return file != null ? file : Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** {@code ?unitId=&format=xlsx}: the outputs per unit, own and with the units below. */
    @GET
    @Path("{id: \\d+}/rollup")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = UnitOutputs.class, list = true)
    public Response rollup(@Context SecurityContext security, @Context HttpHeaders headers,
            @PathParam("id") long id, @QueryParam("format") String format, @QueryParam("unitId") String unitId) {
        Actor actor = Principals.actor(security);
        List<UnitOutputs> rows = campaigns.rollup(actor, id, QueryParams.optionalLong("unitId", unitId));
        Response file = Exports.file(headers, format, () -> campaigns.rollupTable(found(actor, id), rows));
        return file != null ? file : Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Path("activities/{activityId: \\d+}")
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Activity updateActivity(@Context SecurityContext security, @PathParam("activityId") long activityId,
            ActivityDraft draft) {
        return campaigns.updateActivity(Principals.actor(security), activityId, draft);
    }

    @DELETE
    @Path("activities/{activityId: \\d+}")
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    public Response deleteActivity(@Context SecurityContext security, @PathParam("activityId") long activityId) {
        campaigns.deleteActivity(Principals.actor(security), activityId);
        return Response.noContent().build();
    }
}
