package org.xingfeng.evaluations.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.xingfeng.evaluations.api.scoring.AnnualAward;
import org.xingfeng.evaluations.api.scoring.Quarter;
import org.xingfeng.evaluations.api.scoring.ScoreSheet;
import org.xingfeng.evaluations.api.scoring.ScoreSheetDraft;
import org.xingfeng.evaluations.api.scoring.ScoringRules;
import org.xingfeng.evaluations.api.scoring.SectionRanking;
import org.xingfeng.evaluations.api.scoring.SectionScoring;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 科室服务质量季度考评: {@code /api/v1/evaluations/scoring}. Officers and administrators enter score sheets; every
 * member of staff reads rankings and the annual award list.
 */
@Component(service = SectionScoringResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/evaluations/scoring")
@Produces(MediaType.APPLICATION_JSON)
public class SectionScoringResource {

    static final Messages MESSAGES = Messages.of(SectionScoringResource.class);

    private final SectionScoring scoring;

    @Activate
    public SectionScoringResource(@Reference SectionScoring scoring) {
        this.scoring = scoring;
    }

    @GET
    @Path("rules")
    public ScoringRules rules() {
        return scoring.rules();
    }

    @POST
    @Path("sheets")
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@Context SecurityContext security, ScoreSheetDraft draft) {
        return Response.status(201).entity(scoring.submit(Principals.actor(security), draft)).build();
    }

    /** {@code ?unitId=&quarter=2026-Q1&sectionId=} */
    @GET
    @Path("sheets")
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, Roles.AUDITOR, Roles.ADMIN })
    public List<ScoreSheet> sheets(@Context SecurityContext security, @QueryParam("unitId") String unitId,
            @QueryParam("quarter") String quarter, @QueryParam("sectionId") String sectionId) {
        Long unit = QueryParams.optionalLong("unitId", unitId);
        if (unit == null) {
            throw new ValidationException("unitId", MESSAGES.text("sectionScoring.unitid_required"));
        }
        return scoring.sheets(Principals.actor(security), unit, quarter(quarter),
                QueryParams.optionalLong("sectionId", sectionId));
    }

    @DELETE
    @Path("sheets/{id: \\d+}")
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, Roles.ADMIN })
    public Response delete(@Context SecurityContext security, @PathParam("id") long id) {
        scoring.delete(Principals.actor(security), id);
        return Response.noContent().build();
    }

    /** The unit's sections ranked for the quarter ({@code 2026-Q1}), benchmark sections marked; JSON or XLSX. */
    @GET
    @Path("units/{unitId: \\d+}/quarters/{quarter}/ranking")
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX })
    public Response ranking(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @PathParam("unitId") long unitId,
            @PathParam("quarter") String quarter) {
        SectionRanking ranking = scoring.ranking(Principals.actor(security), unitId, quarter(quarter));
        if (Exports.wantsXlsx(headers, format)) {
            return Exports.xlsx(() -> scoring.rankingTable(ranking));
        }
        return Response.ok(ranking, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** 年度先进科室: each section's benchmark quarters in the year, eligible sections first; JSON or XLSX. */
    @GET
    @Path("units/{unitId: \\d+}/years/{year}/awards")
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX })
    public Response awards(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @PathParam("unitId") long unitId, @PathParam("year") String year) {
        List<AnnualAward> awards = scoring.awards(Principals.actor(security), unitId,
                QueryParams.requiredYear("year", year));
        if (Exports.wantsXlsx(headers, format)) {
            Locale locale = Languages.preferred(headers.getAcceptableLanguages());
            return Exports.xlsx(() -> {
                List<List<Object>> rows = new ArrayList<>();
                for (AnnualAward a : awards) {
                    rows.add(Arrays.asList(a.year(), a.sectionName(), a.benchmarkQuarters().size(),
                            String.join("、", a.benchmarkQuarters()),
                            MESSAGES.get(locale, a.eligible() ? "cell.yes" : "cell.no")));
                }
                return new Table("年度先进科室-" + year, year, List.of(MESSAGES.get(locale, "column.year"),
                        MESSAGES.get(locale, "column.section"), MESSAGES.get(locale, "column.benchmarkCount"),
                        MESSAGES.get(locale, "column.benchmarkQuarters"), MESSAGES.get(locale, "column.eligible")),
                        rows);
            });
        }
        return Response.ok(awards, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Quarter quarter(String text) {
        Quarter q = Quarter.parse(text);
        if (q == null) {
            throw new ValidationException("quarter", MESSAGES.text("sectionScoring.quarter_look_like_2026_q1", text));
        }
        return q;
    }
}
