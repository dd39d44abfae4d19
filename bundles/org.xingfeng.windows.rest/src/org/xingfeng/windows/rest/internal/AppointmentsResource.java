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
import org.xingfeng.windows.api.appointments.Appointment;
import org.xingfeng.windows.api.appointments.AppointmentDraft;
import org.xingfeng.windows.api.appointments.AppointmentQuery;
import org.xingfeng.windows.api.appointments.AppointmentService;
import org.xingfeng.windows.api.appointments.AppointmentState;
import org.xingfeng.windows.api.appointments.Slot;
import org.xingfeng.windows.api.queue.Ticket;

/**
 * 预约 as staff see them: {@code /api/v1/windows/appointments}. Citizens book, cancel and check in through the public
 * operations; the lobby manager may do it for them here.
 */
@Component(service = AppointmentsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/appointments")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentsResource {

    private final AppointmentService appointments;

    @Activate
    public AppointmentsResource(@Reference AppointmentService appointments) {
        this.appointments = appointments;
    }

    /** {@code ?hallId=&date=&state=&page=&size=&format=xlsx} */
    @GET
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("hallId") String hallId, @QueryParam("date") String date,
            @QueryParam("state") String state, @QueryParam("page") String page, @QueryParam("size") String size) {
        AppointmentQuery query = new AppointmentQuery(Rest.requiredLong("hallId", hallId),
                QueryParams.date("date", date),
                QueryParams.option(AppointmentState.class, "state", state));
        PageRequest request = PageRequest.of(QueryParams.optionalInt("page", page),
                QueryParams.optionalInt("size", size));
        return Exports.list(headers, format, request,
                p -> appointments.appointments(Principals.actor(security), query, p), appointments::table);
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    public Appointment appointment(@Context SecurityContext security, @PathParam("id") long id) {
        return appointments.appointment(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.appointment"), id));
    }

    /** {@code ?hallId=&matterCode=&date=} */
    @GET
    @Path("slots")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    public List<Slot> slots(@Context SecurityContext security, @QueryParam("hallId") String hallId,
            @QueryParam("matterCode") String matterCode, @QueryParam("date") String date) {
        return appointments.slots(Principals.actor(security), Rest.requiredLong("hallId", hallId), matterCode,
                QueryParams.required("date", date));
    }

    @POST
    @RolesAllowed({ WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@Context SecurityContext security, AppointmentDraft draft) {
        return Response.status(201).entity(appointments.book(Principals.actor(security), draft)).build();
    }

    /** {@code {"reference":"..."}} */
    @POST
    @Path("{id: \\d+}/cancel")
    @RolesAllowed({ WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Appointment cancel(@Context SecurityContext security, @PathParam("id") long id,
            Bodies.BookingReference body) {
        return appointments.cancel(Principals.actor(security), id, body == null ? null : body.reference());
    }

    /** {@code {"reference":"..."}}: takes the appointment's ticket. */
    @POST
    @Path("{id: \\d+}/check-in")
    @RolesAllowed({ WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkIn(@Context SecurityContext security, @PathParam("id") long id, Bodies.BookingReference body) {
        Ticket t = appointments.checkIn(Principals.actor(security), id, body == null ? null : body.reference());
        return Response.status(201).entity(t).build();
    }
}
