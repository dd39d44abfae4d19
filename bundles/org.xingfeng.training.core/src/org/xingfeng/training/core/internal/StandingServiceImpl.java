package org.xingfeng.training.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.training.api.attendance.AttendanceMark;
import org.xingfeng.training.api.standing.CertificateAlert;
import org.xingfeng.training.api.standing.PersonStanding;
import org.xingfeng.training.api.standing.StandingService;
import org.xingfeng.training.api.standing.TierCoverage;
import org.xingfeng.training.api.standing.TrainingPolicy;
import org.xingfeng.training.api.standing.UnitCoverage;
import org.xingfeng.training.api.standing.UntrainedStaff;

/** Standing against the rules, worked out from TRN_ATTENDANCE and TRN_COURSE by {@link TrainingRules}. */
@Component
public class StandingServiceImpl implements StandingService {

    static final Messages MESSAGES = Messages.of(StandingServiceImpl.class);

    private final EntityManagerFactory emf;
    private final OrgService org;
    private final UserService users;
    private final BureauTime time;
    private final TrainingPolicy policy;

    @Activate
    public StandingServiceImpl(@Reference TrainingDatabase database, @Reference OrgService org,
            @Reference UserService users, @Reference BureauTime time, @Reference TrainingSettings settings) {
        this.emf = database.emf();
        this.org = org;
        this.users = users;
        this.time = time;
        this.policy = settings.policy();
    }

    @Override
    public TrainingPolicy policy() {
        return policy;
    }

    @Override
    public Optional<PersonStanding> person(Actor actor, long staffId) {
        Access.requireReader(actor);
        return org.staffMember(actor, staffId).map(s -> standing(s, time.today()));
    }

    @Override
    public Optional<PersonStanding> mine(Actor actor) {
        return Access.ownStaffId(users, actor).flatMap(id -> org.staffMember(Actor.SYSTEM, id))
                .map(s -> standing(s, time.today()));
    }

    private PersonStanding standing(Staff s, LocalDate asOf) {
        Map<Long, List<TrainingRules.Taken>> taken = taken(List.of(s.id()));
        List<TrainingRules.Taken> mine = taken.getOrDefault(s.id(), List.of());
        LocalDate last = TrainingRules.lastTrained(s.tier(), mine, policy, asOf);
        int year = asOf.getYear();
        int days = TrainingRules.daysIn(year, mine, asOf);
        BigDecimal hours = TrainingRules.hoursIn(year, mine, asOf);
        BigDecimal projectedHours = TrainingRules.projected(hours, year, asOf);
        BigDecimal projectedDays = TrainingRules.projected(BigDecimal.valueOf(days), year, asOf);
        List<CertificateAlert> alerts = alerts(List.of(s.id()), asOf, new Access.Names(org));
        TrainingRules.Marks marks = TrainingRules.marksIn(year, mine, asOf);
        return new PersonStanding(s.id(), s.staffNumber(), s.name(), s.unitId(), new Access.Names(org).unitName(
                s.unitId()), s.tier(), s.active(), asOf, TrainingRules.tierState(last, policy.coverageYears(), asOf),
                last, TrainingRules.trainedUntil(last, policy.coverageYears()), year, days, hours,
                TrainingRules.yearlyState(days, hours, policy, year, asOf), projectedHours,
                TrainingRules.shortfall(policy.yearlyMinHours(), projectedHours), projectedDays,
                TrainingRules.shortfall(BigDecimal.valueOf(policy.yearlyMinDays()), projectedDays), alerts,
                marks.absent(), marks.excused(), marks.absenceRate());
    }

