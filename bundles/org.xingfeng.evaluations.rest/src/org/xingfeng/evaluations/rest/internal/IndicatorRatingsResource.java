package org.xingfeng.evaluations.rest.internal;

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
import org.xingfeng.evaluations.api.Channel;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.indicators.IndicatorBreakdown;
import org.xingfeng.evaluations.api.indicators.IndicatorQuery;
import org.xingfeng.evaluations.api.indicators.IndicatorRating;
import org.xingfeng.evaluations.api.indicators.IndicatorReports;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;

/**
 * 分项指标: {@code GET /api/v1/evaluations/indicator-ratings?unitId&from&to&by=WINDOW|STAFF|UNIT|MONTH&channel=
 * &format=xlsx}: the indicator ratings per indicator and part, within the caller's reach.
 */
@Component(service = IndicatorRatingsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/evaluations/indicator-ratings")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorRatingsResource {

    private final IndicatorReports reports;

    @Activate
    public IndicatorRatingsResource(@Reference IndicatorReports reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, EvaluationService.REVIEWER_ROLE, Roles.AUDITOR, Roles.ADMIN })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response ratings(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("by") String by, @QueryParam("channel") String channel) {
        IndicatorQuery q = new IndicatorQuery(QueryParams.optionalLong("unitId", unitId),
                QueryParams.required("from", from), QueryParams.required("to", to),
                QueryParams.option(IndicatorBreakdown.class, "by", by),
                QueryParams.option(Channel.class, "channel", channel));
        List<IndicatorRating> ratings = reports.ratings(Principals.actor(security), q);
        Response file = Exports.file(headers, format, () -> reports.table(ratings));
        return file != null ? file : Response.ok(ratings, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
