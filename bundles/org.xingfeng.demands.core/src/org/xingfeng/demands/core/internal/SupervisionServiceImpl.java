package org.xingfeng.demands.core.internal;

import static org.xingfeng.demands.core.internal.DemandsText.MESSAGES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.demands.api.demands.Demand;
import org.xingfeng.demands.api.supervision.BoardEntry;
import org.xingfeng.demands.api.supervision.DeadlineStatus;
import org.xingfeng.demands.api.supervision.DemandFigure;
import org.xingfeng.demands.api.supervision.FigureDimension;
import org.xingfeng.demands.api.supervision.FiguresQuery;
import org.xingfeng.demands.api.supervision.SupervisionService;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * 督办 and figures over DMD_DEMAND: the deadlines are worked out for today with {@link DemandDeadlines} (the calendar
 * and the extensions), so the board and the figures need no job that marks demands overdue.
 */
@Component
public class SupervisionServiceImpl implements SupervisionService {

    /** The longest period the figures cover. */
    static final int MAX_PERIOD_DAYS = 3660;

    private final EntityManagerFactory emf;
    private final OrgService org;
    private final BureauTime time;
    private final DemandDeadlines deadlines;

    @Activate
    public SupervisionServiceImpl(@Reference DemandsDatabase database, @Reference OrgService org,
            @Reference BureauTime time, @Reference DemandDeadlines deadlines) {
        this.emf = database.emf();
        this.org = org;
        this.time = time;
        this.deadlines = deadlines;
    }

    /** Demands of the units (null: all), received in the period (null bounds: any), duplicates left out. */
    private List<Demand> demands(List<Long> units, LocalDate from, LocalDate to, boolean openOnly, DemandViews views) {
        return Jpa.read(emf, em -> {
            StringBuilder jpql = new StringBuilder("select d from DemandEntity d where d.duplicateOf is null");
            Map<String, Object> parameters = new HashMap<>();
            if (units != null) {
                jpql.append(" and ").append(Jpa.unitIn(em, "d.unitId", units, "units", parameters));
            }
            if (from != null) {
                jpql.append(" and d.receivedOn >= :from");
            }
            if (to != null) {
                jpql.append(" and d.receivedOn <= :to");
            }
            if (openOnly) {
                jpql.append(
                        " and d.repliedOn is null and d.state <> org.xingfeng.demands.api.demands.DemandState.CLOSED");
            }
            jpql.append(" order by d.id");
            TypedQuery<DemandEntity> q = em.createQuery(jpql.toString(), DemandEntity.class);
            parameters.forEach(q::setParameter);
            if (from != null) {
                q.setParameter("from", from);
            }
            if (to != null) {
                q.setParameter("to", to);
            }
            List<DemandEntity> rows = q.getResultList();
            Map<Long, List<ExtensionEntity>> ext = DemandViews.extensions(em, rows.stream().map(e -> e.id).toList());
            return rows.stream().map(e -> views.demand(e, ext.getOrDefault(e.id, List.of()))).toList();
        });
    }

    /** Demands of the units (null: all) replied and not yet rated, duplicates left out. */
    private List<Demand> replied(List<Long> units, DemandViews views) {
        return Jpa.read(emf, em -> {
            Map<String, Object> parameters = new HashMap<>();
            TypedQuery<DemandEntity> q = em.createQuery("select d from DemandEntity d where d.duplicateOf is null"
                    + " and d.state = org.xingfeng.demands.api.demands.DemandState.REPLIED"
                    + (units != null ? " and " + Jpa.unitIn(em, "d.unitId", units, "units", parameters) : "")
                    + " order by d.id", DemandEntity.class);
            parameters.forEach(q::setParameter);
            List<DemandEntity> rows = q.getResultList();
            Map<Long, List<ExtensionEntity>> ext = DemandViews.extensions(em, rows.stream().map(e -> e.id).toList());
            return rows.stream().map(e -> views.demand(e, ext.getOrDefault(e.id, List.of()))).toList();
        });
    }

