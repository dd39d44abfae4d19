package org.xingfeng.evaluations.rest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.evaluations.api.CallbackRate;
import org.xingfeng.evaluations.api.Channel;
import org.xingfeng.evaluations.api.Dimension;
import org.xingfeng.evaluations.api.Evaluation;
import org.xingfeng.evaluations.api.EvaluationQuery;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.evaluations.api.Granularity;
import org.xingfeng.evaluations.api.Level;
import org.xingfeng.evaluations.api.Satisfaction;
import org.xingfeng.evaluations.api.SatisfactionReports;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.Indicator;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;

/** The evaluations list and what evaluator devices need: {@code /api/v1/evaluations}. */
@Component(service = EvaluationsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationsResource {

    static final Messages MESSAGES = Messages.of(EvaluationsResource.class);

    private final EvaluationService evaluations;
    private final SatisfactionReports reports;
    private final EvaluationCases cases;

    @Activate
    public EvaluationsResource(@Reference EvaluationService evaluations, @Reference SatisfactionReports reports,
            @Reference EvaluationCases cases) {
        this.evaluations = evaluations;
        this.reports = reports;
        this.cases = cases;
    }

    /**
     * The evaluation list: {@code ?unitId=&from=&to=&level=&bad=true&channel=&windowNo=&staffId=&sectionId=&matterCode=
     * &recordNo=&page=&size=&format=xlsx}. Officers, reviewers, auditors and administrators see all; other staff
     * their own.
     */
    @GET
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") Long unitId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("level") String level, @QueryParam("bad") boolean bad,
            @QueryParam("channel") String channel, @QueryParam("windowNo") String windowNo,
            @QueryParam("staffId") Long staffId, @QueryParam("sectionId") Long sectionId,
            @QueryParam("matterCode") String matterCode, @QueryParam("recordNo") String recordNo,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Level l = level == null || level.isBlank() ? null : Level.parse(level);
        if (level != null && !level.isBlank() && l == null) {
            throw new ValidationException("level", MESSAGES.text("evaluations.unknown_level", level));
        }
        Channel c = channel == null || channel.isBlank() ? null : Channel.parse(channel);
        if (channel != null && !channel.isBlank() && c == null) {
            throw new ValidationException("channel", MESSAGES.text("evaluations.unknown_channel", channel));
        }
        EvaluationQuery q = new EvaluationQuery(unitId, QueryParams.date("from", from), QueryParams.date("to", to), l,
                bad, c,
                Strings.blankToNull(windowNo), staffId, sectionId, Strings.blankToNull(matterCode),
                Strings.blankToNull(recordNo));
        var actor = Principals.actor(security);
        Response file = Exports.file(headers, format, () -> evaluations.export(actor, q));
        return file != null ? file
                : Response
                        .ok(evaluations.evaluations(actor, q, PageRequest.of(page, size)),
                                MediaType.APPLICATION_JSON_TYPE)
                        .build();
    }

    @GET
    @Path("{id:[0-9]+}")
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, EvaluationService.REVIEWER_ROLE, Roles.AUDITOR, Roles.ADMIN })
    public Evaluation evaluation(@Context SecurityContext security, @PathParam("id") long id) {
        return evaluations.evaluation(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.evaluation"), id));
    }

    /**
     * Satisfaction of one thing: {@code ?dimension=UNIT|WINDOW|STAFF|SECTION|MATTER&unitId=&key=&from=&to=}; with
     * {@code by=} instead, the unit's parts side by side (JSON or XLSX); with {@code granularity=} a trend.
     */
    @GET
    @Path("satisfaction")
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, EvaluationService.REVIEWER_ROLE, Roles.AUDITOR, Roles.ADMIN })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response satisfaction(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format,
            @QueryParam("dimension") @DefaultValue("UNIT") String dimension, @QueryParam("unitId") Long unitId,
            @QueryParam("key") String key, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("by") String by, @QueryParam("granularity") String granularity) {
        if (unitId == null) {
            throw new ValidationException("unitId", MESSAGES.text("evaluations.unitid_required"));
        }
        Dimension d = QueryParams.option(Dimension.class, "dimension", dimension);
        LocalDate f = QueryParams.required("from", from);
        LocalDate t = QueryParams.required("to", to);
        Dimension parts = QueryParams.option(Dimension.class, "by", by);
        Granularity g = QueryParams.option(Granularity.class, "granularity", granularity);
        var actor = Principals.actor(security);
        List<Satisfaction> rows;
        if (parts != null) {
            rows = reports.breakdown(actor, unitId, parts, f, t);
        } else if (g != null) {
            rows = reports.trend(actor, d, unitId, key, f, t, g);
        } else {
            Satisfaction one = reports.satisfaction(actor, d, unitId, key, f, t);
            Response file = Exports.file(headers, format,
                    () -> satisfactionTable(List.of(one), Languages.preferred(headers.getAcceptableLanguages())));
            return file != null ? file : Response.ok(one, MediaType.APPLICATION_JSON_TYPE).build();
        }
        Response file = Exports.file(headers, format,
                () -> satisfactionTable(rows, Languages.preferred(headers.getAcceptableLanguages())));
        return file != null ? file : Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
    }

    static Table satisfactionTable(List<Satisfaction> rows, Locale locale) {
        List<List<Object>> out = new ArrayList<>();
        for (Satisfaction s : rows) {
            out.add(java.util.Arrays.asList(s.dimension().nameZh(), s.key(), s.name(), s.from(), s.to(),
                    s.counted().verySatisfied(), s.counted().satisfied(), s.counted().basicallySatisfied(),
                    s.counted().dissatisfied(), s.counted().veryDissatisfied(), s.counted().total(), s.rate(),
                    s.excluded().total(), s.rateWithExcluded(), s.target(),
                    MESSAGES.get(locale, s.meetsTarget() ? "cell.meetsTarget" : "cell.missesTarget")));
        }
        return new Table("satisfaction", "满意度", List.of(MESSAGES.get(locale, "column.dimension"),
                MESSAGES.get(locale, "column.id"), MESSAGES.get(locale, "column.name"),
                MESSAGES.get(locale, "column.from"), MESSAGES.get(locale, "column.to"),
                MESSAGES.get(locale, "column.verySatisfied"), MESSAGES.get(locale, "column.satisfied"),
                MESSAGES.get(locale, "column.basicallySatisfied"), MESSAGES.get(locale, "column.dissatisfied"),
                MESSAGES.get(locale, "column.veryDissatisfied"), MESSAGES.get(locale, "column.counted"),
                MESSAGES.get(locale, "column.rate"), MESSAGES.get(locale, "column.excluded"),
                MESSAGES.get(locale, "column.rateWithExcluded"), MESSAGES.get(locale, "column.target"),
                MESSAGES.get(locale, "column.meetsTarget")), out);
    }

    /** 差评回访率 of real-name bad reviews: {@code ?unitId=&from=&to=}. */
    @GET
    @Path("callback-rate")
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, EvaluationService.REVIEWER_ROLE, Roles.AUDITOR, Roles.ADMIN })
    public CallbackRate callbackRate(@Context SecurityContext security, @QueryParam("unitId") Long unitId,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        if (unitId == null) {
            throw new ValidationException("unitId", MESSAGES.text("evaluations.unitid_required"));
        }
        return cases.callbackRate(Principals.actor(security), unitId, QueryParams.required("from", from),
                QueryParams.required("to", to));
    }

    /** Counts the roll-ups afresh from the stored evaluations (after a restore or a bulk load). */
    @jakarta.ws.rs.POST
    @Path("rollups/rebuild")
    @RolesAllowed(Roles.ADMIN)
    public java.util.Map<String, Object> rebuildRollups(@Context SecurityContext security) {
        return java.util.Map.of("evaluations", evaluations.rebuildRollups(Principals.actor(security)));
    }

    /** The dashboard's figures for a unit and period: satisfaction against the target, callback rate, overdue cases. */
    @GET
    @Path("dashboard")
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, EvaluationService.REVIEWER_ROLE, Roles.AUDITOR, Roles.ADMIN })
    public java.util.Map<String, Object> dashboard(@Context SecurityContext security, @QueryParam("unitId") Long unitId,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        if (unitId == null) {
            throw new ValidationException("unitId", MESSAGES.text("evaluations.unitid_required"));
        }
        LocalDate f = QueryParams.required("from", from);
        LocalDate t = QueryParams.required("to", to);
        var actor = Principals.actor(security);
        var overdue = cases.cases(actor,
                new org.xingfeng.evaluations.api.CaseQuery(unitId, null, true, true, null, null),
                PageRequest.of(0, 20));
        java.util.Map<String, Object> d = new java.util.LinkedHashMap<>();
        d.put("satisfaction", reports.satisfaction(actor, Dimension.UNIT, unitId, null, f, t));
        d.put("parts", reports.breakdown(actor, unitId, Dimension.UNIT, f, t));
        d.put("callbackRate", cases.callbackRate(actor, unitId, f, t));
        d.put("overdueCases", overdue.total());
        d.put("overdue", overdue.items());
        return d;
    }

    /** The indicator set an evaluator device or web form shows for a channel. Open to citizens. */
    @GET
    @Path("indicators")
    @PermitAll
    public List<Indicator> indicators(@QueryParam("channel") String channel) {
        Channel c = Channel.parse(channel);
        if (c == null) {
            throw new ValidationException("channel", MESSAGES.text("evaluations.unknown_channel", channel));
        }
        return evaluations.indicators(c);
    }
}
