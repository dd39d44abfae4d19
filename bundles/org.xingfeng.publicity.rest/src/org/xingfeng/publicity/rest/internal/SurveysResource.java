package org.xingfeng.publicity.rest.internal;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.rest.ApiResponse;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.MaxBodySize;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.publicity.api.PublicityRoles;
import org.xingfeng.publicity.api.surveys.Finding;
import org.xingfeng.publicity.api.surveys.FindingMeasure;
import org.xingfeng.publicity.api.surveys.FindingService;
import org.xingfeng.publicity.api.surveys.SurveyFindings;
import org.xingfeng.publicity.api.surveys.Answer;
import org.xingfeng.publicity.api.surveys.AreaComparison;
import org.xingfeng.publicity.api.surveys.AreaStats;
import org.xingfeng.publicity.api.surveys.CodeBatch;
import org.xingfeng.publicity.api.surveys.SatisfactionBeside;
import org.xingfeng.publicity.api.surveys.Survey;
import org.xingfeng.publicity.api.surveys.SurveyDraft;
import org.xingfeng.publicity.api.surveys.SurveyQuery;
import org.xingfeng.publicity.api.surveys.SurveyService;
import org.xingfeng.publicity.api.surveys.SurveyState;

/**
 * 问卷调查: {@code /api/v1/publicity/surveys}, questionnaires, their access codes and results. Publicity editors design,
 * open, close and issue codes; the module's roles, admin and auditors read.
 */
