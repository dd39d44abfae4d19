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
import org.xingfeng.windows.api.roster.DutyDraft;
import org.xingfeng.windows.api.roster.DutyEntry;
import org.xingfeng.windows.api.roster.RosterQuery;
import org.xingfeng.windows.api.roster.RosterService;
import org.xingfeng.windows.api.roster.ServiceSession;
import org.xingfeng.windows.api.roster.SessionDraft;

/** 带班值班: {@code /api/v1/windows/roster}: duties by day, and extended-hours and assisted-handling sessions. */
@Component(service = RosterResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/roster")
@Produces(MediaType.APPLICATION_JSON)
public class RosterResource {

    private final RosterService roster;

    @Activate
    public RosterResource(@Reference RosterService roster) {
        this.roster = roster;
    }

    /** {@code ?hallId=&from=&to=&staffId=&format=xlsx} */
    @GET
    @Path("duties")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, "text/csv" })
    public Response duties(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("hallId") String hallId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("staffId") String staffId) {
        List<DutyEntry> list = roster.roster(Principals.actor(security), query(hallId, from, to, staffId));
        Response file = Exports.file(headers, format, () -> roster.rosterTable(list));
        return file != null ? file : Response.ok(list, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static RosterQuery query(String hallId, String from, String to, String staffId) {
        return new RosterQuery(Rest.requiredLong("hallId", hallId), QueryParams.date("from", from),
                QueryParams.date("to", to), QueryParams.optionalLong("staffId", staffId));
    }

    @POST
    @Path("duties")
    @RolesAllowed({ WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@Context SecurityContext security, DutyDraft draft) {
        return Response.status(201).entity(roster.assign(Principals.actor(security), draft)).build();
    }

    @DELETE
    @Path("duties/{id: \\d+}")
    @RolesAllowed({ WindowsRoles.ADMIN, Roles.ADMIN })
    public Response remove(@Context SecurityContext security, @PathParam("id") long id) {
        roster.remove(Principals.actor(security), id);
        return Response.noContent().build();
    }

    /** {@code ?hallId=&from=&to=&staffId=&format=xlsx} */
    @GET
    @Path("sessions")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, "text/csv" })
    public Response sessions(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("hallId") String hallId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("staffId") String staffId) {
        List<ServiceSession> list = roster.sessions(Principals.actor(security), query(hallId, from, to, staffId));
        Response file = Exports.file(headers, format, () -> roster.sessionsTable(list));
        return file != null ? file : Response.ok(list, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("sessions")
    @RolesAllowed({ WindowsRoles.STAFF, WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@Context SecurityContext security, SessionDraft draft) {
        return Response.status(201).entity(roster.record(Principals.actor(security), draft)).build();
    }
}
