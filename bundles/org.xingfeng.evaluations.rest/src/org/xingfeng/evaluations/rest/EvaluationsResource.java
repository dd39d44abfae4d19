package org.xingfeng.evaluations.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.evaluations.api.Channel;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.Indicator;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.rest.RestConstants;

/** The evaluations list and what evaluator devices need: {@code /api/v1/evaluations}. */
@Component(service = EvaluationsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationsResource {

    private final EvaluationService evaluations;

    @Activate
    public EvaluationsResource(@Reference EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    /** The indicator set an evaluator device or web form shows for a channel. Open to citizens. */
    @GET
    @Path("indicators")
    @PermitAll
    public List<Indicator> indicators(@QueryParam("channel") String channel) {
        Channel c = Channel.parse(channel);
        if (c == null) {
            throw new ValidationException("channel", "评价渠道无效 (unknown channel): " + channel);
        }
        return evaluations.indicators(c);
    }
}