@Component(service = SurveysResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/surveys")
@Produces(MediaType.APPLICATION_JSON)
public class SurveysResource {

    /** {@code {"areaUnitId":12,"count":200}} */
    public record CodeRequest(Long areaUnitId, Integer count) {
    }

    /** A paper questionnaire: {@code {"code":"ABCDEFGHJK","answers":{...}}} as on the survey page. */
    public record PaperResponse(String code, Map<String, Answer> answers) {
    }

    /** A finding to make a rectification task of: {@code {"areaUnitId","questionKey","measure"}}. */
    public record RectifyRequest(Long areaUnitId, String questionKey, FindingMeasure measure) {
    }

    private final SurveyService surveys;
    private final FindingService findings;

    @Activate
    public SurveysResource(@Reference SurveyService surveys, @Reference FindingService findings) {
        this.surveys = surveys;
        this.findings = findings;
    }

    @POST
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(type = Survey.class, status = 201)
    public Response create(@Context SecurityContext security, SurveyDraft draft) {
        return Response.status(201).entity(surveys.create(Principals.actor(security), draft)).build();
    }

    /** {@code ?unitId=&state=&q=&page=&size=&format=xlsx} */
    @GET
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId,
            @QueryParam("state") String state, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        SurveyQuery query = new SurveyQuery(QueryParams.optionalLong("unitId", unitId),
                QueryParams.option(SurveyState.class, "state", state), q);
        PageRequest request = PageRequest.of(QueryParams.optionalInt("page", page),
                QueryParams.optionalInt("size", size));
        return Exports.list(headers, format, request, p -> surveys.surveys(Principals.actor(security), query, p),
                surveys::table);
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4 })
    public Survey survey(@Context SecurityContext security, @PathParam("id") long id) {
        return found(Principals.actor(security), id);
    }

    private Survey found(Actor actor, long id) {
        return surveys.survey(actor, id)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.survey"), id));
    }

    @PUT
    @Path("{id: \\d+}")
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Survey update(@Context SecurityContext security, @PathParam("id") long id, SurveyDraft draft) {
        return surveys.update(Principals.actor(security), id, draft);
    }

    @POST
    @Path("{id: \\d+}/open")
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    public Survey open(@Context SecurityContext security, @PathParam("id") long id) {
        return surveys.open(Principals.actor(security), id);
    }

    @POST
    @Path("{id: \\d+}/close")
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    public Survey close(@Context SecurityContext security, @PathParam("id") long id) {
        return surveys.close(Principals.actor(security), id);
    }

    /** New access codes for an area: 201 with the codes. */
    @POST
    @Path("{id: \\d+}/codes")
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(type = CodeBatch.class, status = 201)
    public Response issue(@Context SecurityContext security, @PathParam("id") long id, CodeRequest body) {
        if (body == null || body.areaUnitId() == null) {
            throw new ValidationException("areaUnitId", Rest.MESSAGES.text("field.required"));
        }
        if (body.count() == null) {
            throw new ValidationException("count", Rest.MESSAGES.text("field.required"));
        }
        return Response.status(201)
                .entity(surveys.issueCodes(Principals.actor(security), id, body.areaUnitId(), body.count())).build();
    }

    /** The codes issued ({@code ?areaUnitId=&format=xlsx} for printing slips). */
    @GET
    @Path("{id: \\d+}/codes")
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = Table.class)
    public Response codes(@Context SecurityContext security, @Context HttpHeaders headers, @PathParam("id") long id,
            @QueryParam("format") String format, @QueryParam("areaUnitId") String areaUnitId) {
        Table table = surveys.codesTable(Principals.actor(security), id,
                QueryParams.optionalLong("areaUnitId", areaUnitId));
        Response file = Exports.file(headers, format, () -> table);
        return file != null ? file : Response.ok(table, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Figures per question, all areas together then each ({@code ?areaUnitId=&format=xlsx}). */
    @GET
    @Path("{id: \\d+}/results")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = AreaStats.class, list = true)
    public Response results(@Context SecurityContext security, @Context HttpHeaders headers,
            @PathParam("id") long id, @QueryParam("format") String format,
            @QueryParam("areaUnitId") String areaUnitId) {
        Actor actor = Principals.actor(security);
        List<AreaStats> rows = surveys.results(actor, id, QueryParams.optionalLong("areaUnitId", areaUnitId));
        Response file = Exports.file(headers, format, () -> surveys.resultsTable(found(actor, id), rows));
        return file != null ? file : Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** A paper questionnaire entered against its code: 201; the same checks and rules as the survey page. */
    @POST
    @Path("{id: \\d+}/paper")
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @MaxBodySize(bytes = 65536)
    public Response paper(@Context SecurityContext security, @PathParam("id") long id, PaperResponse body) {
        if (body == null || body.code() == null || body.code().isBlank()) {
            throw new ValidationException("code", Rest.MESSAGES.text("field.required"));
        }
        surveys.enterPaper(Principals.actor(security), id, body.code(), body.answers());
        return Response.status(201).build();
    }

    /**
     * A printable sheet (A4, HTML) of the codes with a QR code each, encoding the survey page's address on this server
     * ({@code ?areaUnitId=&unused=true}).
     */
    @GET
    @Path("{id: \\d+}/codes/sheet")
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    @Produces(MediaType.TEXT_HTML)
    public Response sheet(@Context SecurityContext security, @Context UriInfo uri, @Context HttpHeaders headers,
            @PathParam("id") long id, @QueryParam("areaUnitId") String areaUnitId,
            @QueryParam("unused") String unused) {
        Actor actor = Principals.actor(security);
        Survey survey = found(actor, id);
        List<CodeBatch> batches = surveys.codeBatches(actor, id, QueryParams.optionalLong("areaUnitId", areaUnitId),
                Boolean.TRUE.equals(QueryParams.optionalBoolean("unused", unused)));
        String html = CodeSheet.html(survey, batches, uri.getBaseUri().toString(),
                Languages.preferred(headers.getAcceptableLanguages()));
        return Response.ok(html).type(MediaType.TEXT_HTML + ";charset=utf-8").header("Cache-Control", "no-store")
                .build();
    }

    /**
     * Two rounds compared ({@code ?before=&areaUnitId=&format=xlsx}): this survey after, {@code before} the earlier
     * round; per shared policy question and area the awareness before, after and the change.
     */
    @GET
    @Path("{id: \\d+}/comparison")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = AreaComparison.class, list = true)
    public Response comparison(@Context SecurityContext security, @Context HttpHeaders headers,
            @PathParam("id") long id, @QueryParam("format") String format, @QueryParam("before") String before,
            @QueryParam("areaUnitId") String areaUnitId) {
        Actor actor = Principals.actor(security);
        Long b = QueryParams.optionalLong("before", before);
        if (b == null) {
            throw new ValidationException("before", Rest.MESSAGES.text("field.required"));
        }
        List<AreaComparison> rows = surveys.compare(actor, b, id, QueryParams.optionalLong("areaUnitId", areaUnitId));
        Response file = Exports.file(headers, format,
                () -> surveys.comparisonTable(found(actor, b), found(actor, id), rows));
        return file != null ? file : Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * The survey's satisfaction beside the evaluations module's per area over the days it was answered
     * ({@code ?areaUnitId=&format=xlsx}); without that module its figures are null.
     */
    @GET
    @Path("{id: \\d+}/evaluations")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = SatisfactionBeside.class, list = true)
    public Response beside(@Context SecurityContext security, @Context HttpHeaders headers, @PathParam("id") long id,
            @QueryParam("format") String format, @QueryParam("areaUnitId") String areaUnitId) {
        Actor actor = Principals.actor(security);
        List<SatisfactionBeside> rows = surveys.besideEvaluations(actor, id,
                QueryParams.optionalLong("areaUnitId", areaUnitId));
        Response file = Exports.file(headers, format, () -> surveys.besideTable(found(actor, id), rows));
        return file != null ? file : Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * The round's findings per area and question under the thresholds in force ({@code ?areaUnitId=&format=xlsx}),
     * and whether they can become rectification tasks now.
     */
    @GET
    @Path("{id: \\d+}/findings")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = SurveyFindings.class)
    public Response findings(@Context SecurityContext security, @Context HttpHeaders headers,
            @PathParam("id") long id, @QueryParam("format") String format,
            @QueryParam("areaUnitId") String areaUnitId) {
        Actor actor = Principals.actor(security);
        SurveyFindings found = findings.findings(actor, id, QueryParams.optionalLong("areaUnitId", areaUnitId));
        Response file = Exports.file(headers, format, () -> findings.table(found(actor, id), found.findings()));
        return file != null ? file : Response.ok(found, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** A finding made a rectification task of the evaluations module (201 with the finding and its task's id). */
    @POST
    @Path("{id: \\d+}/findings/rectify")
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(type = Finding.class, status = 201)
    public Response rectify(@Context SecurityContext security, @PathParam("id") long id, RectifyRequest body) {
        if (body == null || body.areaUnitId() == null) {
            throw new ValidationException("areaUnitId", Rest.MESSAGES.text("field.required"));
        }
        Finding f = findings.rectify(Principals.actor(security), id, body.areaUnitId(), body.questionKey(),
                body.measure());
        return Response.status(201).entity(f).build();
    }
}
