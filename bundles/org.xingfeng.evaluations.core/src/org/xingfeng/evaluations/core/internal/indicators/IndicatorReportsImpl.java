package org.xingfeng.evaluations.core.internal.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.Channel;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.Indicator;
import org.xingfeng.evaluations.api.indicators.IndicatorBreakdown;
import org.xingfeng.evaluations.api.indicators.IndicatorQuery;
import org.xingfeng.evaluations.api.indicators.IndicatorRating;
import org.xingfeng.evaluations.api.indicators.IndicatorReports;
import org.xingfeng.evaluations.core.internal.EvaluationsDatabase;
import org.xingfeng.evaluations.core.internal.UnitScope;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 分项指标: the indicator ratings stored with each evaluation, read back for the period and the unit (and below; the
 * caller's reach without one) and summed per indicator and part ({@link IndicatorRules}). Reads the evaluations table
 * (index on unit and day), not the roll-ups, which count levels only.
 */
@Component
public class IndicatorReportsImpl implements IndicatorReports {

    static final Messages MESSAGES = Messages.of(IndicatorReportsImpl.class);
    static final int MAX_DAYS = 3 * 366;

    private final EntityManagerFactory emf;
    private final OrgService org;
    private final EvaluationService evaluations;

    @Activate
    public IndicatorReportsImpl(@Reference EvaluationsDatabase db, @Reference OrgService org,
            @Reference EvaluationService evaluations) {
        this.emf = db.emf();
        this.org = org;
        this.evaluations = evaluations;
    }

    private record Row(long unitId, String windowNo, Long staffId, LocalDate day, String indicators) {
    }

    @Override
    public List<IndicatorRating> ratings(Actor actor, IndicatorQuery q) {
        if (!actor.hasAnyRole(EvaluationService.OFFICER_ROLE, EvaluationService.REVIEWER_ROLE, Roles.AUDITOR,
                Roles.ADMIN)) {
            throw new ForbiddenException(MESSAGES.text("indicators.role"));
        }
        if (q.from() == null || q.to() == null) {
            throw new ValidationException(q.from() == null ? "from" : "to",
                    MESSAGES.text("satisfactionReports.from_and_required"));
        }
        if (q.to().isBefore(q.from())) {
            throw new ValidationException("to", MESSAGES.text("satisfactionReports.before_from"));
        }
        if (q.from().plusDays(MAX_DAYS).isBefore(q.to())) {
            throw new ValidationException("to", MESSAGES.text("satisfactionReports.period_at_most_three_years"));
        }
        List<Long> units = UnitScope.ids(org, actor, q.unitId()); // 404 for a unit out of reach
        List<Row> rows = Jpa.read(emf, em -> {
            StringBuilder jpql = new StringBuilder("SELECT e.unitId, e.windowNo, e.staffId, e.day, e.indicators"
                    + " FROM EvaluationEntity e WHERE e.day >= :from AND e.day <= :to AND e.indicators IS NOT NULL");
            Map<String, Object> parameters = new HashMap<>();
            if (units != null) {
                jpql.append(" AND ").append(Jpa.unitIn(em, "e.unitId", units, "units", parameters));
            }
            if (q.channel() != null) {
                jpql.append(" AND e.channel = :channel");
            }
            TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class)
                    .setParameter("from", q.from()).setParameter("to", q.to());
            parameters.forEach(query::setParameter);
            if (q.channel() != null) {
                query.setParameter("channel", q.channel().name());
            }
            List<Row> out = new ArrayList<>();
            for (Object[] r : query.getResultList()) {
                out.add(new Row(((Number) r[0]).longValue(), (String) r[1], r[2] == null ? null
                        : ((Number) r[2])
                                .longValue(),
                        (LocalDate) r[3], (String) r[4]));
            }
            return out;
        });
        IndicatorRules.Tally tally = new IndicatorRules.Tally();
        Map<String, String> labels = new HashMap<>();
        Map<Long, String> unitNames = new HashMap<>();
        Map<Long, String> staffNames = new HashMap<>();
        for (Row r : rows) {
            String key = q.by() == null ? "" : switch (q.by()) {
                case WINDOW -> r.unitId() + ":" + (r.windowNo() == null ? "" : r.windowNo());
                case STAFF -> r.staffId() == null ? null : Long.toString(r.staffId());
                case UNIT -> Long.toString(r.unitId());
                case MONTH -> r.day().toString().substring(0, 7);
            };
            if (key == null) {
                continue; // an evaluation naming no staff member counts for no one
            }
            if (!labels.containsKey(key)) {
                labels.put(key, label(actor, q.by(), r, unitNames, staffNames));
            }
            tally.add(key, r.indicators());
        }
        List<String> order = new ArrayList<>(labels.keySet());
        order.sort(q.by() == IndicatorBreakdown.MONTH ? Comparator.naturalOrder()
                : Comparator.comparing((String k) -> labels.get(k)).thenComparing(Comparator.naturalOrder()));
        Map<String, String> names = new LinkedHashMap<>();
        for (Channel c : List.of(Channel.WINDOW_DEVICE, Channel.WEB)) {
            for (Indicator i : evaluations.indicators(c)) {
                names.putIfAbsent(i.id(), i.nameZh());
            }
        }
        return tally.ratings(order, labels, new ArrayList<>(names.keySet()), names).stream()
                .map(r -> r.key().isEmpty() ? new IndicatorRating(null, r.label(), r.indicator(), r.indicatorName(),
                        r.rated(), r.average(), r.satisfied(), r.counts()) : r)
                .toList();
    }

    private String label(Actor actor, IndicatorBreakdown by, Row r, Map<Long, String> units, Map<Long, String> staff) {
        if (by == null) {
            return MESSAGES.get(Languages.CHINESE, "indicators.total");
        }
        return switch (by) {
            case WINDOW -> r.windowNo() == null
                    ? unit(actor, r.unitId(), units) + MESSAGES.get(Languages.CHINESE, "indicators.noWindow")
                    : MESSAGES.get(Languages.CHINESE, "indicators.window", unit(actor, r.unitId(), units),
                            r.windowNo());
            case STAFF -> staff.computeIfAbsent(r.staffId(),
                    id -> org.staffMember(actor, id).map(Staff::name).orElse(Long.toString(id)));
            case UNIT -> unit(actor, r.unitId(), units);
            case MONTH -> r.day().toString().substring(0, 7);
        };
    }

    private String unit(Actor actor, long id, Map<Long, String> units) {
        return units.computeIfAbsent(id, u -> org.unit(actor, u).map(OrgUnit::name).orElse(Long.toString(u)));
    }

    @Override
    public Table table(List<IndicatorRating> ratings) {
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorRating r : ratings) {
            List<Object> row = new ArrayList<>(List.of(r.label(), r.indicatorName(), r.rated(), r.average(),
                    r.satisfied()));
            for (long c : r.counts()) {
                row.add(c);
            }
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(h("indicators.column.part"), h("indicators.column.indicator"),
                h("indicators.column.rated"), h("indicators.column.average"), h("indicators.column.satisfied")));
        for (int s = 1; s <= 5; s++) {
            headers.add(MESSAGES.get(Languages.CHINESE, "indicators.column.score", s));
        }
        return new Table("indicator-ratings", "分项指标", headers, rows);
    }

    private static String h(String key) {
        return MESSAGES.get(Languages.CHINESE, key);
    }
}
