package org.xingfeng.training.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.training.api.courses.CourseKind;
import org.xingfeng.training.api.needs.NeedQuery;
import org.xingfeng.training.api.needs.TrainingNeed;
import org.xingfeng.training.api.needs.TrainingNeedService;
import org.xingfeng.training.api.needs.TrainingNeeds;

/**
 * Training needs from the evaluations module's records ({@link EvaluationsBridge}, a dynamic optional reference:
 * without the module the list is empty) and the attendance in TRN_ATTENDANCE, by {@link NeedRules}. Nothing is
 * stored: a need is met as soon as the course is recorded. Settings: PID {@value #PID}.
 */
@Component(configurationPid = TrainingNeedServiceImpl.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = TrainingNeedServiceImpl.Config.class)
public class TrainingNeedServiceImpl implements TrainingNeedService {

    public static final String PID = "org.xingfeng.training.needs";
    static final Messages MESSAGES = Messages.of(TrainingNeedServiceImpl.class);

    @ObjectClassDefinition(id = PID, name = "Training needs", description = "培训需求: which evaluations make a "
            + "member of staff need which course kinds")
    public @interface Config {

        @AttributeDefinition(name = "Period", description = "days of evaluations looked at by default (7..366)")
        int training_needs_periodDays() default 90;

        @AttributeDefinition(name = "Bad reviews", description = "bad reviews in the period that make a need (1..100)")
        int training_needs_badReviews() default 2;

        @AttributeDefinition(name = "Ratings needed",
                description = "ratings of an indicator in the period before its mean counts (1..1000)")
        int training_needs_minRatings() default 3;

        @AttributeDefinition(name = "Low mean", description = "an indicator's mean rating under this makes a need "
                + "(1..5)")
        String training_needs_lowAverage() default "3.5";

        @AttributeDefinition(name = "Indicator kinds", description = "indicator id:course kinds (KIND+KIND), "
                + "comma-separated")
        String training_needs_indicatorKinds() default "attitude:ETIQUETTE,competence:PROCESS+POLICY,"
                + "efficiency:PROCESS";

        @AttributeDefinition(name = "Tag kinds", description = "a bad review's tag:course kinds, comma-separated")
        String training_needs_tagKinds() default "态度不好:ETIQUETTE,解释不清:POLICY,材料反复要求:PROCESS,"
                + "等候太久:PROCESS";

        @AttributeDefinition(name = "Bad review kinds",
                description = "course kinds for bad reviews whose tags name none (KIND+KIND)")
        String training_needs_badReviewKinds() default "ETIQUETTE";

        @AttributeDefinition(name = "Upheld complaints",
                description = "upheld complaints about a member of staff in the period that make a need (1..100)")
        int training_needs_upheldComplaints() default 1;

        @AttributeDefinition(name = "Complaint kinds", description = "a complaint category (ATTITUDE, POLICY_ANSWER, "
                + "EFFICIENCY, DISCIPLINE, OTHER):course kinds, comma-separated; categories not named make no need")
        String training_needs_complaintKinds() default COMPLAINT_KINDS;
    }

    static final String COMPLAINT_KINDS = "ATTITUDE:ETIQUETTE,POLICY_ANSWER:POLICY,EFFICIENCY:PROCESS,"
            + "DISCIPLINE:INTEGRITY";

    private final EntityManagerFactory emf;
    private final OrgService org;
    private final BureauTime time;
    private final NeedRules.Policy policy;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EvaluationsBridge evaluations;

    @Activate
    public TrainingNeedServiceImpl(@Reference TrainingDatabase database, @Reference OrgService org,
            @Reference BureauTime time, Config config) {
        this.emf = database.emf();
        this.org = org;
        this.time = time;
        this.policy = policy(config.training_needs_periodDays(), config.training_needs_badReviews(),
                config.training_needs_minRatings(), config.training_needs_lowAverage(),
                config.training_needs_indicatorKinds(), config.training_needs_tagKinds(),
                config.training_needs_badReviewKinds(), config.training_needs_upheldComplaints(),
                config.training_needs_complaintKinds());
    }

