package org.xingfeng.evaluations.rest.internal;

import java.util.ArrayList;
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
import org.xingfeng.evaluations.api.CaseAction;
import org.xingfeng.evaluations.api.CaseQuery;
import org.xingfeng.evaluations.api.CaseState;
import org.xingfeng.evaluations.api.EvaluationCase;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.Table;

/** Bad-review cases (差评回访与整改): {@code /api/v1/evaluations/cases}. */
@Component(service = CasesResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/evaluations/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ EvaluationService.OFFICER_ROLE, EvaluationService.REVIEWER_ROLE, Roles.AUDITOR, Roles.ADMIN })
public class CasesResource {

    static final Messages MESSAGES = Messages.of(CasesResource.class);

    private final EvaluationCases cases;

    @Activate
    public CasesResource(@Reference EvaluationCases cases) {
        this.cases = cases;
    }

    /** {@code ?unitId=&state=&open=true&overdue=true&from=&to=&page=&size=&format=xlsx} */
    @GET
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format,
            @QueryParam("unitId") Long unitId,
            @QueryParam("state") String state, @QueryParam("open") boolean open, @QueryParam("overdue") boolean overdue,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        var actor = Principals.actor(security);
        CaseQuery q = new CaseQuery(unitId, QueryParams.option(CaseState.class, "state", state), open, overdue,
                QueryParams.date("from", from), QueryParams.date("to", to));
        return Exports.list(headers, format, PageRequest.of(page, size), p -> cases.cases(actor, q, p),
                list -> table(list, Languages.preferred(headers.getAcceptableLanguages())));
    }

    static Table table(List<EvaluationCase> rows, Locale locale) {
        List<List<Object>> out = new ArrayList<>();
        for (EvaluationCase c : rows) {
            out.add(java.util.Arrays.asList(c.id(), c.evaluationId(), c.unitId(), c.level().nameZh(),
                    MESSAGES.get(locale, c.realName() ? "cell.realName" : "cell.anonymous"),
                    c.state().nameZh(), c.openedOn(), c.callbackDue(), c.rectifyDue(), c.closedOn(),
                    c.callbackOverdue() ? MESSAGES.get(locale, "column.callbackOverdue") : "",
                    c.rectifyOverdue() ? MESSAGES.get(locale, "column.rectifyOverdue") : ""));
        }
        return new Table("cases", "差评处理", List.of(MESSAGES.get(locale, "column.id"),
                MESSAGES.get(locale, "column.evaluationId"), MESSAGES.get(locale, "column.unit"),
                MESSAGES.get(locale, "column.level"), MESSAGES.get(locale, "column.realName"),
                MESSAGES.get(locale, "column.status"), MESSAGES.get(locale, "column.openedOn"),
                MESSAGES.get(locale, "column.callbackDue"), MESSAGES.get(locale, "column.rectifyDue"),
                MESSAGES.get(locale, "column.closedOn"), MESSAGES.get(locale, "column.callbackOverdue"),
                MESSAGES.get(locale, "column.rectifyOverdue")), out);
    }

    @GET
    @Path("{id:[0-9]+}")
    public EvaluationCase get(@Context SecurityContext security, @PathParam("id") long id) {
        return cases.evaluationCase(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.case"), id));
    }

    /** Records the next step: {@code {"step":"VERIFY|CALLBACK|RECTIFY|FEEDBACK|CLOSE","note":"...","reached":true}}. */
    @POST
    @Path("{id:[0-9]+}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, Roles.ADMIN })
    public EvaluationCase act(@Context SecurityContext security, @PathParam("id") long id, CaseAction action) {
        return cases.act(Principals.actor(security), id, action == null ? new CaseAction(null, null, null) : action);
    }
}