    /** Each staff member's attendance with its course, read in chunks of ids. */
    private Map<Long, List<TrainingRules.Taken>> taken(Collection<Long> staffIds) {
        Map<Long, List<TrainingRules.Taken>> map = new HashMap<>();
        List<Long> ids = new ArrayList<>(staffIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            List<Object[]> rows = Jpa.read(emf, em -> em.createQuery("select a.staffId, a.day, c.endDate, c.tiers, "
                    + "c.workingDays, a.present, a.passed, a.hours, a.mark from AttendanceEntity a, CourseEntity c "
                    + "where c.id = a.courseId and a.staffId in :ids", Object[].class).setParameter("ids", chunk)
                    .getResultList());
            for (Object[] r : rows) {
                map.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                        .add(new TrainingRules.Taken((LocalDate) r[1], (LocalDate) r[2],
                                TrainingRules.tiersOf((String) r[3]), ((Number) r[4]).intValue(), (Boolean) r[5],
                                (Boolean) r[6], (BigDecimal) r[7], (AttendanceMark) r[8]));
            }
        }
        return map;
    }

    private List<CertificateAlert> alerts(Collection<Long> staffIds, LocalDate asOf, Access.Names names) {
        List<CertificateAlert> alerts = new ArrayList<>();
        List<Long> ids = new ArrayList<>(staffIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            List<Object[]> rows = Jpa.read(emf, em -> em.createQuery("select a.id, a.staffId, c.title, "
                    + "a.certificateNo, a.certificateValidUntil from AttendanceEntity a, CourseEntity c "
                    + "where c.id = a.courseId and a.staffId in :ids and a.certificateValidUntil is not null "
                    + "and a.certificateValidUntil <= :limit", Object[].class).setParameter("ids", chunk)
                    .setParameter("limit", asOf.plusDays(TrainingRules.BANDS[0])).getResultList());
            for (Object[] r : rows) {
                long staffId = ((Number) r[1]).longValue();
                Staff s = names.staff(staffId);
                CertificateAlert a = TrainingRules.alert(((Number) r[0]).longValue(), staffId,
                        s == null ? null : s.name(), (String) r[2], (String) r[3], (LocalDate) r[4], asOf);
                if (a != null) {
                    alerts.add(a);
                }
            }
        }
        alerts.sort(Comparator.comparing(CertificateAlert::validUntil).thenComparing(CertificateAlert::staffId));
        return alerts;
    }

    private List<Staff> activeStaff(Actor actor, Long unitId) {
        return org.staff(actor, new StaffQuery(unitId, null, null, true, null), PageRequest.EXPORT).items();
    }

    @Override
    public UnitCoverage coverage(Actor actor, Long unitId, Integer year) {
        Access.requireReader(actor);
        Long scope = actor.reach().listScope(unitId);
        LocalDate today = time.today();
        int y = year == null ? today.getYear() : year;
        LocalDate asOf = y >= today.getYear() ? today : LocalDate.of(y, 12, 31);
        if (y > today.getYear()) {
            asOf = LocalDate.of(y, 1, 1);
        }
        OrgUnit unit = scope == null || scope < 0 ? null : org.unit(actor, scope).orElse(null);
        List<Staff> staff = scope != null && scope < 0 ? List.of() : activeStaff(actor, scope);
        Map<Long, List<TrainingRules.Taken>> taken = taken(staff.stream().map(Staff::id).toList());
        Map<StaffTier, int[]> counts = new EnumMap<>(StaffTier.class);
        Map<StaffTier, BigDecimal> hours = new EnumMap<>(StaffTier.class);
        List<UntrainedStaff> untrained = new ArrayList<>();
        Access.Names names = new Access.Names(org);
        for (Staff s : staff) {
            List<TrainingRules.Taken> list = taken.getOrDefault(s.id(), List.of());
            LocalDate last = TrainingRules.lastTrained(s.tier(), list, policy, asOf);
            boolean trained = TrainingRules.trainedWithin(last, policy.coverageYears(), asOf);
            int[] c = counts.computeIfAbsent(s.tier(), k -> new int[2]);
            c[0]++;
            if (trained) {
                c[1]++;
            } else {
                untrained.add(new UntrainedStaff(s.id(), s.staffNumber(), s.name(), s.unitId(),
                        names.unitName(s.unitId()), s.tier(), last));
            }
            hours.merge(s.tier(), TrainingRules.hoursIn(y, list, asOf), BigDecimal::add);
        }
        List<TierCoverage> tiers = new ArrayList<>();
        int allStaff = 0;
        int allTrained = 0;
        BigDecimal allHours = BigDecimal.ZERO.setScale(2);
        for (StaffTier t : StaffTier.values()) {
            int[] c = counts.getOrDefault(t, new int[2]);
            BigDecimal h = hours.getOrDefault(t, BigDecimal.ZERO).setScale(2);
            tiers.add(new TierCoverage(t, c[0], c[1], TrainingRules.share(c[1], c[0]), h,
                    TrainingRules.perHead(h, c[0])));
            allStaff += c[0];
            allTrained += c[1];
            allHours = allHours.add(h);
        }
        untrained.sort(Comparator.comparing((UntrainedStaff u) -> u.lastTrained() == null ? LocalDate.MIN
                : u.lastTrained()).thenComparing(UntrainedStaff::staffNumber));
        return new UnitCoverage(unit == null ? 0 : unit.id(), unit == null ? null : unit.name(), y, asOf,
                asOf.minusYears(policy.coverageYears()), tiers,
                new TierCoverage(null, allStaff, allTrained, TrainingRules.share(allTrained, allStaff), allHours,
                        TrainingRules.perHead(allHours, allStaff)),
                untrained);
    }

