package org.xingfeng.evaluations.rest.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.complaints.Complaint;
import org.xingfeng.evaluations.api.complaints.ComplaintDraft;
import org.xingfeng.evaluations.api.complaints.ComplaintQuery;
import org.xingfeng.evaluations.api.complaints.ComplaintReply;
import org.xingfeng.evaluations.api.complaints.ComplaintService;
import org.xingfeng.evaluations.api.complaints.ComplaintState;
import org.xingfeng.evaluations.api.complaints.ComplaintVerification;
import org.xingfeng.evaluations.api.complaints.CriticismNotice;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;

/**
 * 投诉登记: {@code /api/v1/evaluations/complaints}. Officers and administrators register, verify and reply; officers,
 * reviewers, auditors and administrators read.
 */
@Component(service = ComplaintsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/evaluations/complaints")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintsResource {

    static final Messages MESSAGES = Messages.of(ComplaintsResource.class);

    private final ComplaintService complaints;

    @Activate
    public ComplaintsResource(@Reference ComplaintService complaints) {
        this.complaints = complaints;
    }

    @POST
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Context SecurityContext security, ComplaintDraft draft) {
        return Response.status(201).entity(complaints.register(Principals.actor(security), draft)).build();
    }

    /** {@code ?unitId=&state=REGISTERED|VERIFIED|REPLIED&overdue=true|false&year=&staffId=&page=&size=&format=xlsx} */
    @GET
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, EvaluationService.REVIEWER_ROLE, Roles.AUDITOR, Roles.ADMIN })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX })
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId, @QueryParam("state") String state,
            @QueryParam("overdue") String overdue, @QueryParam("year") String year,
            @QueryParam("staffId") String staffId, @QueryParam("page") String page, @QueryParam("size") String size) {
        Actor actor = Principals.actor(security);
        ComplaintQuery query = new ComplaintQuery(QueryParams.optionalLong("unitId", unitId),
                QueryParams.option(ComplaintState.class, "state", state),
                QueryParams.optionalBoolean("overdue", overdue), year == null || year.isBlank() ? null
                        : QueryParams.requiredYear("year", year),
                QueryParams.optionalLong("staffId", staffId));
        PageRequest request = PageRequest.of(QueryParams.optionalInt("page", page),
                QueryParams.optionalInt("size", size));
        if (Exports.wantsXlsx(headers, format)) {
            return Exports.xlsx(() -> complaints.export(actor, query));
        }
        return Response.ok(complaints.complaints(actor, query, request), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, EvaluationService.REVIEWER_ROLE, Roles.AUDITOR, Roles.ADMIN })
    public Complaint complaint(@Context SecurityContext security, @PathParam("id") long id) {
        return complaints.complaint(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.complaint"), id));
    }

    /** 核实: {@code {"upheld": true, "findings": "..."}}; only after registration. */
    @POST
    @Path("{id: \\d+}/verification")
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Complaint verify(@Context SecurityContext security, @PathParam("id") long id, ComplaintVerification body) {
        return complaints.verify(Principals.actor(security), id, body);
    }

    /** 答复: {@code {"text": "..."}}; only after verification. */
    @POST
    @Path("{id: \\d+}/reply")
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Complaint reply(@Context SecurityContext security, @PathParam("id") long id, ComplaintReply body) {
        return complaints.reply(Principals.actor(security), id, body);
    }

    /** 通报批评名单: {@code ?year=2026&unitId=&format=xlsx}. */
    @GET
    @Path("criticism")
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, EvaluationService.REVIEWER_ROLE, Roles.AUDITOR, Roles.ADMIN })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX })
    public Response criticism(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("year") String year, @QueryParam("unitId") String unitId) {
        java.util.List<CriticismNotice> notices = complaints.criticism(Principals.actor(security),
                QueryParams.requiredYear("year", year), QueryParams.optionalLong("unitId", unitId));
        if (Exports.wantsXlsx(headers, format)) {
            return Exports.xlsx(() -> complaints.criticismTable(notices));
        }
        return Response.ok(notices, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
