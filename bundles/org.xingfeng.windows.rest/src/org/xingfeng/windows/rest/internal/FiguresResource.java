package org.xingfeng.windows.rest.internal;

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
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.windows.api.WindowsRoles;
import org.xingfeng.platform.api.rest.ApiResponse;
import org.xingfeng.windows.api.figures.Coverage;
import org.xingfeng.windows.api.figures.Dimension;
import org.xingfeng.windows.api.figures.FiguresQuery;
import org.xingfeng.windows.api.figures.FiguresService;
import org.xingfeng.windows.api.figures.ServiceLevels;

/** 服务水平 and 综合窗口覆盖率: {@code /api/v1/windows/figures}. */
@Component(service = FiguresResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

    private final FiguresService figures;

    @Activate
    public FiguresResource(@Reference FiguresService figures) {
        this.figures = figures;
    }

    /** {@code ?hallId=|unitId=&from=&to=&by=HOUR|DAY|WINDOW|STAFF|MATTER&format=xlsx} */
    @GET
    @Path("service-levels")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, "text/csv" })
    @ApiResponse(type = ServiceLevels.class)
    public Response serviceLevels(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("hallId") String hallId,
            @QueryParam("unitId") String unitId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("by") String by) {
        ServiceLevels levels = figures.serviceLevels(Principals.actor(security), new FiguresQuery(
                QueryParams.optionalLong("hallId", hallId), QueryParams.optionalLong("unitId", unitId),
                QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.option(Dimension.class, "by", by)));
        Response file = Exports.file(headers, format, () -> figures.table(levels));
        return file != null ? file : Response.ok(levels, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** {@code ?unitId=&format=xlsx}: each hall of the unit and below, then the unit's total. */
    @GET
    @Path("coverage")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, "text/csv" })
    @ApiResponse(type = Coverage.class, list = true)
    public Response coverage(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId) {
        List<Coverage> list = figures.coverage(Principals.actor(security), Rest.requiredLong("unitId", unitId));
        Response file = Exports.file(headers, format, () -> figures.coverageTable(list));
        return file != null ? file : Response.ok(list, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
