package org.xingfeng.evaluations.core.internal;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.evaluations.api.Dimension;
import org.xingfeng.evaluations.api.Granularity;
import org.xingfeng.evaluations.api.LevelCounts;
import org.xingfeng.evaluations.api.Satisfaction;
import org.xingfeng.evaluations.api.SatisfactionReports;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * Satisfaction from EVAL_ROLLUP: a figure for one thing reads at most one row per day of the period, whatever the number
 * of evaluations, and the days of past months from those kept in memory ({@link MonthSums}). Settings
 * {@code evaluations.target} (0.90) and {@code evaluations.monthSums}.
 */
@Component(configurationPid = SatisfactionReportsImpl.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SatisfactionReportsImpl.Config.class)
public class SatisfactionReportsImpl implements SatisfactionReports {

    static final Messages MESSAGES = Messages.of(SatisfactionReportsImpl.class);

    public static final String PID = "org.xingfeng.evaluations.satisfaction";

    @ObjectClassDefinition(id = PID, name = "Satisfaction", description = "满意度 reports")
    public @interface Config {

        @AttributeDefinition(name = "Target",
                description = "the satisfaction target (满意度目标) reports compare with, 0..1")
        double evaluations_target() default 0.90;

        @AttributeDefinition(name = "Months kept",
                description = "months of a key's day counts the reports keep in memory (about 1.2 KiB each)")
        int evaluations_monthSums() default 20_000;
    }

    static final int MAX_DAYS = 3 * 366 + 1;

    private final EntityManagerFactory emf;
    private final BureauTime time;
    private final OrgService org;
    private final double target;
    private final MonthSums monthSums;

    @Activate
    public SatisfactionReportsImpl(@Reference EvaluationsDatabase db, @Reference OrgService org,
            @Reference BureauTime time, Config config) {
        this.time = time;
        this.emf = db.emf();
        this.org = org;
        this.target = config.evaluations_target();
        this.monthSums = new MonthSums(Math.max(0, config.evaluations_monthSums()));
        // the first statement after a start costs most of a report's time: pay it now
        Jpa.read(emf, em -> RollupStore.sum(em, "U", "0", time.today(), time.today()));
    }

