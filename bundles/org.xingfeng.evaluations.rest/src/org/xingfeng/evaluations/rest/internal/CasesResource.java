package org.xingfeng.evaluations.rest.internal;

import java.util.ArrayList;
import java.util.List;

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

    private final EvaluationCases cases;

    @Activate
    public CasesResource(@Reference EvaluationCases cases) {
        this.cases = cases;
    }

    /** {@code ?unitId=&state=&open=true&overdue=true&from=&to=&page=&size=&format=xlsx} */
    @GET
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers, @QueryParam("format") String format,
            @QueryParam("unitId") Long unitId,
            @QueryParam("state") String state, @QueryParam("open") boolean open, @QueryParam("overdue") boolean overdue,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        var actor = Principals.actor(security);
        CaseQuery q = new CaseQuery(unitId, QueryParams.option(CaseState.class, "state", state), open, overdue,
                QueryParams.date("from", from), QueryParams.date("to", to));
        return Exports.list(headers, format, PageRequest.of(page, size), p -> cases.cases(actor, q, p), CasesResource::table);
    }

    static Table table(List<EvaluationCase> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (EvaluationCase c : rows) {
            out.add(java.util.Arrays.asList(c.id(), c.evaluationId(), c.unitId(), c.level().nameZh(), c.realName() ? "实名" : "匿名",
                    c.state().nameZh(), c.openedOn(), c.callbackDue(), c.rectifyDue(), c.closedOn(),
                    c.callbackOverdue() ? "回访超期" : "", c.rectifyOverdue() ? "整改超期" : ""));
        }
        return new Table("cases", "差评处理", List.of("编号", "评价编号", "单位", "评价等级", "实名/匿名", "状态", "受理日期",
                "回访期限", "整改期限", "办结日期", "回访超期", "整改超期"), out);
    }

    @GET
    @Path("{id:[0-9]+}")
    public EvaluationCase get(@Context SecurityContext security, @PathParam("id") long id) {
        return cases.evaluationCase(Principals.actor(security), id).orElseThrow(() -> new NotFoundException("case", id));
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
