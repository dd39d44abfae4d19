package org.xingfeng.windows.rest.internal;

import java.util.List;

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
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.windows.api.stars.StarQuery;
import org.xingfeng.windows.api.stars.StarService;
import org.xingfeng.windows.api.stars.WindowStars;
import org.xingfeng.windows.api.stars.YearlySelection;

/** 星级窗口: {@code /api/v1/windows/stars} and the yearly selection. */
@Component(service = StarsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/stars")
@Produces(MediaType.APPLICATION_JSON)
public class StarsResource {

    private final StarService stars;

    @Activate
    public StarsResource(@Reference StarService stars) {
        this.stars = stars;
    }

    /** {@code ?unitId=&year=&month=&format=xlsx}. */
    @GET
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response stars(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId,
            @QueryParam("year") String year, @QueryParam("month") String month) {
        Actor actor = Principals.actor(security);
        List<WindowStars> list = stars.stars(actor, new StarQuery(QueryParams.optionalLong("unitId", unitId),
                QueryParams.requiredYear("year", year), QueryParams.optionalInt("month", month)));
        Response file = Exports.file(headers, format, () -> stars.starsTable(list));
        return file != null ? file : Response.ok(list, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** {@code ?unitId=&year=&format=xlsx}: 标兵、优质、差评窗口 and model staff of the province. */
    @GET
    @Path("selection")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response selection(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId,
            @QueryParam("year") String year) {
        YearlySelection s = stars.selection(Principals.actor(security), QueryParams.optionalLong("unitId", unitId),
                QueryParams.requiredYear("year", year));
        Response file = Exports.file(headers, format, () -> stars.selectionTable(s));
        return file != null ? file : Response.ok(s, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