    @Override
    public double target() {
        return target;
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new ValidationException("from", MESSAGES.text("satisfactionReports.from_and_required"));
        }
        if (to.isBefore(from)) {
            throw new ValidationException("to", MESSAGES.text("satisfactionReports.before_from"));
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new ValidationException("to", MESSAGES.text("satisfactionReports.period_at_most_three_years"));
        }
    }

    private static String rollupKey(Dimension d, long unitId, String key) {
        return switch (d) {
            case UNIT -> Long.toString(unitId);
            case WINDOW, MATTER -> Rollup.within(unitId, key);
            case STAFF, SECTION -> key;
        };
    }

    private String name(Actor actor, Dimension d, long unitId, String key) {
        try {
            return switch (d) {
                case UNIT -> org.unit(actor, unitId).map(OrgUnit::name).orElse(key);
                case WINDOW -> key + "号窗口";
                case STAFF -> org.staffMember(actor, Long.parseLong(key)).map(Staff::name).orElse(key);
                case SECTION -> org.section(actor, Long.parseLong(key)).map(Section::name).orElse(key);
                case MATTER -> key;
            };
        } catch (NumberFormatException e) {
            throw new ValidationException("key", MESSAGES.text("satisfactionReports.key_number", EnumNames.of(d), key));
        }
    }

    /**
     * Refuses a report on something outside the actor's reach as not found: a unit (and its windows and matters), or a
     * staff member or section by the unit they belong to.
     */
    private void checkReach(Actor actor, Dimension d, long unitId, String key) {
        if (actor.reach().everywhere()) {
            return;
        }
        switch (d) {
            case UNIT, WINDOW, MATTER -> actor.reach().checkUnit(unitId);
            case STAFF -> org.staffMember(actor, number(d, key))
                    .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.staff"), key));
            case SECTION -> org.section(actor, number(d, key))
                    .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.section"), key));
        }
    }

    private static long number(Dimension d, String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new ValidationException("key", MESSAGES.text("satisfactionReports.key_number", EnumNames.of(d), key));
        }
    }

    @Override
    public Satisfaction satisfaction(Actor actor, Dimension dimension, long unitId, String key, LocalDate from,
            LocalDate to) {
        checkPeriod(from, to);
        if (dimension == Dimension.UNIT) {
            key = Long.toString(unitId);
        }
        if (key == null || key.isBlank()) {
            throw new ValidationException("key",
                    MESSAGES.text("satisfactionReports.key_required", EnumNames.of(dimension)));
        }
        String k = key.strip();
        checkReach(actor, dimension, unitId, k);
        String name;
        if (dimension == Dimension.STAFF || dimension == Dimension.SECTION) {
            name = name(actor, dimension, unitId, k);
        } else {
            OrgUnit unit = org.unit(actor, unitId)
                    .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.orgUnit"), unitId));
            name = dimension == Dimension.UNIT ? unit.name() : name(actor, dimension, unitId, k);
        }
        String rkey = rollupKey(dimension, unitId, k);
        long[] c = Jpa.read(emf, em -> monthSums.byKeys(em, Rollup.code(dimension), List.of(rkey), from, to,
                time.today())).getOrDefault(rkey, new long[RollupStore.WIDTH]);
        return Satisfaction.of(dimension, k, name, from, to, RollupStore.counted(c), RollupStore.excluded(c), target);
    }

    @Override
    public List<Satisfaction> breakdown(Actor actor, long unitId, Dimension by, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        OrgUnit unit = org.unit(actor, unitId)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.orgUnit"), unitId));
        Map<String, long[]> sums;
        Map<String, String> names = new LinkedHashMap<>();
        switch (by) {
            case UNIT -> {
                for (OrgUnit u : org.subtree(actor, unit.id())) { // the tree in memory, not every unit read
                    if (u.parentId() != null && u.parentId() == unit.id()) {
                        names.put(Long.toString(u.id()), u.name());
                    }
                }
                sums = sumsOf("U", names.keySet(), from, to);
            }
            case STAFF -> {
                for (Staff s : org.staff(actor, new StaffQuery(unitId, null, null, null, null), PageRequest.EXPORT)
                        .items()) {
                    names.put(Long.toString(s.id()), s.name());
                }
                sums = sumsOf("S", names.keySet(), from, to);
            }
            case SECTION -> {
                for (Section s : org.sections(actor, unitId)) {
                    names.put(Long.toString(s.id()), s.name());
                }
                sums = sumsOf("C", names.keySet(), from, to);
            }
            case WINDOW, MATTER -> {
                String prefix = Rollup.within(unitId, "");
                Map<String, long[]> raw = Jpa.read(emf,
                        em -> monthSums.byPrefix(em, Rollup.code(by), prefix, from, to, time.today()));
                sums = new LinkedHashMap<>();
                raw.forEach((k, v) -> {
                    String local = k.substring(prefix.length());
                    sums.put(local, v);
                    names.put(local, by == Dimension.WINDOW ? local + "号窗口" : local);
                });
            }
            default -> throw new IllegalArgumentException(by.name());
        }
        List<Satisfaction> rows = new ArrayList<>();
        names.forEach((k, name) -> {
            long[] c = sums.getOrDefault(k, new long[RollupStore.WIDTH]);
            rows.add(Satisfaction.of(by, k, name, from, to, RollupStore.counted(c), RollupStore.excluded(c), target));
        });
        rows.sort(Comparator.comparing((Satisfaction s) -> s.rate() == null ? 2.0 : s.rate())
                .thenComparing(Satisfaction::key));
        return rows;
    }

    private Map<String, long[]> sumsOf(String dim, Collection<String> keys, LocalDate from, LocalDate to) {
        List<String> list = new ArrayList<>(keys);
        return Jpa.read(emf, em -> monthSums.byKeys(em, dim, list, from, to, time.today()));
    }

    @Override
    public List<Satisfaction> trend(Actor actor, Dimension dimension, long unitId, String key, LocalDate from,
            LocalDate to,
            Granularity granularity) {
        checkPeriod(from, to);
        String k = dimension == Dimension.UNIT ? Long.toString(unitId) : key;
        if (k == null || k.isBlank()) {
            throw new ValidationException("key",
                    MESSAGES.text("satisfactionReports.key_required", EnumNames.of(dimension)));
        }
        checkReach(actor, dimension, unitId, k.strip());
        String name = name(actor, dimension, unitId, k.strip());
        Map<LocalDate, long[]> days = Jpa.read(emf,
                em -> RollupStore.byDay(em, Rollup.code(dimension), rollupKey(dimension, unitId, k.strip()), from, to));
        List<Satisfaction> periods = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate end = periodEnd(start, granularity);
            if (end.isAfter(to)) {
                end = to;
            }
            LevelCounts counted = LevelCounts.ZERO;
            LevelCounts excluded = LevelCounts.ZERO;
            for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                long[] c = days.get(d);
                if (c != null) {
                    counted = counted.plus(RollupStore.counted(c));
                    excluded = excluded.plus(RollupStore.excluded(c));
                }
            }
            periods.add(Satisfaction.of(dimension, k.strip(), name, start, end, counted, excluded, target));
            start = end.plusDays(1);
        }
        return periods;
    }

    static LocalDate periodEnd(LocalDate start, Granularity g) {
        return switch (g) {
            case DAY -> start;
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            case QUARTER -> {
                int q = start.get(IsoFields.QUARTER_OF_YEAR);
                LocalDate last = LocalDate.of(start.getYear(), q * 3, 1);
                yield last.withDayOfMonth(last.lengthOfMonth());
            }
            case YEAR -> LocalDate.of(start.getYear(), 12, 31);
        };
    }
}
