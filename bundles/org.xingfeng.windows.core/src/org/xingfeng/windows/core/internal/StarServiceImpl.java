package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.windows.api.records.RecordState;
import org.xingfeng.windows.api.stars.FactorScore;
import org.xingfeng.windows.api.stars.SelectionEntry;
import org.xingfeng.windows.api.stars.SelectionExclusion;
import org.xingfeng.windows.api.stars.SelectionKind;
import org.xingfeng.windows.api.stars.StaffSelectionEntry;
import org.xingfeng.windows.api.stars.StarFactor;
import org.xingfeng.windows.api.stars.StarQuery;
import org.xingfeng.windows.api.stars.StarService;
import org.xingfeng.windows.api.stars.StarWeights;
import org.xingfeng.windows.api.stars.WindowStars;
import org.xingfeng.windows.api.stars.YearlySelection;
import org.xingfeng.windows.core.internal.EvaluationFigures.Counts;
import org.xingfeng.windows.core.internal.EvaluationFigures.Figures;

/**
 * 星级窗口 counted when asked from the windows' handling records (WIN_RECORD) and tickets (WIN_TICKET), and from the
 * evaluations module's figures while it is there. The yearly selection ranks every window of the province and shows the
 * caller its reach's part. Settings: PID {@value #PID}.
 */
@Component(configurationPid = StarServiceImpl.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = StarServiceImpl.Config.class)
public class StarServiceImpl implements StarService {

    public static final String PID = "org.xingfeng.windows.stars";

    @ObjectClassDefinition(id = PID, name = "Window stars", description = "星级窗口: weights and the yearly selection")
    public @interface Config {

        @AttributeDefinition(name = "Weight: satisfaction", description = "weight of satisfaction (满意度)")
        double windows_stars_weight_satisfaction() default 30;

        @AttributeDefinition(name = "Weight: complaints", description = "weight of upheld complaints (投诉属实)")
        double windows_stars_weight_complaints() default 15;

        @AttributeDefinition(name = "Weight: overdue", description = "weight of the overdue rate of the records")
        double windows_stars_weight_overdue() default 20;

        @AttributeDefinition(name = "Weight: waits", description = "weight of the waits over the target")
        double windows_stars_weight_waits() default 15;

        @AttributeDefinition(name = "Weight: bad reviews", description = "weight of bad reviews closed on time")
        double windows_stars_weight_badReviews() default 10;

        @AttributeDefinition(name = "Weight: volume", description = "weight of the volume of records")
        double windows_stars_weight_volume() default 10;

        @AttributeDefinition(name = "Volume target", description = "records a month for the full volume score")
        int windows_stars_volumeTargetPerMonth() default 100;

        @AttributeDefinition(name = "Complaint penalty", description = "taken off the complaints score per upheld one")
        double windows_stars_complaintPenalty() default 0.25;

        @AttributeDefinition(name = "Wait target", description = "minutes a citizen may wait before the call")
        int windows_stars_waitTargetMinutes() default 15;

        @AttributeDefinition(name = "Model windows", description = "标兵窗口 a province selects a year")
        int windows_selection_model() default 10;

        @AttributeDefinition(name = "Good windows", description = "优质窗口 a province selects a year")
        int windows_selection_good() default 20;

        @AttributeDefinition(name = "Poorly-rated windows", description = "差评窗口 a province names a year")
        int windows_selection_poor() default 10;

        @AttributeDefinition(name = "Model staff", description = "标兵窗口工作人员 a province selects a year")
        int windows_selection_modelStaff() default 10;

        @AttributeDefinition(name = "Fewest records", description = "records a year a window needs to take part")
        int windows_selection_minRecords() default 50;
    }

    private static final Set<String> OPEN = Set.of(RecordState.RECEIVED.name(), RecordState.ACCEPTED.name(),
            RecordState.REVIEWED.name());
    private static final Pattern NAME = Pattern.compile("\\{(w|s):(\\d+)\\}");

    private final EntityManagerFactory emf;
    private final OrgService org;
    private final BureauTime time;
    private final StarWeights weights;
    private final int model;
    private final int good;
    private final int poor;
    private final int modelStaff;
    private final int minRecords;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EvaluationFigures evaluations;

