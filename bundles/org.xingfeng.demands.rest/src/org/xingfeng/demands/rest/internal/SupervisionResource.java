package org.xingfeng.demands.rest.internal;

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
import org.xingfeng.demands.api.supervision.BoardEntry;
import org.xingfeng.demands.api.supervision.DemandFigure;
import org.xingfeng.demands.api.supervision.FigureDimension;
import org.xingfeng.demands.api.supervision.FiguresQuery;
import org.xingfeng.demands.api.supervision.SupervisionService;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;

/** 督办 and figures: {@code /api/v1/demands/supervision}. */
@Component(service = SupervisionResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/supervision")
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    private final SupervisionService supervision;

    @Activate
    public SupervisionResource(@Reference SupervisionService supervision) {
        this.supervision = supervision;
    }

    /** {@code ?unitId=&format=xlsx} */
    @GET
    @Path("board")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5, Rest.READER_6 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response board(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId) {
        Long unit = QueryParams.optionalLong("unitId", unitId);
        java.util.List<BoardEntry> board = supervision.board(Principals.actor(security), unit);
        Response file = Exports.file(headers, format, () -> supervision.boardTable(board));
        return file != null ? file : Response.ok(board, MediaType.APPLICATION_JSON).build();
    }

    /** {@code ?unitId=&from=&to=&by=UNIT|SECTION|CATEGORY|MONTH&format=xlsx} */
    @GET
    @Path("figures")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5, Rest.READER_6 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response figures(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by) {
        FiguresQuery query = new FiguresQuery(QueryParams.optionalLong("unitId", unitId),
                QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.option(FigureDimension.class, "by", by));
        java.util.List<DemandFigure> figures = supervision.figures(Principals.actor(security), query);
        Response file = Exports.file(headers, format, () -> supervision.figuresTable(figures));
        return file != null ? file : Response.ok(figures, MediaType.APPLICATION_JSON).build();
    }
}
