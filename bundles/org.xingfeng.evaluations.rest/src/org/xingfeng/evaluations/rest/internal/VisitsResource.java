package org.xingfeng.evaluations.rest.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
import org.xingfeng.evaluations.api.tasks.RectificationTaskService;
import org.xingfeng.evaluations.api.tasks.TaskQuery;
import org.xingfeng.evaluations.api.tasks.Visit;
import org.xingfeng.evaluations.api.tasks.VisitDraft;
import org.xingfeng.evaluations.api.tasks.VisitKind;
import org.xingfeng.evaluations.api.tasks.VisitQuery;
import org.xingfeng.evaluations.api.tasks.VisitService;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.Table;

/** 模拟调查 and 暗访: {@code /api/v1/evaluations/visits}. Recording a visit makes one task per finding. */
@Component(service = VisitsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/evaluations/visits")
@Produces(MediaType.APPLICATION_JSON)
public class VisitsResource {

    static final Messages MESSAGES = Messages.of(VisitsResource.class);

    private final VisitService visits;
    private final RectificationTaskService tasks;

    @Activate
    public VisitsResource(@Reference VisitService visits, @Reference RectificationTaskService tasks) {
        this.visits = visits;
        this.tasks = tasks;
    }

    /** {@code ?unitId=&kind=MOCK_SURVEY|MYSTERY_SHOPPER&page=&size=&format=xlsx|csv}, newest first. */
    @GET
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format,
            @QueryParam("unitId") Long unitId, @QueryParam("kind") String kind, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        VisitKind k = null;
        if (kind != null && !kind.isBlank()) {
            k = VisitKind.parse(kind);
            if (k == null) {
                throw new ValidationException("kind", MESSAGES.text("visits.unknown_kind", kind));
            }
        }
        VisitQuery q = new VisitQuery(unitId, k);
        return Exports.list(headers, format, PageRequest.of(page, size),
                p -> visits.visits(Principals.actor(security), q, p),
                list -> table(list, Languages.preferred(headers.getAcceptableLanguages())));
    }

    static Table table(List<Visit> list, Locale locale) {
        return new Table("走访记录", "走访记录", List.of(MESSAGES.get(locale, "column.id"), MESSAGES.get(locale, "column.kind"),
                MESSAGES.get(locale, "column.unitId"), MESSAGES.get(locale, "column.place"),
                MESSAGES.get(locale, "column.visitDate"), MESSAGES.get(locale, "column.visitor"),
                MESSAGES.get(locale, "column.findings"), MESSAGES.get(locale, "column.taskIds")),
                list.stream()
                        .map(v -> Arrays.<Object>asList(v.id(), v.kind().nameZh(), v.unitId(), v.place(), v.visitDate(),
                                v.visitor(), String.join("\n", v.findings()),
                                String.join("、", v.taskIds().stream().map(String::valueOf).toList())))
                        .toList());
    }

    @GET
    @Path("{id: \\d+}")
    public Visit visit(@Context SecurityContext security, @PathParam("id") long id) {
        return visits.visit(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.visit"), id));
    }

    /** The visit's rectification tasks, one per finding. */
    @GET
    @Path("{id: \\d+}/tasks")
    public Response visitTasks(@Context SecurityContext security, @PathParam("id") long id,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        visit(security, id);
        return Response.ok(tasks.tasks(Principals.actor(security), new TaskQuery(null, null, null, null, id, null),
                PageRequest.of(page, size))).build();
    }

    @POST
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@Context SecurityContext security, VisitDraft draft) {
        return Response.status(201).entity(visits.record(Principals.actor(security), draft)).build();
    }
}