    @Activate
    public StarServiceImpl(@Reference WindowsDatabase database, @Reference OrgService org,
            @Reference BureauTime time, Config c) {
        Map<StarFactor, Double> w = new EnumMap<>(StarFactor.class);
        w.put(StarFactor.SATISFACTION, c.windows_stars_weight_satisfaction());
        w.put(StarFactor.COMPLAINTS, c.windows_stars_weight_complaints());
        w.put(StarFactor.OVERDUE, c.windows_stars_weight_overdue());
        w.put(StarFactor.WAITS, c.windows_stars_weight_waits());
        w.put(StarFactor.BAD_REVIEWS, c.windows_stars_weight_badReviews());
        w.put(StarFactor.VOLUME, c.windows_stars_weight_volume());
        if (w.values().stream().anyMatch(d -> d < 0) || w.values().stream().mapToDouble(d -> d).sum() <= 0
                || c.windows_stars_volumeTargetPerMonth() < 1 || c.windows_stars_complaintPenalty() < 0
                || c.windows_stars_waitTargetMinutes() < 1 || c.windows_selection_model() < 0
                || c.windows_selection_good() < 0 || c.windows_selection_poor() < 0
                || c.windows_selection_modelStaff() < 0 || c.windows_selection_minRecords() < 0) {
            throw new IllegalArgumentException(PID + ": weights, counts and targets must not be negative");
        }
        this.emf = database.emf();
        this.org = org;
        this.time = time;
        this.weights = new StarWeights(w, c.windows_stars_volumeTargetPerMonth(), c.windows_stars_complaintPenalty(),
                c.windows_stars_waitTargetMinutes());
        this.model = c.windows_selection_model();
        this.good = c.windows_selection_good();
        this.poor = c.windows_selection_poor();
        this.modelStaff = c.windows_selection_modelStaff();
        this.minRecords = c.windows_selection_minRecords();
    }

    @Override
    public StarWeights weights() {
        return weights;
    }

    // ---- counting

    private record Period(LocalDate from, LocalDate to, int months) {
    }

