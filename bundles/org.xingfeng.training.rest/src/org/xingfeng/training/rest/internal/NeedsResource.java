package org.xingfeng.training.rest.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.xingfeng.platform.api.rest.ApiResponse;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.training.api.needs.NeedQuery;
import org.xingfeng.training.api.needs.TrainingNeedService;
import org.xingfeng.training.api.needs.TrainingNeeds;

/**
 * Training needs from citizens' evaluations: {@code /api/v1/training/needs}. Officers, auditors and administrators,
 * for their reach.
 */
@Component(service = NeedsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE)
@Produces(MediaType.APPLICATION_JSON)
public class NeedsResource {

    private final TrainingNeedService needs;

    @Activate
    public NeedsResource(@Reference TrainingNeedService needs) {
        this.needs = needs;
    }

    /** {@code ?unitId=&from=&to=&open=true&format=xlsx} */
    @GET
    @Path("needs")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN, Rest.AUDITOR })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = TrainingNeeds.class)
    public Response needs(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("open") String open) {
        TrainingNeeds n = needs.needs(Principals.actor(security),
                new NeedQuery(QueryParams.optionalLong("unitId", unitId), QueryParams.date("from", from),
                        QueryParams.date("to", to), Boolean.TRUE.equals(QueryParams.optionalBoolean("open", open))));
        Response file = Exports.file(headers, format, () -> needs.table(n));
        return file != null ? file : Response.ok(n, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