    @Override
    public List<BoardEntry> board(Actor actor, Long unitId) {
        DemandRules.requireReader(actor);
        List<Long> units = DemandViews.scope(org, actor, unitId);
        DemandViews views = new DemandViews(org, deadlines, time.today());
        LocalDate today = views.today();
        List<BoardEntry> board = new ArrayList<>();
        for (Demand d : demands(units, null, null, true, views)) {
            if (DeadlineRules.onBoard(d.deadline())) {
                board.add(new BoardEntry(d.id(), d.unitId(), d.unitName(), d.category(), d.topic(), d.state(),
                        d.leadSectionName(), d.dueDate(), d.deadline(),
                        deadlines.calendar().workingDaysBetween(d.dueDate(), today), d.reminded(), d.escalated()));
            }
        }
        // replied, waiting for the call-back (回访) past its day
        for (Demand d : replied(units, views)) {
            LocalDate callBack = deadlines.callBackDue(d.repliedOn());
            if (today.isAfter(callBack)) {
                board.add(new BoardEntry(d.id(), d.unitId(), d.unitName(), d.category(), d.topic(), d.state(),
                        d.leadSectionName(), callBack, DeadlineStatus.CALL_BACK_OVERDUE,
                        deadlines.calendar().workingDaysBetween(callBack, today), d.reminded(), d.escalated()));
            }
        }
        board.sort(Comparator.comparingInt(BoardEntry::workingDaysOverdue).reversed()
                .thenComparing(BoardEntry::dueDate).thenComparingLong(BoardEntry::demandId));
        return board;
    }

    @Override
    public Table boardTable(List<BoardEntry> entries) {
        List<List<Object>> lines = new ArrayList<>();
        for (BoardEntry b : entries) {
            lines.add(Arrays.asList(b.demandId(), b.unitName(), b.category().nameZh(), b.topic(), b.state().nameZh(),
                    b.leadSectionName(), b.dueDate(), b.status().nameZh(), b.workingDaysOverdue(),
                    yesNo(b.reminded()), yesNo(b.escalated())));
        }
        return new Table("督办", "督办", DemandServiceImpl.columns("id", "unit", "category", "topic", "state",
                "leadSection", "dueDate", "deadline", "daysOverdue", "reminded", "escalated"), lines);
    }

    private static String yesNo(boolean b) {
        return DemandServiceImpl.column(b ? "yes" : "no");
    }

    @Override
    public List<DemandFigure> figures(Actor actor, FiguresQuery query) {
        DemandRules.requireReader(actor);
        FiguresQuery q = query == null ? new FiguresQuery(null, null, null, null) : query;
        if (q.from() != null && q.to() != null
                && (q.to().isBefore(q.from()) || q.from().plusDays(MAX_PERIOD_DAYS).isBefore(q.to()))) {
            throw new ValidationException("to", MESSAGES.text("figures.period", MAX_PERIOD_DAYS));
        }
        FigureDimension by = q.by() == null ? FigureDimension.UNIT : q.by();
        List<Long> units = DemandViews.scope(org, actor, q.unitId());
        DemandViews views = new DemandViews(org, deadlines, time.today());
        List<FigureRules.Row> rows = new ArrayList<>();
        List<Demand> demands = new ArrayList<>(demands(units, q.from(), q.to(), false, views));
        demands.sort(Comparator.comparing(d -> key(d, by)));
        for (Demand d : demands) {
            rows.add(new FigureRules.Row(key(d, by), label(d, by), d.deadline(), d.satisfied()));
        }
        return FigureRules.figures(rows, MESSAGES.get(Languages.CHINESE, "figures.total"));
    }

    private static String key(Demand d, FigureDimension by) {
        return switch (by) {
            case UNIT -> String.valueOf(d.unitId());
            case SECTION -> d.leadSectionId() == null ? "none" : String.valueOf(d.leadSectionId());
            case CATEGORY -> d.category().name();
            case MONTH -> d.receivedDate().toString().substring(0, 7);
        };
    }

    private static String label(Demand d, FigureDimension by) {
        return switch (by) {
            case UNIT -> d.unitName();
            case SECTION -> d.leadSectionId() == null ? MESSAGES.get(Languages.CHINESE, "figures.unassigned")
                    : d.leadSectionName();
            case CATEGORY -> d.category().nameZh();
            case MONTH -> d.receivedDate().toString().substring(0, 7);
        };
    }

    @Override
    public Table figuresTable(List<DemandFigure> figures) {
        List<List<Object>> lines = new ArrayList<>();
        for (DemandFigure f : figures) {
            lines.add(Arrays.asList(f.label(), f.total(), f.due(), f.onTime(), f.onTimeRate(), f.rated(), f.satisfied(),
                    f.satisfactionRate()));
        }
        return new Table("诉求统计", "统计", DemandServiceImpl.columns("part", "total", "due", "onTime", "onTimeRate",
                "rated", "satisfiedCount", "satisfactionRate"), lines);
    }
}