    private Period period(int year, Integer month) {
        if (year < 2000 || year > 2100) {
            throw new ValidationException("year", MESSAGES.text("stars.year"));
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new ValidationException("month", MESSAGES.text("stars.month"));
        }
        LocalDate today = time.today();
        if (month != null) {
            LocalDate from = LocalDate.of(year, month, 1);
            return new Period(from, from.plusMonths(1).minusDays(1), 1);
        }
        int months = year == today.getYear() ? today.getMonthValue() : 12;
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), months);
    }

    /** Records and waits per window (and records per staff member) of the period. */
    private static final class Tally {
        int records;
        int withDue;
        int overdue;
        int called;
        int waitsOver;
        String name;
        final Map<Long, Integer> units = new HashMap<>();
    }

    private record Counted(Map<Long, Tally> windows, Map<Long, Tally> staff) {
    }

    private Counted count(Collection<Long> windowIds, Period p) {
        Set<Long> ids = new HashSet<>(windowIds);
        LocalDate today = time.today();
        long target = Duration.ofMinutes(weights.waitTargetMinutes()).toMillis();
        return Jpa.read(emf, em -> {
            Map<Long, Tally> windows = new HashMap<>();
            Map<Long, Tally> staff = new HashMap<>();
            for (HandlingRecordEntity r : em.createQuery("SELECT r FROM HandlingRecordEntity r WHERE r.windowId IS NOT "
                    + "NULL AND r.openedOn >= :f AND r.openedOn <= :t", HandlingRecordEntity.class)
                    .setParameter("f", p.from()).setParameter("t", p.to()).getResultList()) {
                if (!ids.contains(r.windowId)) {
                    continue;
                }
                Tally w = windows.computeIfAbsent(r.windowId, k -> new Tally());
                Tally s = r.staffId == null ? null : staff.computeIfAbsent(r.staffId, k -> new Tally());
                boolean withDue = r.dueDate != null && (r.closedOn != null || r.dueDate.isBefore(today));
                boolean overdue = r.dueDate != null && (r.closedOn != null ? r.closedOn.isAfter(r.dueDate)
                        : OPEN.contains(r.state) && today.isAfter(r.dueDate));
                for (Tally t : s == null ? List.of(w) : List.of(w, s)) {
                    t.records++;
                    t.withDue += withDue ? 1 : 0;
                    t.overdue += withDue && overdue ? 1 : 0;
                }
                if (s != null) {
                    s.name = r.staffName;
                    s.units.merge(r.unitId, 1, Integer::sum);
                }
            }
            for (Object[] row : em.createQuery("SELECT t.windowId, t.takenAt, t.calledAt FROM TicketEntity t WHERE "
                    + "t.windowId IS NOT NULL AND t.calledAt IS NOT NULL AND t.day >= :f AND t.day <= :t",
                    Object[].class).setParameter("f", p.from()).setParameter("t", p.to()).getResultList()) {
                Long window = (Long) row[0];
                if (!ids.contains(window)) {
                    continue;
                }
                Tally w = windows.computeIfAbsent(window, k -> new Tally());
                w.called++;
                if (((Timestamp) row[2]).getTime() - ((Timestamp) row[1]).getTime() > target) {
                    w.waitsOver++;
                }
            }
            return new Counted(windows, staff);
        });
    }

    private Figures figures(Period p) {
        EvaluationFigures e = evaluations;
        if (e == null) {
            return null;
        }
        try {
            return e.figures(p.from(), p.to());
        } catch (RuntimeException gone) { // the module going away under us: rate as without it
            return null;
        }
    }

    private static StarRules.Inputs inputs(Tally t, Counts c, boolean waits, int months) {
        Tally n = t == null ? new Tally() : t;
        Counts e = c == null ? Counts.NONE : c;
        boolean ev = c != null;
        return new StarRules.Inputs(ev ? e.satisfied() : null, ev ? e.evaluated() : null,
                ev ? e.upheldComplaints() : null, n.withDue, n.overdue, n.records, waits ? n.called : null,
                waits ? n.waitsOver : null, ev ? e.bad() : null, ev ? e.badClosedOnTime() : null, months);
    }

    /** The windows of the units (null: all), rated over the period, best first. */
    private List<WindowStars> rate(Collection<Long> units, int year, Integer month) {
        Period p = period(year, month);
        List<WindowEntity> windows = Jpa.read(emf, em -> em
                .createQuery("SELECT w FROM WindowEntity w ORDER BY w.unitId, w.hallId, w.number", WindowEntity.class)
                .getResultList());
        Set<Long> scope = units == null ? null : new HashSet<>(units);
        windows = windows.stream().filter(w -> scope == null || scope.contains(w.unitId)).toList();
        Map<Long, HallEntity> halls = Jpa.read(emf, em -> em
                .createQuery("SELECT h FROM HallEntity h", HallEntity.class).getResultList().stream()
                .collect(Collectors.toMap(h -> h.id, h -> h)));
        Counted counted = count(windows.stream().map(w -> w.id).toList(), p);
        Figures f = figures(p);
        Map<Long, String> unitNames = new HashMap<>();
        List<WindowStars> out = new ArrayList<>();
        for (WindowEntity w : windows) {
            Counts c = f == null ? null
                    : f.byWindow().getOrDefault(EvaluationFigures.windowKey(w.unitId, w.number),
                            Counts.NONE);
            Tally t = counted.windows().get(w.id);
            StarRules.Rating r = StarRules.rate(inputs(t, c, true, p.months()), weights);
            HallEntity h = halls.get(w.hallId);
            out.add(new WindowStars(w.id, w.hallId, w.unitId, unitName(unitNames, w.unitId),
                    h == null ? "" : h.name, w.number, w.label, year, month, t == null ? 0 : t.records, r.score(),
                    r.stars(), r.factors(), r.explanation()));
        }
        out.sort(Comparator.comparing(WindowStars::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparingLong(WindowStars::windowId));
        return out;
    }

    private String unitName(Map<Long, String> cache, long unitId) {
        return cache.computeIfAbsent(unitId,
                id -> org.unit(Actor.SYSTEM, id).map(OrgUnit::name).orElse(String.valueOf(id)));
    }

    /** The unit and below (404 out of reach), or the caller's reach (null: everywhere). */
    private List<Long> units(Actor actor, Long unitId) {
        if (unitId != null) {
            if (!actor.reach().contains(unitId) || org.unit(actor, unitId).isEmpty()) {
                throw new NotFoundException(MESSAGES.text("entity.unit"), unitId);
            }
            return org.subtree(actor, unitId).stream().map(OrgUnit::id).toList();
        }
        return actor.reach().everywhere() ? null : List.copyOf(actor.reach().unitIds());
    }

    @Override
    public List<WindowStars> stars(Actor actor, StarQuery query) {
        Access.requireReader(actor);
        return rate(units(actor, query.unitId()), query.year(), query.month());
    }

    // ---- the yearly selection

    private OrgUnit province(Actor actor, Long unitId) {
        Long start = unitId != null ? unitId : actor.reach().homeUnitId();
        if (start == null) {
            List<OrgUnit> roots = org.units(Actor.SYSTEM).stream().filter(u -> u.parentId() == null).toList();
            if (roots.size() != 1) {
                throw new ValidationException("unitId", MESSAGES.text("stars.unit.required"));
            }
            return roots.get(0);
        }
        if (unitId != null && (!actor.reach().contains(unitId) || org.unit(actor, unitId).isEmpty())) {
            throw new NotFoundException(MESSAGES.text("entity.unit"), unitId);
        }
        OrgUnit u = org.unit(Actor.SYSTEM, start).orElseThrow(() -> new NotFoundException(
                MESSAGES.text("entity.unit"), start));
        while (u.parentId() != null) {
            long parent = u.parentId();
            u = org.unit(Actor.SYSTEM, parent).orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.unit"),
                    parent));
        }
        return u;
    }

    @Override
    public YearlySelection selection(Actor actor, Long unitId, int year) {
        Access.requireReader(actor);
        OrgUnit province = province(actor, unitId);
        List<Long> units = org.subtree(Actor.SYSTEM, province.id()).stream().map(OrgUnit::id).toList();
        List<WindowStars> rated = rate(units, year, null);
        Map<Long, WindowStars> byId = rated.stream().collect(Collectors.toMap(WindowStars::windowId, w -> w));
        List<StarRules.Candidate> windows = rated.stream()
                .map(w -> new StarRules.Candidate(w.windowId(), "{w:" + w.windowId() + "}", w.unitId(), w.records(),
                        w.score(), satisfaction(w)))
                .toList();
        StarRules.Selection s = StarRules.select(windows, minRecords, model, good, poor);
        Predicate<Long> inReach = actor.reach()::contains;
        Map<Long, String> staffNames = new HashMap<>();
        List<SelectionEntry> m = entries(SelectionKind.MODEL, s.model(), byId, inReach);
        List<SelectionEntry> g = entries(SelectionKind.GOOD, s.good(), byId, inReach);
        List<SelectionEntry> p = entries(SelectionKind.POOR, s.poor(), byId, inReach);
        List<SelectionExclusion> excluded = new ArrayList<>();
        for (StarRules.Excluded e : s.excluded()) {
            if (inReach.test(e.candidate().unitId())) {
                WindowStars w = byId.get(e.candidate().id());
                excluded.add(new SelectionExclusion(w.windowId(), null, name(w), w.unitId(), w.records(), e.reason()));
            }
        }
        // model staff: the window staff of the province rated on their own records and evaluations (no waits)
        Period period = period(year, null);
        Counted counted = count(byId.keySet(), period);
        Figures f = figures(period);
        List<StarRules.Candidate> staff = new ArrayList<>();
        Map<Long, StarRules.Rating> staffRatings = new HashMap<>();
        Map<Long, Long> staffUnit = new HashMap<>();
        counted.staff().forEach((id, t) -> {
            Counts c = f == null ? null : f.byStaff().getOrDefault(id, Counts.NONE);
            StarRules.Rating r = StarRules.rate(inputs(t, c, false, period.months()), weights);
            long unit = t.units.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(province.id());
            staffRatings.put(id, r);
            staffUnit.put(id, unit);
            staffNames.put(id, t.name == null ? String.valueOf(id) : t.name);
            FactorScore sat = r.factors().get(0);
            staff.add(new StarRules.Candidate(id, "{s:" + id + "}", unit, t.records, r.score(),
                    sat.missing() ? null : sat.score()));
        });
        StarRules.Selection ss = StarRules.select(staff, minRecords, modelStaff, 0, 0);
        List<StaffSelectionEntry> ms = new ArrayList<>();
        Map<Long, String> unitNames = new HashMap<>();
        for (StarRules.Ranked r : ss.model()) {
            long id = r.candidate().id();
            if (!inReach.test(r.candidate().unitId())) {
                continue;
            }
            String number = org.staffMember(Actor.SYSTEM, id).map(Staff::staffNumber).orElse("");
            ms.add(new StaffSelectionEntry(r.rank(), id, number, staffNames.get(id), r.candidate().unitId(),
                    unitName(unitNames, r.candidate().unitId()), r.candidate().records(), r.candidate().score(),
                    staffRatings.get(id).explanation()));
        }
        for (StarRules.Excluded e : ss.excluded()) {
            long id = e.candidate().id();
            if (inReach.test(e.candidate().unitId())) {
                excluded.add(new SelectionExclusion(null, id, staffNames.get(id), e.candidate().unitId(),
                        e.candidate().records(), e.reason()));
            }
        }
        List<String> ties = new ArrayList<>();
        Function<String, String> names = text -> names(text, byId, staffNames, staffUnit, inReach);
        s.ties().forEach(t -> ties.add(names.apply(t)));
        ss.ties().stream().map(t -> "标兵窗口工作人员：" + names.apply(t)).forEach(ties::add);
        return new YearlySelection(province.id(), province.name(), year, minRecords, model, good, poor, modelStaff,
                s.candidates(), m, g, p, ms, excluded, ties);
    }

    private static Double satisfaction(WindowStars w) {
        FactorScore f = w.factors().get(0);
        return f.missing() ? null : f.score();
    }

    private static String name(WindowStars w) {
        return w.hallName() + " " + w.windowNumber() + "号窗口";
    }

    /** Names in a tie's text: those out of the caller's reach are not named. */
    private static String names(String text, Map<Long, WindowStars> windows, Map<Long, String> staff,
            Map<Long, Long> staffUnit, Predicate<Long> inReach) {
        Matcher m = NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long id = Long.parseLong(m.group(2));
            String name;
            if (m.group(1).equals("w")) {
                WindowStars w = windows.get(id);
                name = w != null && inReach.test(w.unitId()) ? name(w) : MESSAGES.text("stars.otherWindow").toString();
            } else {
                Long unit = staffUnit.get(id);
                name = unit != null && inReach.test(unit) ? staff.get(id)
                        : MESSAGES.text("stars.otherStaff").toString();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        m.appendTail(out);
        return out.toString();
    }

    private List<SelectionEntry> entries(SelectionKind kind, List<StarRules.Ranked> ranked,
            Map<Long, WindowStars> byId, Predicate<Long> inReach) {
        List<SelectionEntry> out = new ArrayList<>();
        for (StarRules.Ranked r : ranked) {
            WindowStars w = byId.get(r.candidate().id());
            if (inReach.test(w.unitId())) {
                out.add(new SelectionEntry(kind, r.rank(), w, r.note() == null ? null
                        : names(r.note(), byId, Map.of(), Map.of(), inReach)));
            }
        }
        return out;
    }

    // ---- sheets

    @Override
    public Table starsTable(List<WindowStars> stars) {
        List<String> headers = new ArrayList<>(List.of("单位", "大厅", "窗口", "年", "月", "办件数", "得分", "星级"));
        for (StarFactor f : StarFactor.values()) {
            headers.add(f.nameZh());
        }
        headers.add("说明");
        List<List<Object>> rows = new ArrayList<>();
        for (WindowStars w : stars) {
            List<Object> row = new ArrayList<>(List.of(w.unitName(), w.hallName(), w.windowNumber(), w.year(),
                    w.month() == null ? "全年" : w.month(), w.records(), w.score() == null ? "" : w.score(),
                    w.stars()));
            for (FactorScore f : w.factors()) {
                row.add(f.missing() ? "缺项" : StarRules.round2(f.score()));
            }
            row.add(w.explanation());
            rows.add(row);
        }
        return new Table("window-stars.xlsx", "星级窗口", headers, rows);
    }

    @Override
    public Table selectionTable(YearlySelection s) {
        List<List<Object>> rows = new ArrayList<>();
        for (List<SelectionEntry> list : List.of(s.model(), s.good(), s.poor())) {
            for (SelectionEntry e : list) {
                WindowStars w = e.window();
                rows.add(List.of(e.kind().nameZh(), e.rank(), w.unitName(), name(w), w.records(),
                        w.score() == null ? "" : w.score(), w.stars(), e.note() == null ? w.explanation()
                                : e.note() + "；" + w.explanation()));
            }
        }
        for (StaffSelectionEntry e : s.modelStaff()) {
            rows.add(List.of("标兵窗口工作人员", e.rank(), e.unitName(), e.staffName() + "（" + e.staffNumber() + "）",
                    e.records(), e.score() == null ? "" : e.score(), "", e.explanation()));
        }
        for (SelectionExclusion e : s.excluded()) {
            rows.add(List.of("未参评", "", "", e.name(), e.records(), "", "", e.reason()));
        }
        for (String t : s.ties()) {
            rows.add(List.of("说明", "", "", "", "", "", "", t));
        }
        return new Table("window-selection-" + s.year() + ".xlsx", s.year() + "年度评选",
                List.of("名单", "名次", "单位", "窗口/人员", "办件数", "得分", "星级", "说明"), rows);
    }
}
