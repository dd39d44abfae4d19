package org.xingfeng.platform.rest.resources;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.calendar.CalendarAdmin;
import org.xingfeng.platform.api.calendar.DayKind;
import org.xingfeng.platform.api.calendar.SpecialDay;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;

/** The working-day calendar: {@code /api/v1/calendar}. Any logged-in user reads; administrators edit. */
@Component(service = CalendarResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    static final Messages MESSAGES = Messages.of(CalendarResource.class);

    public record DayRequest(DayKind kind, String name) {
    }

    public record DayAnswer(LocalDate date, boolean workingDay) {
    }

    public record AddAnswer(LocalDate start, int workingDays, LocalDate result) {
    }

    public record CountAnswer(LocalDate from, LocalDate to, int workingDays) {
    }

    private final WorkingDayCalendar calendar;
    private final CalendarAdmin admin;

    @Activate
    public CalendarResource(@Reference WorkingDayCalendar calendar, @Reference CalendarAdmin admin) {
        this.calendar = calendar;
        this.admin = admin;
    }

    @GET
    @Path("years")
    public List<Integer> years() {
        return admin.years();
    }

    @GET
    @Path("years/{year}")
    public List<SpecialDay> year(@PathParam("year") int year) {
        return admin.specialDays(year);
    }

    @GET
    @Path("days/{date}")
    public DayAnswer day(@PathParam("date") String date) {
        LocalDate d = date("date", date);
        return new DayAnswer(d, calendar.isWorkingDay(d));
    }

    @PUT
    @Path("days/{date}")
    @RolesAllowed(Roles.ADMIN)
    public SpecialDay put(@Context SecurityContext security, @PathParam("date") String date, DayRequest request) {
        if (request == null || request.kind() == null) {
            throw new ValidationException("kind", MESSAGES.text("calendar.kind_required_holiday_or_workday"));
        }
        return admin.put(Principals.actor(security),
                new SpecialDay(date("date", date), request.kind(), request.name()));
    }

    @DELETE
    @Path("days/{date}")
    @RolesAllowed(Roles.ADMIN)
    public Response remove(@Context SecurityContext security, @PathParam("date") String date) {
        admin.remove(Principals.actor(security), date("date", date));
        return Response.noContent().build();
    }

    /** {@code ?start=2026-09-30&days=5}: the date 5 working days later. */
    @GET
    @Path("add")
    public AddAnswer add(@QueryParam("start") String start, @QueryParam("days") Integer days) {
        if (days == null || days < 0 || days > 3650) {
            throw new ValidationException("days", MESSAGES.text("calendar.days_integer_0_3650"));
        }
        LocalDate s = date("start", start);
        return new AddAnswer(s, days, calendar.addWorkingDays(s, days));
    }

    /** {@code ?from=&to=}: working days in (from, to]. */
    @GET
    @Path("count")
    public CountAnswer count(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate f = date("from", from);
        LocalDate t = date("to", to);
        if (f.plusYears(20).isBefore(t)) {
            throw new ValidationException("to", MESSAGES.text("calendar.range_longer_than_20_years"));
        }
        return new CountAnswer(f, t, calendar.workingDaysBetween(f, t));
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, MESSAGES.text("calendar.required_yyyy_mm_dd", field));
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, MESSAGES.text("calendar.yyyy_mm_dd", field, text));
        }
    }
}
