package org.xingfeng.evaluations.rest.internal;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.tasks.RectificationTask;
import org.xingfeng.evaluations.api.tasks.RectificationTaskService;
import org.xingfeng.evaluations.api.tasks.SelfCheckTemplate;
import org.xingfeng.evaluations.api.tasks.TaskDraft;
import org.xingfeng.evaluations.api.tasks.TaskQuery;
import org.xingfeng.evaluations.api.tasks.TaskSource;
import org.xingfeng.evaluations.api.tasks.TaskStatus;
import org.xingfeng.evaluations.api.tasks.TaskUpdate;
import org.xingfeng.evaluations.api.tasks.TemplateItem;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.MaxBodySize;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 自查整改任务: {@code /api/v1/evaluations/tasks}. Any logged-in user reads; evaluations officers (or admins)
 * instantiate the self-check table, create, update, close off and reopen tasks, and upload filled-in sheets.
 */
@Component(service = RectificationTasksResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/evaluations/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class RectificationTasksResource {

    static final Messages MESSAGES = Messages.of(RectificationTasksResource.class);

    private final RectificationTaskService tasks;

    @Activate
    public RectificationTasksResource(@Reference RectificationTaskService tasks) {
        this.tasks = tasks;
    }

    /** {@code ?unitId=&status=&overdue=true|false&source=&visitId=&q=&page=&size=&format=xlsx|csv} */
    @GET
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format,
            @QueryParam("unitId") Long unitId, @QueryParam("status") String status,
            @QueryParam("overdue") String overdue,
            @QueryParam("source") String source, @QueryParam("visitId") Long visitId, @QueryParam("q") String text,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        TaskQuery q = new TaskQuery(unitId, status(status), bool("overdue", overdue), source(source), visitId, text);
        return Exports.list(headers, format, PageRequest.of(page, size),
                p -> tasks.tasks(Principals.actor(security), q, p), tasks::table);
    }

    /** The overdue tasks: due date passed, not closed off. Same filters as the list. */
    @GET
    @Path("overdue")
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response overdue(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format,
            @QueryParam("unitId") Long unitId, @QueryParam("status") String status, @QueryParam("source") String source,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        TaskQuery q = new TaskQuery(unitId, status(status), true, source(source), null, null);
        return Exports.list(headers, format, PageRequest.of(page, size),
                p -> tasks.tasks(Principals.actor(security), q, p), tasks::table);
    }

    @GET
    @Path("{id: \\d+}")
    public RectificationTask task(@Context SecurityContext security, @PathParam("id") long id) {
        return tasks.task(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.task"), id));
    }

    @POST
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, TaskDraft draft) {
        return Response.status(201).entity(tasks.create(Principals.actor(security), draft)).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public RectificationTask update(@Context SecurityContext security, @PathParam("id") long id, TaskUpdate update) {
        return tasks.update(Principals.actor(security), id, update);
    }

    /** 销号: {@code {"evidence": "...", "attachments": ["整改照片.jpg", "https://..."]}} */
    public record CloseRequest(String evidence, List<String> attachments) {
    }

    @POST
    @Path("{id: \\d+}/close")
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public RectificationTask close(@Context SecurityContext security, @PathParam("id") long id, CloseRequest request) {
        CloseRequest r = request == null ? new CloseRequest(null, null) : request;
        return tasks.close(Principals.actor(security), id, r.evidence(), r.attachments());
    }

    /** {@code {"reason": "..."}} */
    public record ReopenRequest(String reason) {
    }

    @POST
    @Path("{id: \\d+}/reopen")
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public RectificationTask reopen(@Context SecurityContext security, @PathParam("id") long id,
            ReopenRequest request) {
        return tasks.reopen(Principals.actor(security), id, request == null ? null : request.reason());
    }

    /** The self-check table (自查表) a unit's tasks are made from; {@code ?template=} (default selfcheck-2019), {@code ?format=xlsx|csv}. */
    @GET
    @Path("template")
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response template(@Context HttpHeaders headers, @QueryParam("format") String format,
            @QueryParam("template") String templateId) {
        String id = templateId == null || templateId.isBlank() ? RectificationTaskService.SELF_CHECK_2019
                : templateId.strip();
        SelfCheckTemplate t = tasks.template(id)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.selfCheckTemplate"), id));
        Locale locale = Languages.preferred(headers.getAcceptableLanguages());
        Response file = Exports.file(headers, format, () -> new Table(t.id(), MESSAGES.get(locale, "sheet.selfCheck"),
                List.of(MESSAGES.get(locale, "column.itemNumber"), MESSAGES.get(locale, "column.goalNumber"),
                        MESSAGES.get(locale, "column.goal"), MESSAGES.get(locale, "column.content"),
                        MESSAGES.get(locale, "column.deadline"), MESSAGES.get(locale, "column.completedOn")),
                t.items().stream().map(RectificationTasksResource::row).toList()));
        return file != null ? file : Response.ok(t, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static List<Object> row(TemplateItem i) {
        return java.util.Arrays.asList(i.number(), i.goalNumber(), i.goal(), i.content(), i.deadlineText(),
                i.deadline());
    }

    /** Makes the unit's tasks from the self-check table ({@code ?template=}, default selfcheck-2019): 201, or 409 the second time. */
    @POST
    @Path("units/{unitId}/self-check")
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, Roles.ADMIN })
    public Response instantiate(@Context SecurityContext security, @PathParam("unitId") long unitId,
            @QueryParam("template") String templateId) {
        return Response.status(201).entity(tasks.instantiate(Principals.actor(security), templateId, unitId)).build();
    }

    /** The unit's tasks in the self-check table's printed layout, as XLSX (or {@code ?format=csv}), to fill in. */
    @GET
    @Path("units/{unitId}/sheet")
    @Produces({ RestConstants.XLSX, RestConstants.CSV, MediaType.APPLICATION_JSON })
    public Response sheet(@Context SecurityContext security, @PathParam("unitId") long unitId,
            @QueryParam("format") String format) {
        Table t = tasks.selfCheckSheet(Principals.actor(security), unitId);
        return "csv".equalsIgnoreCase(format) ? Exports.csv(() -> t) : Exports.xlsx(() -> t);
    }

    /**
     * Upload of a filled-in sheet (XLSX as the request body). {@code dryRun=true} checks and stores nothing; 422 with
     * every bad row when any row is bad, and then nothing is stored either.
     */
    @POST
    @Path("units/{unitId}/sheet")
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, Roles.ADMIN })
    @Consumes({ RestConstants.XLSX, MediaType.APPLICATION_OCTET_STREAM })
    @MaxBodySize(bytes = 20L * 1024 * 1024)
    public Response importSheet(@Context SecurityContext security, @PathParam("unitId") long unitId,
            @QueryParam("dryRun") @DefaultValue("false") String dryRun, InputStream body) {
        ImportReport report = tasks.importSelfCheckSheet(Principals.actor(security), unitId, body,
                Boolean.TRUE.equals(bool("dryRun", dryRun)));
        return Response.status(report.ok() ? 200 : 422).entity(report).build();
    }

    static TaskStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        TaskStatus s = TaskStatus.parse(text);
        if (s == null) {
            throw new ValidationException("status",
                    MESSAGES.text("rectificationTasks.unknown_status", text));
        }
        return s;
    }

    static TaskSource source(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        TaskSource s = TaskSource.parse(text);
        if (s == null) {
            throw new ValidationException("source", MESSAGES.text("rectificationTasks.unknown_source", text));
        }
        return s;
    }

    static Boolean bool(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase()) {
            case "true", "是", "1" -> true;
            case "false", "否", "0" -> false;
            default ->
                throw new ValidationException(field, MESSAGES.text("rectificationTasks.true_or_false", field, text));
        };
    }
}
