package org.xingfeng.training.rest.internal;

import java.io.InputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
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
import org.xingfeng.platform.api.rest.ApiResponse;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.MaxBodySize;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.training.api.attendance.Attendance;
import org.xingfeng.training.api.attendance.AttendanceDraft;
import org.xingfeng.training.api.attendance.AttendanceMark;
import org.xingfeng.training.api.attendance.AttendanceQuery;
import org.xingfeng.training.api.attendance.AttendanceService;

/**
 * 培训签到与考核: {@code /api/v1/training/attendance}, {@code /sessions/{id}/attendance} and the caller's own record
 * {@code /me/attendance}. The training officer (or an administrator) records; officers, auditors and administrators
 * read their reach; every member of staff reads their own.
 */
@Component(service = AttendanceResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE)
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    private final AttendanceService attendance;

    @Activate
    public AttendanceResource(@Reference AttendanceService attendance) {
        this.attendance = attendance;
    }

    /** Records (or replaces) the attendance of the staff members given, all or nothing. */
    @PUT
    @Path("sessions/{id: \\d+}/attendance")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(type = Attendance.class, list = true)
    public Response record(@Context SecurityContext security, @PathParam("id") long sessionId,
            List<AttendanceDraft> drafts) {
        return Response.ok(attendance.recordAll(Principals.actor(security), sessionId, drafts),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * A session's sign-in sheet (XLSX as the body): {@code ?dryRun=true} checks it and stores nothing; 422 with every
     * bad row when the sheet has any, nothing stored.
     */
    @POST
    @Path("sessions/{id: \\d+}/attendance/import")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN })
    @Consumes({ RestConstants.XLSX, MediaType.APPLICATION_OCTET_STREAM })
    @MaxBodySize(bytes = 5L * 1024 * 1024)
    @ApiResponse(type = ImportReport.class)
    public Response importSheet(@Context SecurityContext security, @PathParam("id") long sessionId,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun, InputStream body) {
        ImportReport report = attendance.importSheet(Principals.actor(security), sessionId, body, dryRun);
        return Response.status(report.ok() ? 200 : 422).entity(report).build();
    }

    /** {@code ?unitId=&courseId=&sessionId=&staffId=&year=&present=&mark=&page=&size=&format=xlsx} */
    @GET
    @Path("attendance")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN, Rest.AUDITOR })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = Attendance.class, list = true)
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId,
            @QueryParam("courseId") String courseId, @QueryParam("sessionId") String sessionId,
            @QueryParam("staffId") String staffId, @QueryParam("year") String year,
            @QueryParam("present") String present, @QueryParam("mark") String mark,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        AttendanceQuery query = new AttendanceQuery(QueryParams.optionalLong("unitId", unitId),
                QueryParams.optionalLong("courseId", courseId), QueryParams.optionalLong("sessionId", sessionId),
                QueryParams.optionalLong("staffId", staffId), QueryParams.optionalInt("year", year),
                QueryParams.optionalBoolean("present", present),
                QueryParams.option(AttendanceMark.class, "mark", mark));
        PageRequest request = PageRequest.of(QueryParams.optionalInt("page", page),
                QueryParams.optionalInt("size", size));
        Actor actor = Principals.actor(security);
        return Exports.list(headers, format, request, p -> attendance.list(actor, query, p), attendance::table);
    }

    @GET
    @Path("attendance/{id: \\d+}")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN, Rest.AUDITOR, Rest.STAFF })
    public Attendance attendance(@Context SecurityContext security, @PathParam("id") long id) {
        return attendance.attendance(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.attendance"), id));
    }

    @DELETE
    @Path("attendance/{id: \\d+}")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN })
    @ApiResponse(type = Void.class, status = 204)
    public Response delete(@Context SecurityContext security, @PathParam("id") long id) {
        attendance.delete(Principals.actor(security), id);
        return Response.noContent().build();
    }

    /** The caller's own training history (the staff member linked to the account); {@code ?format=xlsx} */
    @GET
    @Path("me/attendance")
    @RolesAllowed({ Rest.STAFF, Rest.OFFICER, Rest.ADMIN, Rest.AUDITOR })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = Attendance.class, list = true)
    public Response mine(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format) {
        List<Attendance> list = attendance.mine(Principals.actor(security));
        Response file = Exports.file(headers, format, () -> attendance.table(list));
        return file != null ? file : Response.ok(list, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
