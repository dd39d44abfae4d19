package org.xingfeng.training.rest.internal;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
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
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.rest.ApiResponse;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.training.api.standing.CertificateAlert;
import org.xingfeng.training.api.standing.PersonStanding;
import org.xingfeng.training.api.standing.StandingService;
import org.xingfeng.training.api.standing.TrainingPolicy;
import org.xingfeng.training.api.standing.UnitCoverage;
import org.xingfeng.training.api.standing.UntrainedStaff;

/**
 * Where people and units stand against the training rules: {@code /api/v1/training/standing/...},
 * {@code /coverage}, {@code /certificates/expiring}. Officers, auditors and administrators for their reach; every
 * member of staff for themselves ({@code /standing/me}).
 */
@Component(service = StandingResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE)
@Produces(MediaType.APPLICATION_JSON)
public class StandingResource {

    private final StandingService standing;

    @Activate
    public StandingResource(@Reference StandingService standing) {
        this.standing = standing;
    }

    /** The rules in force (configuration). */
    @GET
    @Path("policy")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN, Rest.AUDITOR, Rest.STAFF })
    public TrainingPolicy policy() {
        return standing.policy();
    }

    @GET
    @Path("standing/staff/{id: \\d+}")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN, Rest.AUDITOR })
    public PersonStanding person(@Context SecurityContext security, @PathParam("id") long id) {
        return standing.person(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.staff"), id));
    }

    @GET
    @Path("standing/me")
    @RolesAllowed({ Rest.STAFF, Rest.OFFICER, Rest.ADMIN, Rest.AUDITOR })
    public PersonStanding mine(@Context SecurityContext security) {
        return standing.mine(Principals.actor(security))
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.ownRecord"), "me"));
    }

    /** {@code ?unitId=&year=&format=xlsx} (the sheet holds the tiers and the total) */
    @GET
    @Path("coverage")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN, Rest.AUDITOR })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = UnitCoverage.class)
    public Response coverage(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId,
            @QueryParam("year") String year) {
        UnitCoverage c = standing.coverage(Principals.actor(security), QueryParams.optionalLong("unitId", unitId),
                QueryParams.optionalInt("year", year));
        Response file = Exports.file(headers, format, () -> standing.coverageTable(c));
        return file != null ? file : Response.ok(c, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Those never or not recently trained: {@code ?unitId=&year=&format=xlsx} */
    @GET
    @Path("coverage/untrained")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN, Rest.AUDITOR })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = UntrainedStaff.class, list = true)
    public Response untrained(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId,
            @QueryParam("year") String year) {
        UnitCoverage c = standing.coverage(Principals.actor(security), QueryParams.optionalLong("unitId", unitId),
                QueryParams.optionalInt("year", year));
        Response file = Exports.file(headers, format, () -> standing.untrainedTable(c));
        return file != null ? file : Response.ok(c.untrained(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Certificates expired or expiring within 90 days: {@code ?unitId=&format=xlsx} */
    @GET
    @Path("certificates/expiring")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN, Rest.AUDITOR })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = CertificateAlert.class, list = true)
    public Response expiring(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId) {
        Actor actor = Principals.actor(security);
        List<CertificateAlert> list = standing.expiring(actor, QueryParams.optionalLong("unitId", unitId));
        Response file = Exports.file(headers, format, () -> standing.expiringTable(list));
        return file != null ? file : Response.ok(list, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
