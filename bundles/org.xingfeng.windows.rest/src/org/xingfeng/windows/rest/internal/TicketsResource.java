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
import org.xingfeng.windows.api.queue.Finish;
import org.xingfeng.windows.api.queue.PriorityClass;
import org.xingfeng.windows.api.queue.QueueService;
import org.xingfeng.windows.api.queue.Ticket;
import org.xingfeng.windows.api.queue.TicketDraft;
import org.xingfeng.windows.api.queue.TicketQuery;
import org.xingfeng.windows.api.queue.TicketState;
import org.xingfeng.windows.api.queue.Transfer;

/**
 * 排队票: {@code /api/v1/windows/tickets}. The lobby manager takes tickets for citizens and sets priority classes; window
 * staff (and the lobby manager) recall, start, mark no-shows, park, call back, transfer and finish. A step the ticket's
 * state does not allow answers 409 {@code ticket_state} naming the state.
 */
@Component(service = TicketsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {

    private final QueueService queue;

    @Activate
    public TicketsResource(@Reference QueueService queue) {
        this.queue = queue;
    }

    @POST
    @RolesAllowed({ WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response take(@Context SecurityContext security, TicketDraft draft) {
        return Response.status(201).entity(queue.take(Principals.actor(security), draft)).build();
    }

    /** {@code ?hallId=&day=&state=&matterCode=&windowId=&page=&size=&format=xlsx} */
    @GET
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("hallId") String hallId, @QueryParam("day") String day,
            @QueryParam("state") String state, @QueryParam("matterCode") String matterCode,
            @QueryParam("windowId") String windowId, @QueryParam("page") String page, @QueryParam("size") String size) {
        TicketQuery query = new TicketQuery(Rest.requiredLong("hallId", hallId), QueryParams.date("day", day),
                QueryParams.option(TicketState.class, "state", state),
                matterCode == null || matterCode.isBlank() ? null : matterCode.strip(),
                QueryParams.optionalLong("windowId", windowId));
        PageRequest request = PageRequest.of(QueryParams.optionalInt("page", page),
                QueryParams.optionalInt("size", size));
        return Exports.list(headers, format, request, p -> queue.tickets(Principals.actor(security), query, p),
                queue::table);
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    public Ticket ticket(@Context SecurityContext security, @PathParam("id") long id) {
        return queue.ticket(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.ticket"), id));
    }

    /** The configured priority classes (绿色通道). */
    @GET
    @Path("priority-classes")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    public List<PriorityClass> priorityClasses() {
        return queue.priorityClasses();
    }

    @POST
    @Path("{id: \\d+}/recall")
    @RolesAllowed({ WindowsRoles.STAFF, WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN })
    public Ticket recall(@Context SecurityContext security, @PathParam("id") long id) {
        return queue.recall(Principals.actor(security), id);
    }

    @POST
    @Path("{id: \\d+}/start")
    @RolesAllowed({ WindowsRoles.STAFF, WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN })
    public Ticket start(@Context SecurityContext security, @PathParam("id") long id) {
        return queue.start(Principals.actor(security), id);
    }

    @POST
    @Path("{id: \\d+}/no-show")
    @RolesAllowed({ WindowsRoles.STAFF, WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN })
    public Ticket noShow(@Context SecurityContext security, @PathParam("id") long id) {
        return queue.noShow(Principals.actor(security), id);
    }

    @POST
    @Path("{id: \\d+}/park")
    @RolesAllowed({ WindowsRoles.STAFF, WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN })
    public Ticket park(@Context SecurityContext security, @PathParam("id") long id) {
        return queue.park(Principals.actor(security), id);
    }

    /** {@code {"windowId":3}}: a parked ticket called to that window. */
    @POST
    @Path("{id: \\d+}/call-back")
    @RolesAllowed({ WindowsRoles.STAFF, WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Ticket callBack(@Context SecurityContext security, @PathParam("id") long id, Bodies.WindowChoice body) {
        if (body == null || body.windowId() == null) {
            throw new org.xingfeng.platform.api.ValidationException("windowId", Rest.MESSAGES.text("field.required"));
        }
        return queue.callBack(Principals.actor(security), id, body.windowId());
    }

    /** {@code {"windowId":3}} and/or {@code {"matterCode":"..."}}: waits again with its place. */
    @POST
    @Path("{id: \\d+}/transfer")
    @RolesAllowed({ WindowsRoles.STAFF, WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Ticket transfer(@Context SecurityContext security, @PathParam("id") long id, Transfer body) {
        return queue.transfer(Principals.actor(security), id, body);
    }

    /** {@code {"outcome":"DONE","note":"..."}} */
    @POST
    @Path("{id: \\d+}/finish")
    @RolesAllowed({ WindowsRoles.STAFF, WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Ticket finish(@Context SecurityContext security, @PathParam("id") long id, Finish body) {
        return queue.finish(Principals.actor(security), id, body);
    }

    /** {@code {"priorityClass":"ELDERLY"}} (null clears): a waiting ticket's class, by the lobby manager. */
    @PUT
    @Path("{id: \\d+}/priority")
    @RolesAllowed({ WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Ticket priority(@Context SecurityContext security, @PathParam("id") long id, Bodies.PriorityChange body) {
        return queue.setPriority(Principals.actor(security), id, body == null ? null : body.priorityClass());
    }
}
