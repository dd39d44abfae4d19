package org.xingfeng.evaluations.core.internal.scoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.evaluations.api.Dimension;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.Satisfaction;
import org.xingfeng.evaluations.api.SatisfactionReports;
import org.xingfeng.evaluations.api.scoring.AnnualAward;
import org.xingfeng.evaluations.api.scoring.GroupScore;
import org.xingfeng.evaluations.api.scoring.Quarter;
import org.xingfeng.evaluations.api.scoring.RaterGroup;
import org.xingfeng.evaluations.api.scoring.ScoreSheet;
import org.xingfeng.evaluations.api.scoring.ScoreSheetDraft;
import org.xingfeng.evaluations.api.scoring.ScoringRules;
import org.xingfeng.evaluations.api.scoring.SectionRanking;
import org.xingfeng.evaluations.api.scoring.SectionScore;
import org.xingfeng.evaluations.api.scoring.SectionScoring;
import org.xingfeng.evaluations.core.internal.EnumNames;
import org.xingfeng.evaluations.core.internal.EvaluationsDatabase;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * 科室服务质量季度考评: score sheets in EVAL_SCORE_SHEET, the public group from {@link SatisfactionReports}
 * (dimension SECTION, the quarter's first to last day), the sums in {@link ScoringArithmetic}, the settings in
 * {@link ScoringSettings}.
 */
@Component(configurationPid = SectionScoringImpl.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SectionScoringImpl.Config.class)
public class SectionScoringImpl implements SectionScoring {

    static final Messages MESSAGES = Messages.of(SectionScoringImpl.class);
    /** The language of a ranking's notes and table (part of what the service answers, not of a request). */
    static final Locale NOTES = Languages.CHINESE;

    public static final String PID = "org.xingfeng.evaluations.scoring";

    @ObjectClassDefinition(id = PID, name = "Section scoring", description = "科室考评: items, group weights, benchmarks")
    public @interface Config {

        @AttributeDefinition(name = "Items",
                description = "the five scoring items (20 points each), separated by commas")
        String evaluations_scoring_items() default ScoringSettings.DEFAULT_ITEMS;

        @AttributeDefinition(name = "Leadership weight", description = "% (the four weights sum to 100)")
        double evaluations_scoring_weight_leadership() default 30;

        @AttributeDefinition(name = "Peer section chiefs' weight", description = "%")
        double evaluations_scoring_weight_peerChiefs() default 25;

        @AttributeDefinition(name = "Colleagues' weight", description = "%")
        double evaluations_scoring_weight_colleagues() default 20;

        @AttributeDefinition(name = "Public's weight", description = "% (public satisfaction)")
        double evaluations_scoring_weight_public() default 25;

        @AttributeDefinition(name = "Benchmark sections", description = "标杆科室 a quarter")
        int evaluations_scoring_benchmarkCount() default 3;

        @AttributeDefinition(name = "Award quarters", description = "benchmark quarters in a year for 年度先进科室 (1..4)")
        int evaluations_scoring_awardQuarters() default 2;
    }

    private final EntityManagerFactory emf;
    private final BureauTime time;
    private final AuditLog audit;
    private final OrgService org;
    private final SatisfactionReports satisfaction;
    private final ScoringRules rules;

    @Activate
    public SectionScoringImpl(@Reference EvaluationsDatabase database, @Reference AuditLog audit,
            @Reference OrgService org, @Reference SatisfactionReports satisfaction, @Reference BureauTime time,
            Config config) {
        this.time = time;
        this.rules = ScoringSettings.read(config);
        this.emf = database.emf();
        this.audit = audit;
        this.org = org;
        this.satisfaction = satisfaction;
    }

    @Override
    public ScoringRules rules() {
        return rules;
    }

    private static void requireOfficer(Actor actor) {
        if (!actor.hasAnyRole(EvaluationService.OFFICER_ROLE, Roles.ADMIN)) {
            throw new ForbiddenException(
                    MESSAGES.text("evaluationCases.requires_role", EvaluationService.OFFICER_ROLE));
        }
    }

    @Override
    public ScoreSheet submit(Actor actor, ScoreSheetDraft draft) {
        requireOfficer(actor);
        List<FieldError> errors = new ArrayList<>(ScoreSheetRules.check(draft, Quarter.of(time.today())));
        if (errors.isEmpty()) {
            // out of the actor's reach: as if they did not exist
            Optional<Section> section = org.section(actor, draft.sectionId());
            Optional<Staff> rater = org.staffMember(actor, draft.raterStaffId());
            if (section.isEmpty()) {
                errors.add(FieldError.of("sectionId",
                        MESSAGES.text("sectionScoring.section_not_found", draft.sectionId())));
            }
            if (rater.isEmpty()) {
                errors.add(FieldError.of("raterStaffId",
                        MESSAGES.text("sectionScoring.rater_not_found", draft.raterStaffId())));
            } else if (section.isPresent() && rater.get().unitId() != section.get().unitId()) {
                errors.add(FieldError.of("raterStaffId", MESSAGES.text("sectionScoring.rater_work_section_s_unit")));
            }
        }
        if (!errors.isEmpty()) {
            throw ValidationException.of(errors);
        }
        Section section = org.section(actor, draft.sectionId()).orElseThrow();
        Quarter q = Quarter.parse(draft.quarter());
        ScoreSheet sheet;
        try {
            sheet = store(actor, draft, section, q);
        } catch (jakarta.persistence.PersistenceException e) {
            if (count(section.id(), q, draft.raterStaffId()) > 0) {
                throw duplicate(q); // a second sheet committed by a concurrent request
            }
            throw e;
        }
        return sheet;
    }

    private long count(long sectionId, Quarter q, long rater) {
        return Jpa.read(emf, em -> em.createQuery("select count(s) from ScoreSheetEntity s where s.sectionId = :s "
                + "and s.periodYear = :y and s.periodQuarter = :q and s.raterStaffId = :r", Long.class)
                .setParameter("s", sectionId).setParameter("y", q.year()).setParameter("q", q.quarter())
                .setParameter("r", rater).getSingleResult());
    }

    private static ConflictException duplicate(Quarter q) {
        return new ConflictException("duplicate_score_sheet",
                MESSAGES.text("sectionScoring.rater_already_scored_section", q));
    }

    private ScoreSheet store(Actor actor, ScoreSheetDraft draft, Section section, Quarter q) {
        if (count(section.id(), q, draft.raterStaffId()) > 0) {
            throw duplicate(q);
        }
        return Jpa.inTransaction(emf, em -> {
            ScoreSheetEntity e = new ScoreSheetEntity();
            e.unitId = section.unitId();
            e.sectionId = section.id();
            e.periodYear = q.year();
            e.periodQuarter = q.quarter();
            e.raterGroup = draft.group();
            e.raterStaffId = draft.raterStaffId();
            e.items(draft.items());
            e.totalScore = ScoringArithmetic.round2(ScoringArithmetic.sheetTotal(draft.items()));
            e.enteredBy = actor.username();
            e.enteredAt = Timestamp.from(time.now());
            em.persist(e);
            em.flush();
            ScoreSheet sheet = toRecord(e, new HashMap<>());
            audit.record(actor, "submit", AUDIT_TYPE, sheet.id(), null, sheet);
            return sheet;
        });
    }

    @Override
    public void delete(Actor actor, long sheetId) {
        requireOfficer(actor);
        ScoreSheet before = Jpa.inTransaction(emf, em -> {
            ScoreSheetEntity e = em.find(ScoreSheetEntity.class, sheetId);
            if (e == null || !actor.reach().contains(e.unitId)) {
                throw new NotFoundException(MESSAGES.text("entity.scoreSheet"), sheetId);
            }
            ScoreSheet record = toRecord(e, new HashMap<>());
            em.remove(e);
            em.flush();
            audit.record(actor, "delete", AUDIT_TYPE, sheetId, record, null);
            return record;
        });
    }

    @Override
    public List<ScoreSheet> sheets(Actor actor, long unitId, Quarter quarter, Long sectionId) {
        if (!actor.hasAnyRole(EvaluationService.OFFICER_ROLE, Roles.AUDITOR, Roles.ADMIN)) {
            throw new ForbiddenException(MESSAGES.text("sectionScoring.requires_evaluations_officer_auditor_or"));
        }
        actor.reach().checkUnit(unitId);
        Map<Long, String> names = new HashMap<>();
        return entities(unitId, quarter).stream().filter(e -> sectionId == null || e.sectionId == sectionId)
                .map(e -> toRecord(e, names)).toList();
    }

    private List<ScoreSheetEntity> entities(long unitId, Quarter quarter) {
        return Jpa.read(emf, em -> em.createQuery("select s from ScoreSheetEntity s where s.unitId = :u "
                + "and s.periodYear = :y and s.periodQuarter = :q order by s.sectionId, s.raterGroup, s.id",
                ScoreSheetEntity.class)
                .setParameter("u", unitId).setParameter("y", quarter.year()).setParameter("q", quarter.quarter())
                .getResultList());
    }

    @Override
    public SectionRanking ranking(Actor actor, long unitId, Quarter quarter) {
        OrgUnit unit = org.unit(actor, unitId)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.orgUnit"), unitId));
        List<Section> sections = org.sections(actor, unitId);
        Map<Long, Map<RaterGroup, List<Double>>> totals = new HashMap<>();
        for (ScoreSheetEntity e : entities(unitId, quarter)) {
            totals.computeIfAbsent(e.sectionId, k -> new EnumMap<>(RaterGroup.class))
                    .computeIfAbsent(e.raterGroup, k -> new ArrayList<>()).add(e.totalScore);
        }
        Map<Long, List<GroupScore>> groups = new HashMap<>();
        Map<Long, List<String>> notes = new HashMap<>();
        List<ScoringArithmetic.Entry> entries = new ArrayList<>();
        for (Section s : sections) {
            Map<RaterGroup, List<Double>> bySheets = totals.getOrDefault(s.id(), Map.of());
            Map<RaterGroup, Double> averages = new EnumMap<>(RaterGroup.class);
            Map<RaterGroup, Long> counts = new EnumMap<>(RaterGroup.class);
            for (RaterGroup g : RaterGroup.values()) {
                if (g.entersSheets()) {
                    List<Double> t = bySheets.getOrDefault(g, List.of());
                    averages.put(g, ScoringArithmetic.average(t));
                    counts.put(g, (long) t.size());
                }
            }
            Satisfaction sat = satisfaction.satisfaction(actor, Dimension.SECTION, unitId, String.valueOf(s.id()),
                    quarter.start(),
                    quarter.end());
            averages.put(RaterGroup.PUBLIC, ScoringArithmetic.publicAverage(sat == null ? null : sat.rate()));
            counts.put(RaterGroup.PUBLIC, sat == null || sat.counted() == null ? 0 : sat.counted().total());
            ScoringArithmetic.Weighted w = ScoringArithmetic.weigh(averages, rules.weights());
            List<GroupScore> parts = new ArrayList<>();
            for (RaterGroup g : RaterGroup.values()) {
                Double avg = averages.get(g);
                parts.add(new GroupScore(g, avg == null ? null : ScoringArithmetic.round2(avg), counts.get(g),
                        rules.weights().get(g), w.appliedWeights().get(g)));
            }
            groups.put(s.id(), parts);
            notes.put(s.id(), notes(averages, w.score()));
            entries.add(new ScoringArithmetic.Entry(s.id(), w.score()));
        }
        Map<Long, String> names = new HashMap<>();
        sections.forEach(s -> names.put(s.id(), s.name()));
        List<SectionScore> ranked = ScoringArithmetic.rank(entries, rules.benchmarkCount()).stream()
                .map(p -> new SectionScore(p.sectionId(), names.get(p.sectionId()), p.score(), p.rank(), p.benchmark(),
                        groups.get(p.sectionId()), notes.get(p.sectionId())))
                .toList();
        return new SectionRanking(unitId, unit.name(), quarter.toString(), quarter.start(), quarter.end(),
                rules.benchmarkCount(), ranked);
    }

    /** Says which groups were left out of a section's score, and why. */
    static List<String> notes(Map<RaterGroup, Double> averages, Double score) {
        List<String> notes = new ArrayList<>();
        if (score == null) {
            notes.add(MESSAGES.get(NOTES, "sectionScoring.no_score_sheets_and_no"));
            return notes;
        }
        for (RaterGroup g : RaterGroup.values()) {
            if (averages.get(g) == null) {
                notes.add(g == RaterGroup.PUBLIC
                        ? MESSAGES.get(NOTES, "sectionScoring.no_evaluations_quarter_public_group")
                        : MESSAGES.get(NOTES, "sectionScoring.no_score_sheets_quarter_group", EnumNames.of(g),
                                g.name()));
            }
        }
        return notes;
    }

    @Override
    public Table rankingTable(SectionRanking ranking) {
        List<String> headers = new ArrayList<>(
                List.of(MESSAGES.get(NOTES, "column.rank"), MESSAGES.get(NOTES, "column.section"),
                        MESSAGES.get(NOTES, "column.score"), MESSAGES.get(NOTES, "column.benchmark")));
        for (RaterGroup g : RaterGroup.values()) {
            headers.add(EnumNames.of(g).in(NOTES));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (SectionScore s : ranking.sections()) {
            List<Object> row = new ArrayList<>(
                    Arrays.asList(s.rank(), s.sectionName(), s.score(), s.benchmark() ? "是" : "否"));
            for (GroupScore g : s.groups()) {
                row.add(g.average());
            }
            rows.add(row);
        }
        return new Table("科室考评-" + ranking.unitName() + "-" + ranking.quarter(), ranking.quarter(), headers, rows);
    }

    @Override
    public List<AnnualAward> awards(Actor actor, long unitId, int year) {
        if (year < 2000 || year > 2999) {
            throw new ValidationException("year", MESSAGES.text("sectionScoring.year_out_range", year));
        }
        org.unit(actor, unitId).orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.orgUnit"), unitId));
        Quarter current = Quarter.of(time.today());
        Map<Long, List<String>> benchmarks = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Section s : org.sections(actor, unitId)) {
            benchmarks.put(s.id(), new ArrayList<>());
            names.put(s.id(), s.name());
        }
        for (int q = 1; q <= 4; q++) {
            Quarter quarter = new Quarter(year, q);
            if (quarter.compareTo(current) > 0) {
                break;
            }
            for (SectionScore s : ranking(actor, unitId, quarter).sections()) {
                if (s.benchmark()) {
                    benchmarks.get(s.sectionId()).add(quarter.toString());
                }
            }
        }
        List<AnnualAward> awards = new ArrayList<>();
        benchmarks.forEach((id, quarters) -> awards.add(new AnnualAward(id, names.get(id), year, quarters,
                ScoringArithmetic.eligible(quarters.size(), rules.awardQuarters()))));
        awards.sort(Comparator.comparing((AnnualAward a) -> !a.eligible())
                .thenComparing(a -> -a.benchmarkQuarters().size()).thenComparingLong(AnnualAward::sectionId));
        return awards;
    }

    private ScoreSheet toRecord(ScoreSheetEntity e, Map<Long, String> raterNames) {
        String rater = raterNames.computeIfAbsent(e.raterStaffId,
                id -> org.staffMember(Actor.SYSTEM, id).map(Staff::name).orElse(null)); // a sheet already in reach
        String section = org.section(Actor.SYSTEM, e.sectionId).map(Section::name).orElse(null);
        return new ScoreSheet(e.id, e.unitId, e.sectionId, section,
                new Quarter(e.periodYear, e.periodQuarter).toString(),
                e.raterGroup, e.raterStaffId, rater, e.items(), e.totalScore, e.enteredBy, e.enteredAt.toInstant());
    }
}