    /** The policy of these settings, or an {@code IllegalArgumentException} naming the attribute out of range. */
    static NeedRules.Policy policy(int periodDays, int badReviews, int minRatings, String lowAverage,
            String indicatorKinds, String tagKinds, String badReviewKinds) {
        return policy(periodDays, badReviews, minRatings, lowAverage, indicatorKinds, tagKinds, badReviewKinds, 1,
                COMPLAINT_KINDS);
    }

    static NeedRules.Policy policy(int periodDays, int badReviews, int minRatings, String lowAverage,
            String indicatorKinds, String tagKinds, String badReviewKinds, int upheldComplaints,
            String complaintKinds) {
        range("training.needs.periodDays", periodDays, 7, NeedRules.PERIOD_MAX_DAYS);
        range("training.needs.upheldComplaints", upheldComplaints, 1, 100);
        Map<String, List<CourseKind>> byCategory = NeedRules.kindMap("training.needs.complaintKinds",
                complaintKinds);
        for (String category : byCategory.keySet()) {
            if (!category.matches("[A-Z_]+")) { // the evaluations module's constants, which training cannot name
                throw new IllegalArgumentException("training.needs.complaintKinds: a category is a constant such as "
                        + "ATTITUDE, was '" + category + "'");
            }
        }
        range("training.needs.badReviews", badReviews, 1, 100);
        range("training.needs.minRatings", minRatings, 1, 1000);
        BigDecimal low;
        try {
            low = new BigDecimal(lowAverage.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("training.needs.lowAverage is not a number: " + lowAverage, e);
        }
        if (low.compareTo(BigDecimal.ONE) < 0 || low.compareTo(BigDecimal.valueOf(5)) > 0) {
            throw new IllegalArgumentException("training.needs.lowAverage must be 1..5, was " + lowAverage);
        }
        return new NeedRules.Policy(periodDays, badReviews, minRatings, low,
                NeedRules.kindMap("training.needs.indicatorKinds", indicatorKinds),
                NeedRules.kindMap("training.needs.tagKinds", tagKinds),
                NeedRules.kinds("training.needs.badReviewKinds", badReviewKinds), upheldComplaints, byCategory);
    }

    private static void range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + value);
        }
    }

    @Override
    public TrainingNeeds needs(Actor actor, NeedQuery query) {
        Access.requireReader(actor);
        NeedQuery q = query == null ? NeedQuery.DEFAULT : query;
        Long scope = actor.reach().listScope(q.unitId()); // a unit out of reach: 404
        LocalDate today = time.today();
        LocalDate to = q.to() == null ? today : q.to();
        LocalDate from = q.from() == null ? to.minusDays(policy.periodDays() - 1L) : q.from();
        TrainingRules.throwIfAny(NeedRules.checkPeriod(from, to, today));
        OrgUnit unit = scope == null || scope < 0 ? null : org.unit(actor, scope).orElse(null);
        Long unitId = unit == null ? null : unit.id();
        String unitName = unit == null ? null : unit.name();
        EvaluationsBridge bridge = evaluations;
        if (bridge == null) {
            return new TrainingNeeds(unitId, unitName, from, to, false, 0, 0, List.of());
        }
        Map<Long, Staff> staff = new HashMap<>();
        if (scope == null || scope >= 0) {
            for (Staff s : org.staff(actor, new StaffQuery(scope, null, null, null, null), PageRequest.EXPORT)
                    .items()) {
                staff.put(s.id(), s);
            }
        }
        // the evaluations service checks the reach again: an auditor's reading, within the caller's reach
        Actor reader = new Actor(actor.userId(), actor.username(), Set.of(Roles.AUDITOR), actor.reach());
        List<NeedRules.Review> reviews = staff.isEmpty() ? List.of()
                : bridge.reviews(reader, scope, from, to).stream().filter(r -> staff.containsKey(r.staffId()))
                        .toList();
        List<NeedRules.Complaint> complaints = staff.isEmpty() ? List.of()
                : bridge.upheldComplaints(reader, scope, from, to).stream()
                        .filter(c -> staff.containsKey(c.staffId())).toList();
        List<NeedRules.Found> found = NeedRules.find(reviews, complaints, policy);
        List<NeedRules.Attended> attended = attended(found.stream().map(NeedRules.Found::staffId).distinct()
                .toList(), from);
        Map<String, String> indicatorNames = found.stream().anyMatch(f -> f.indicator() != null)
                ? bridge.indicatorNames()
                : Map.of();
        Access.Names names = new Access.Names(org);
        List<TrainingNeed> needs = new ArrayList<>();
        for (NeedRules.Found f : found) {
            Staff s = staff.get(f.staffId());
            Optional<NeedRules.Met> met = NeedRules.met(f, attended);
            if (q.openOnly() && met.isPresent()) {
                continue;
            }
            needs.add(new TrainingNeed(s.id(), s.staffNumber(), s.name(), s.unitId(), names.unitName(s.unitId()),
                    f.reason(), f.indicator(), f.indicator() == null ? null
                            : indicatorNames.getOrDefault(f.indicator(), f.indicator()),
                    f.count(), f.average(), f.tags(), f.arose(), f.kinds(), met.isPresent(),
                    met.map(NeedRules.Met::on).orElse(null), met.map(NeedRules.Met::title).orElse(null)));
        }
        needs.sort(Comparator.comparing(TrainingNeed::met)
                .thenComparing(n -> n.unitName() == null ? "" : n.unitName())
                .thenComparing(n -> n.staffNumber() == null ? "" : n.staffNumber())
                .thenComparing(TrainingNeed::reason)
                .thenComparing(n -> n.indicator() == null ? "" : n.indicator()));
        int open = (int) needs.stream().filter(n -> !n.met()).count();
        return new TrainingNeeds(unitId, unitName, from, to, true, open, needs.size() - open, needs);
    }

    /** The courses these staff members attended (present) from {@code from} on, with their kinds. */
    private List<NeedRules.Attended> attended(List<Long> staffIds, LocalDate from) {
        List<NeedRules.Attended> out = new ArrayList<>();
        for (int i = 0; i < staffIds.size(); i += 500) {
            List<Long> chunk = staffIds.subList(i, Math.min(staffIds.size(), i + 500));
            List<Object[]> rows = Jpa.read(emf, em -> em.createQuery("select a.staffId, a.day, c.kind, c.title "
                    + "from AttendanceEntity a, CourseEntity c where c.id = a.courseId and a.present = true "
                    + "and a.staffId in :ids and a.day >= :from", Object[].class).setParameter("ids", chunk)
                    .setParameter("from", from).getResultList());
            for (Object[] r : rows) {
                out.add(new NeedRules.Attended(((Number) r[0]).longValue(), (LocalDate) r[1], (CourseKind) r[2],
                        (String) r[3]));
            }
        }
        return out;
    }

    @Override
    public Table table(TrainingNeeds needs) {
        List<List<Object>> rows = new ArrayList<>();
        for (TrainingNeed n : needs.needs()) {
            rows.add(Arrays.asList(n.unitName(), n.staffNumber(), n.staffName(), n.reason().nameZh(),
                    n.indicatorName(), n.count(), n.average(), String.join("、", n.tags()), n.arose(),
                    n.kinds().stream().map(CourseKind::nameZh).collect(Collectors.joining("、")),
                    MESSAGES.get(Languages.CHINESE, n.met() ? "needs.met" : "needs.open"), n.metOn(),
                    n.metByCourse()));
        }
        return new Table("培训需求", "培训需求", CourseServiceImpl.headers("column.unit", "column.staffNumber",
                "column.staffName", "column.reason", "column.indicator", "column.count", "column.average",
                "column.tags", "column.arose", "column.kinds", "column.needState", "column.metOn",
                "column.metBy"), rows);
    }
}