    @Override
    public Table coverageTable(UnitCoverage coverage) {
        List<List<Object>> rows = new ArrayList<>();
        List<TierCoverage> all = new ArrayList<>(coverage.tiers());
        all.add(coverage.total());
        for (TierCoverage t : all) {
            rows.add(Arrays.asList(coverage.year(), coverage.unitName(),
                    t.tier() == null ? MESSAGES.get(Languages.CHINESE, "tier.all")
                            : t.tier().nameZh(),
                    t.activeStaff(), t.trained(), t.coverage(), t.hours(), t.hoursPerHead()));
        }
        return new Table("培训覆盖率", "覆盖率", CourseServiceImpl.headers("column.year", "column.unit", "column.tier",
                "column.activeStaff", "column.trained", "column.coverage", "column.hours", "column.hoursPerHead"),
                rows);
    }

    @Override
    public Table untrainedTable(UnitCoverage coverage) {
        List<List<Object>> rows = new ArrayList<>();
        for (UntrainedStaff u : coverage.untrained()) {
            rows.add(Arrays.asList(u.unitName(), u.staffNumber(), u.staffName(), u.tier().nameZh(), u.lastTrained()));
        }
        return new Table("未培训人员", "未培训", CourseServiceImpl.headers("column.unit", "column.staffNumber",
                "column.staffName", "column.tier", "column.lastTrained"), rows);
    }

    @Override
    public List<CertificateAlert> expiring(Actor actor, Long unitId) {
        Access.requireReader(actor);
        Long scope = actor.reach().listScope(unitId);
        List<Staff> staff = scope != null && scope < 0 ? List.of()
                : org.staff(actor, new StaffQuery(scope, null, null, null, null), PageRequest.EXPORT).items();
        return alerts(staff.stream().map(Staff::id).toList(), time.today(), new Access.Names(org));
    }

    @Override
    public Table expiringTable(List<CertificateAlert> alerts) {
        List<List<Object>> rows = new ArrayList<>();
        for (CertificateAlert a : alerts) {
            rows.add(Arrays.asList(a.staffName(), a.courseTitle(), a.certificateNo(), a.validUntil(), a.daysLeft(),
                    a.band()));
        }
        return new Table("证书到期提醒", "证书", CourseServiceImpl.headers("column.staffName", "column.title",
                "column.certificateNo", "column.certificateValidUntil", "column.daysLeft", "column.band"), rows);
    }
}
