package org.xingfeng.windows.rest.internal;

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
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.rest.ApiResponse;
import org.xingfeng.windows.api.halls.ServiceWindow;
import org.xingfeng.windows.api.halls.WindowDraft;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.queue.QueueService;
import org.xingfeng.windows.api.queue.Ticket;

/**
 * 窗口: {@code /api/v1/windows/windows}. Administrators set windows up; window staff, the lobby manager and administrators
 * open, pause and close them and call the next ticket.
 */
@Component(service = WindowsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/windows")
@Produces(MediaType.APPLICATION_JSON)
public class WindowsResource {

    private final WindowService windows;
    private final QueueService queue;

    @Activate
    public WindowsResource(@Reference WindowService windows, @Reference QueueService queue) {
        this.windows = windows;
        this.queue = queue;
    }

    @POST
    @RolesAllowed({ WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, WindowDraft draft) {
        return Response.status(201).entity(windows.create(Principals.actor(security), draft)).build();
    }

    /** {@code ?hallId=&format=xlsx} */
    @GET
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, "text/csv" })
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("hallId") String hallId) {
        java.util.List<ServiceWindow> list = windows.windows(Principals.actor(security),
                Rest.requiredLong("hallId", hallId));
        Response file = Exports.file(headers, format, () -> windows.table(list));
        return file != null ? file : Response.ok(list, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    public ServiceWindow window(@Context SecurityContext security, @PathParam("id") long id) {
        return windows.window(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.window"), id));
    }

    @PUT
    @Path("{id: \\d+}")
    @RolesAllowed({ WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public ServiceWindow update(@Context SecurityContext security, @PathParam("id") long id, WindowDraft draft) {
        return windows.update(Principals.actor(security), id, draft);
    }

    /** {@code {"state":"OPEN"|"PAUSED"|"CLOSED"}} */
    @PUT
    @Path("{id: \\d+}/state")
    @RolesAllowed({ WindowsRoles.STAFF, WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public ServiceWindow state(@Context SecurityContext security, @PathParam("id") long id, Bodies.StateChange body) {
        return windows.setState(Principals.actor(security), id, body == null ? null : body.state());
    }

    /** 叫号: the next ticket by the call rules, 200 with the ticket, or 204 when none waits for this window. */
    @POST
    @Path("{id: \\d+}/call-next")
    @RolesAllowed({ WindowsRoles.STAFF, WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN })
    @ApiResponse(type = Ticket.class)
    public Response callNext(@Context SecurityContext security, @PathParam("id") long id) {
        Actor actor = Principals.actor(security);
        return queue.callNext(actor, id).map(t -> Response.ok(t, MediaType.APPLICATION_JSON_TYPE).build())
                .orElseGet(() -> Response.noContent().build());
    }
}
