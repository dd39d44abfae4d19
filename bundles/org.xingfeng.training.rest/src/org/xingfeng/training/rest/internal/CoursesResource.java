package org.xingfeng.training.rest.internal;

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
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.api.rest.ApiResponse;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.training.api.courses.Course;
import org.xingfeng.training.api.courses.CourseDraft;
import org.xingfeng.training.api.courses.CourseKind;
import org.xingfeng.training.api.courses.CourseQuery;
import org.xingfeng.training.api.courses.CourseService;
import org.xingfeng.training.api.courses.SessionDraft;
import org.xingfeng.training.api.courses.TrainingSession;

/**
 * 培训课程 and their sessions: {@code /api/v1/training/courses} and {@code /api/v1/training/sessions}. The training
 * officer (or an administrator) changes; officers, auditors, administrators and staff read, within their reach.
 */
@Component(service = CoursesResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE)
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

    private final CourseService courses;

    @Activate
    public CoursesResource(@Reference CourseService courses) {
        this.courses = courses;
    }

    @POST
    @Path("courses")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(type = Course.class, status = 201)
    public Response create(@Context SecurityContext security, CourseDraft draft) {
        return Response.status(201).entity(courses.create(Principals.actor(security), draft)).build();
    }

    /** {@code ?unitId=&year=&kind=&tier=&flagged=&q=&page=&size=&format=xlsx} */
    @GET
    @Path("courses")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN, Rest.AUDITOR, Rest.STAFF })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = Course.class, list = true)
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId,
            @QueryParam("year") String year, @QueryParam("kind") String kind, @QueryParam("tier") String tier,
            @QueryParam("flagged") String flagged, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        CourseQuery query = new CourseQuery(QueryParams.optionalLong("unitId", unitId),
                QueryParams.optionalInt("year", year), QueryParams.option(CourseKind.class, "kind", kind),
                QueryParams.option(StaffTier.class, "tier", tier), QueryParams.optionalBoolean("flagged", flagged), q);
        PageRequest request = PageRequest.of(QueryParams.optionalInt("page", page),
                QueryParams.optionalInt("size", size));
        Actor actor = Principals.actor(security);
        Response file = Exports.file(headers, format, () -> courses.export(actor, query));
        return file != null ? file
                : Response.ok(courses.courses(actor, query, request), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("courses/{id: \\d+}")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN, Rest.AUDITOR, Rest.STAFF })
    public Course course(@Context SecurityContext security, @PathParam("id") long id) {
        return courses.course(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.course"), id));
    }

    @PUT
    @Path("courses/{id: \\d+}")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Course update(@Context SecurityContext security, @PathParam("id") long id, CourseDraft draft) {
        return courses.update(Principals.actor(security), id, draft);
    }

    @DELETE
    @Path("courses/{id: \\d+}")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN })
    @ApiResponse(type = Void.class, status = 204)
    public Response delete(@Context SecurityContext security, @PathParam("id") long id) {
        courses.delete(Principals.actor(security), id);
        return Response.noContent().build();
    }

    /** The course's sessions; {@code ?format=xlsx} */
    @GET
    @Path("courses/{id: \\d+}/sessions")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN, Rest.AUDITOR, Rest.STAFF })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = TrainingSession.class, list = true)
    public Response sessions(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @PathParam("id") long id) {
        Actor actor = Principals.actor(security);
        Response file = Exports.file(headers, format, () -> courses.sessionsTable(actor, id));
        if (file != null) {
            return file;
        }
        List<TrainingSession> list = courses.sessions(actor, id);
        return Response.ok(list, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("courses/{id: \\d+}/sessions")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(type = TrainingSession.class, status = 201)
    public Response addSession(@Context SecurityContext security, @PathParam("id") long id, SessionDraft draft) {
        return Response.status(201).entity(courses.addSession(Principals.actor(security), id, draft)).build();
    }

    @PUT
    @Path("sessions/{id: \\d+}")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public TrainingSession updateSession(@Context SecurityContext security, @PathParam("id") long id,
            SessionDraft draft) {
        return courses.updateSession(Principals.actor(security), id, draft);
    }

    @DELETE
    @Path("sessions/{id: \\d+}")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN })
    @ApiResponse(type = Void.class, status = 204)
    public Response deleteSession(@Context SecurityContext security, @PathParam("id") long id) {
        courses.deleteSession(Principals.actor(security), id);
        return Response.noContent().build();
    }
}
