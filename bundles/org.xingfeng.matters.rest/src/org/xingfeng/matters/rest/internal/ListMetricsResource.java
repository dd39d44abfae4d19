package org.xingfeng.matters.rest.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.matters.api.ListMetrics;
import org.xingfeng.matters.api.ListMetricsService;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;

/** 四最: {@code /api/v1/matters/units/{unitId}/metrics}; logged in. */
@Component(service = ListMetricsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/matters")
@Produces(MediaType.APPLICATION_JSON)
public class ListMetricsResource {

    private final ListMetricsService metrics;

    @Activate
    public ListMetricsResource(@Reference ListMetricsService metrics) {
        this.metrics = metrics;
    }

    /** 四最 figures of the unit's list. */
    @GET
    @Path("units/{unitId}/metrics")
    public ListMetrics metrics(@Context SecurityContext security, @PathParam("unitId") long unitId) {
        return metrics.metrics(Principals.actor(security), unitId);
    }
}
