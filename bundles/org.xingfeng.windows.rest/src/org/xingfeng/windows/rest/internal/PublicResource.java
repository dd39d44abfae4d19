package org.xingfeng.windows.rest.internal;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.rest.ApiResponse;
import org.xingfeng.platform.api.rest.MaxBodySize;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RateLimited;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.windows.api.MatterRef;
import org.xingfeng.windows.api.appointments.Appointment;
import org.xingfeng.windows.api.appointments.AppointmentDraft;
import org.xingfeng.windows.api.appointments.AppointmentService;
import org.xingfeng.windows.api.appointments.Slot;
import org.xingfeng.windows.api.halls.Hall;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.queue.HallLive;
import org.xingfeng.windows.api.queue.LiveStateService;
import org.xingfeng.windows.api.queue.QueueService;
import org.xingfeng.windows.api.queue.Ticket;
import org.xingfeng.windows.api.queue.TicketDraft;
import org.xingfeng.windows.api.queue.TicketSource;
import org.xingfeng.windows.api.queue.TicketStatus;

/**
 * What citizens and the hall's own screens use without a login: {@code /api/v1/windows/public/...}. Every operation is
 * validated (400 naming the field), size-limited (4 KiB bodies) and rate-limited per client address; the services are
 * called as the system. A ticket's status needs both its id and its number; cancelling and checking in need the
 * booking's reference, so ids cannot be walked.
 */
@Component(service = PublicResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicResource {

    private final HallService halls;
    private final QueueService queue;
    private final AppointmentService appointments;
    private final LiveStateService live;

    @Activate
    public PublicResource(@Reference HallService halls, @Reference QueueService queue,
            @Reference AppointmentService appointments, @Reference LiveStateService live) {
        this.halls = halls;
        this.queue = queue;
        this.appointments = appointments;
        this.live = live;
    }

    @GET
    @Path("halls/{hallId: \\d+}")
    @PermitAll
    @RateLimited(value = "windows.public", perMinute = 600)
    public Hall hall(@PathParam("hallId") long hallId) {
        return halls.hall(Actor.SYSTEM, hallId)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.hall"), hallId));
    }

    /** The hall's matters for the kiosk's choice. */
    @GET
    @Path("halls/{hallId: \\d+}/matters")
    @PermitAll
    @RateLimited(value = "windows.public", perMinute = 600)
    public List<MatterRef> matters(@PathParam("hallId") long hallId) {
        return halls.matters(Actor.SYSTEM, hallId);
    }

    /** The hall display's state: waiting counts, windows, the last calls. */
    @GET
    @Path("halls/{hallId: \\d+}/live")
    @PermitAll
    @RateLimited(value = "windows.public", perMinute = 600)
    public HallLive live(@PathParam("hallId") long hallId) {
        return live.live(Actor.SYSTEM, hallId);
    }

    /** 取号: {@code {"hallId":1,"matterCode":"...","source":"KIOSK"|"WEB"}}; 201 with the ticket's status. */
    @POST
    @Path("tickets")
    @PermitAll
    @RateLimited(value = "windows.take", perMinute = 120)
    @MaxBodySize(bytes = 4096)
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(type = TicketStatus.class, status = 201)
    public Response take(Bodies.PublicTicket body) {
        if (body != null && body.source() != null && body.source() != TicketSource.KIOSK
                && body.source() != TicketSource.WEB) {
            throw new ValidationException("source", Rest.MESSAGES.text("public.source"));
        }
        TicketDraft draft = body == null ? null
                : new TicketDraft(body.hallId(), body.matterCode(), null,
                        body.source() == null ? TicketSource.WEB : body.source());
        Ticket t = queue.take(Actor.SYSTEM, draft);
        return Response.status(201).entity(queue.status(t.id(), t.number()).orElseThrow()).build();
    }

    /** {@code ?number=A012}: people ahead, called or not, which window. */
    @GET
    @Path("tickets/{id: \\d+}")
    @PermitAll
    @RateLimited(value = "windows.public", perMinute = 600)
    public TicketStatus status(@PathParam("id") long id, @QueryParam("number") String number) {
        return queue.status(id, number)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.ticket"), id));
    }

    /** {@code ?hallId=&matterCode=&date=} */
    @GET
    @Path("slots")
    @PermitAll
    @RateLimited(value = "windows.public", perMinute = 600)
    public List<Slot> slots(@QueryParam("hallId") String hallId, @QueryParam("matterCode") String matterCode,
            @QueryParam("date") String date) {
        return appointments.slots(Actor.SYSTEM, Rest.requiredLong("hallId", hallId), matterCode,
                QueryParams.required("date", date));
    }

    /** 预约: the booking with its reference, which the citizen keeps. */
    @POST
    @Path("appointments")
    @PermitAll
    @RateLimited(value = "windows.book", perMinute = 20)
    @MaxBodySize(bytes = 4096)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(AppointmentDraft draft) {
        return Response.status(201).entity(appointments.book(Actor.SYSTEM, draft)).build();
    }

    /** {@code {"reference":"..."}} */
    @POST
    @Path("appointments/{id: \\d+}/cancel")
    @PermitAll
    @RateLimited(value = "windows.book", perMinute = 20)
    @MaxBodySize(bytes = 4096)
    @Consumes(MediaType.APPLICATION_JSON)
    public Appointment cancel(@PathParam("id") long id, Bodies.BookingReference body) {
        if (body == null || body.reference() == null || body.reference().isBlank()) {
            throw new ValidationException("reference", Rest.MESSAGES.text("field.required"));
        }
        return appointments.cancel(Actor.SYSTEM, id, body.reference());
    }

    /** 签到 at the kiosk: {@code {"hallId":1,"reference":"..."}}; 201 with the ticket's status. */
    @POST
    @Path("check-in")
    @PermitAll
    @RateLimited(value = "windows.take", perMinute = 120)
    @MaxBodySize(bytes = 4096)
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(type = TicketStatus.class, status = 201)
    public Response checkIn(Bodies.CheckIn body) {
        if (body == null || body.hallId() == null) {
            throw ValidationException.of(List.of(FieldError.of("hallId", Rest.MESSAGES.text("field.required"))));
        }
        if (body.reference() == null || body.reference().isBlank()) {
            throw new ValidationException("reference", Rest.MESSAGES.text("field.required"));
        }
        Appointment a = appointments.byReference(Actor.SYSTEM, body.hallId(), body.reference())
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.appointment"), body.reference()));
        Ticket t = appointments.checkIn(Actor.SYSTEM, a.id(), body.reference());
        return Response.status(201).entity(queue.status(t.id(), t.number()).orElseThrow()).build();
    }
}
