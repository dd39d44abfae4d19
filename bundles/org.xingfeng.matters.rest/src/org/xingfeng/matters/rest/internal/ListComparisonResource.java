package org.xingfeng.matters.rest.internal;

import jakarta.ws.rs.GET;
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
import org.xingfeng.matters.api.ListComparison;
import org.xingfeng.matters.api.ListComparisonService;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;

/** 六统一比对: {@code /api/v1/matters/units/{unitId}/comparison}, as JSON or as the comparison sheet; logged in. */
@Component(service = ListComparisonResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/matters")
@Produces(MediaType.APPLICATION_JSON)
public class ListComparisonResource {

    private final ListComparisonService comparisons;

    @Activate
    public ListComparisonResource(@Reference ListComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    /** 六统一: the unit's list against the standard list ({@code ?standard=unitId}, default the unit's province). */
    @GET
    @Path("units/{unitId}/comparison")
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response comparison(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format,
            @PathParam("unitId") long unitId, @QueryParam("standard") Long standardUnitId) {
        ListComparison comparison = comparisons.compare(Principals.actor(security), unitId, standardUnitId);
        Response file = Exports.file(headers, format, () -> comparisons.comparisonTable(comparison));
        return file != null ? file : Response.ok(comparison, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
