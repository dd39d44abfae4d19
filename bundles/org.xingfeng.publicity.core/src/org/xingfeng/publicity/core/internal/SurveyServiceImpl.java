package org.xingfeng.publicity.core.internal;

import static org.xingfeng.publicity.core.internal.PublicityText.MESSAGES;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.publicity.api.surveys.Answer;
import org.xingfeng.publicity.api.surveys.AreaComparison;
import org.xingfeng.publicity.api.surveys.AreaStats;
import org.xingfeng.publicity.api.surveys.AwarenessChange;
import org.xingfeng.publicity.api.surveys.CodeBatch;
import org.xingfeng.publicity.api.surveys.Question;
import org.xingfeng.publicity.api.surveys.QuestionStats;
import org.xingfeng.publicity.api.surveys.Quota;
import org.xingfeng.publicity.api.surveys.ResponseChannel;
import org.xingfeng.publicity.api.surveys.SatisfactionBeside;
import org.xingfeng.publicity.api.surveys.Survey;
import org.xingfeng.publicity.api.surveys.SurveyDraft;
import org.xingfeng.publicity.api.surveys.SurveyForm;
import org.xingfeng.publicity.api.surveys.SurveyQuery;
import org.xingfeng.publicity.api.surveys.SurveyService;
import org.xingfeng.publicity.api.surveys.SurveyState;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 问卷调查 in PUB_SURVEY, PUB_SURVEY_CODE and PUB_SURVEY_RESPONSE. A survey is seen by those whose reach holds its unit
 * and by the units below it (who run it in their areas); designed, opened and closed by the former. A code takes one
 * response: the response's transaction marks the code used by a conditional update, so of two answers at the same
 * moment exactly one is stored.
 */
@Component
public class SurveyServiceImpl implements SurveyService {

    private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Answer>> ANSWERS = new TypeReference<>() {
    };

    private final EntityManagerFactory emf;
    private final AuditLog audit;
    private final OrgService org;
    private final BureauTime time;
    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom random = new SecureRandom();

    /** The evaluations module, when it is there. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EvaluationsBridge evaluations;

    @Activate
    public SurveyServiceImpl(@Reference PublicityDatabase database, @Reference AuditLog audit,
            @Reference OrgService org, @Reference BureauTime time) {
        this.emf = database.emf();
        this.audit = audit;
        this.org = org;
        this.time = time;
    }

    private Set<Long> above(Actor actor) {
        Set<Long> ids = new HashSet<>();
        Long home = actor.reach().homeUnitId();
        Long up = home == null ? null : org.unit(Actor.SYSTEM, home).map(OrgUnit::parentId).orElse(null);
        while (up != null && ids.add(up) && ids.size() < 64) {
            up = org.unit(Actor.SYSTEM, up).map(OrgUnit::parentId).orElse(null);
        }
        return ids;
    }

    private SurveyEntity seen(EntityManager em, Actor actor, long id) {
        SurveyEntity e = em.find(SurveyEntity.class, id);
        if (e == null || !(actor.reach().contains(e.unitId) || above(actor).contains(e.unitId))) {
            throw new NotFoundException(MESSAGES.text("entity.survey"), id);
        }
        return e;
    }

    private static SurveyEntity owned(EntityManager em, Actor actor, long id) {
        SurveyEntity e = em.find(SurveyEntity.class, id);
        if (e == null || !actor.reach().contains(e.unitId)) {
            throw new NotFoundException(MESSAGES.text("entity.survey"), id);
        }
        return e;
    }

    @Override
    public Survey create(Actor actor, SurveyDraft draft) {
        Access.requireEditor(actor);
        OrgUnit unit = checked(actor, draft);
        Survey created = Jpa.inTransaction(emf, em -> {
            SurveyEntity e = new SurveyEntity();
            e.state = SurveyState.DRAFT;
            e.createdBy = actor.username();
            e.createdAt = Timestamp.from(time.now());
            fill(e, unit, draft);
            em.persist(e);
            em.flush();
            writeQuotas(em, e.id, draft);
            Survey made = toRecord(em, e);
            audit.record(actor, "create", AUDIT_TYPE, made.id(), null, made);
            return made;
        });
        return created;
    }

    @Override
    public Survey update(Actor actor, long id, SurveyDraft draft) {
        Access.requireEditor(actor);
        Survey before = Jpa.read(emf, em -> toRecord(em, owned(em, actor, id)));
        OrgUnit unit = checked(actor, draft);
        Survey after = Jpa.inTransaction(emf, em -> {
            SurveyEntity e = owned(em, actor, id);
            requireState(e, SurveyState.DRAFT);
            fill(e, unit, draft);
            em.createQuery("DELETE FROM SurveyQuotaEntity q WHERE q.surveyId = :s").setParameter("s", id)
                    .executeUpdate();
            writeQuotas(em, id, draft);
            Survey changed = toRecord(em, e);
            audit.record(actor, "update", AUDIT_TYPE, id, before, changed);
            return changed;
        });
        return after;
    }

    @Override
    public Survey open(Actor actor, long id) {
        return step(actor, id, SurveyState.DRAFT, SurveyState.OPEN, "open");
    }

    @Override
    public Survey close(Actor actor, long id) {
        return step(actor, id, SurveyState.OPEN, SurveyState.CLOSED, "close");
    }

    private Survey step(Actor actor, long id, SurveyState from, SurveyState to, String action) {
        Access.requireEditor(actor);
        Survey[] beforeAfter = Jpa.inTransaction(emf, em -> {
            SurveyEntity e = owned(em, actor, id);
            requireState(e, from);
            Survey before = toRecord(em, e);
            e.state = to;
            Survey changed = toRecord(em, e);
            audit.record(actor, action, AUDIT_TYPE, id, before, changed);
            return new Survey[] { before, changed };
        });
        return beforeAfter[1];
    }

    private static void requireState(SurveyEntity e, SurveyState wanted) {
        if (e.state != wanted) {
            throw new ConflictException("survey_state",
                    MESSAGES.text("survey.state", MESSAGES.text("state." + e.state.name())));
        }
    }

    private OrgUnit checked(Actor actor, SurveyDraft draft) {
        ArticleRules.throwIfAny(SurveyRules.check(draft));
        Optional<OrgUnit> unit = org.unit(actor, draft.unitId());
        if (unit.isEmpty()) {
            ArticleRules.throwIfAny(List.of(FieldError.of("unitId", MESSAGES.text("unit.unknown", draft.unitId()))));
        }
        Set<Long> below = null;
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < draft.quotas().size(); i++) {
            Long area = draft.quotas().get(i).areaUnitId();
            if (area != null) {
                if (below == null) {
                    below = org.subtree(Actor.SYSTEM, unit.get().id()).stream().map(OrgUnit::id)
                            .collect(Collectors.toSet());
                }
                if (!below.contains(area) || !actor.reach().contains(area)) {
                    errors.add(FieldError.of("quotas[" + i + "].areaUnitId", MESSAGES.text("survey.quotaArea", area)));
                }
            }
        }
        ArticleRules.throwIfAny(errors);
        return unit.get();
    }

    private static void writeQuotas(EntityManager em, long surveyId, SurveyDraft draft) {
        int position = 0;
        for (Quota q : draft.quotas()) {
            SurveyQuotaEntity e = new SurveyQuotaEntity();
            e.surveyId = surveyId;
            e.position = position++;
            e.name = q.name().strip();
            e.areaUnitId = q.areaUnitId();
            e.questionKey = q.questionKey();
            e.choices = q.questionKey() == null ? null
                    : q.choices().stream().map(String::valueOf).collect(Collectors.joining(","));
            e.quotaLimit = q.limit();
            em.persist(e);
        }
    }

    private static List<SurveyQuotaEntity> quotaRows(EntityManager em, long surveyId) {
        return em.createQuery("SELECT q FROM SurveyQuotaEntity q WHERE q.surveyId = :s ORDER BY q.position",
                SurveyQuotaEntity.class).setParameter("s", surveyId).getResultList();
    }

    private static Quota toQuota(SurveyQuotaEntity e) {
        List<Integer> choices = e.choices == null || e.choices.isEmpty() ? List.of()
                : Arrays.stream(e.choices.split(",")).map(Integer::valueOf).toList();
        return new Quota(e.name, e.areaUnitId, e.questionKey, choices, e.quotaLimit, e.filled,
                e.filled >= e.quotaLimit);
    }

    private void fill(SurveyEntity e, OrgUnit unit, SurveyDraft d) {
        e.unitId = unit.id();
        e.title = d.title().strip();
        e.intro = d.intro() == null || d.intro().isBlank() ? null : d.intro().strip();
        e.kind = d.kind();
        e.questions = write(d.questions());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Question> questions(SurveyEntity e) {
        try {
            return json.readValue(e.questions, QUESTIONS);
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("survey " + e.id + ": unreadable questions", x);
        }
    }

    private Map<String, Answer> answers(SurveyResponseEntity r) {
        try {
            return json.readValue(r.answers, ANSWERS);
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("response " + r.id + ": unreadable answers", x);
        }
    }

    @Override
    public Optional<Survey> survey(Actor actor, long id) {
        Access.requireReader(actor);
        return Jpa.read(emf, em -> {
            try {
                return Optional.of(toRecord(em, seen(em, actor, id)));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public Page<Survey> surveys(Actor actor, SurveyQuery query, PageRequest page) {
        Access.requireReader(actor);
        SurveyQuery q = query == null ? SurveyQuery.ALL : query;
        List<Long> scope = UnitScope.ids(org, actor, q.unitId());
        List<Long> units = scope == null ? null : new ArrayList<>(scope);
        if (units != null && q.unitId() == null) {
            units.addAll(above(actor));
        }
        return Jpa.read(emf, em -> Jpa.page(em, SurveyEntity.class, "unitId", units, (cb, s) -> {
            List<Predicate> where = new ArrayList<>();
            if (q.state() != null) {
                where.add(cb.equal(s.get("state"), q.state()));
            }
            if (q.text() != null && !q.text().isBlank()) {
                where.add(cb.like(s.get("title"), Jpa.contains(q.text())));
            }
            return where;
        }, (cb, s) -> cb.desc(s.get("id")), page).map(e -> toRecord(em, e)));
    }

    @Override
    public CodeBatch issueCodes(Actor actor, long surveyId, long areaUnitId, int count) {
        Access.requireEditor(actor);
        if (count < 1 || count > SurveyRules.CODES_MAX) {
            ArticleRules.throwIfAny(
                    List.of(FieldError.of("count", MESSAGES.text("field.range", 1, SurveyRules.CODES_MAX))));
        }
        CodeBatch batch = Jpa.inTransaction(emf, em -> {
            SurveyEntity s = seen(em, actor, surveyId);
            if (s.state == SurveyState.CLOSED) {
                requireState(s, SurveyState.OPEN);
            }
            boolean inside = actor.reach().contains(areaUnitId)
                    && org.subtree(Actor.SYSTEM, s.unitId).stream().anyMatch(u -> u.id() == areaUnitId);
            if (!inside) {
                ArticleRules.throwIfAny(
                        List.of(FieldError.of("areaUnitId", MESSAGES.text("activity.unitOutside", areaUnitId))));
            }
            Set<String> made = new HashSet<>();
            while (made.size() < count) {
                String code = SurveyRules.code(random);
                long taken = em.createQuery("SELECT COUNT(c) FROM SurveyCodeEntity c WHERE c.code = :c", Long.class)
                        .setParameter("c", code).getSingleResult();
                if (taken == 0 && made.add(code)) {
                    SurveyCodeEntity c = new SurveyCodeEntity();
                    c.surveyId = surveyId;
                    c.code = code;
                    c.areaUnitId = areaUnitId;
                    em.persist(c);
                }
            }
            audit.record(actor, "issueCodes", AUDIT_TYPE, surveyId, null,
                    Map.of("areaUnitId", areaUnitId, "count", count));
            return new CodeBatch(surveyId, areaUnitId, unitName(areaUnitId), List.copyOf(made));
        });
        return batch;
    }

    @Override
    public Table codesTable(Actor actor, long surveyId, Long areaUnitId) {
        Access.requireEditor(actor);
        List<Long> units = UnitScope.ids(org, actor, areaUnitId);
        List<List<Object>> rows = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        Jpa.read(emf, em -> {
            seen(em, actor, surveyId);
            for (SurveyCodeEntity c : em
                    .createQuery("SELECT c FROM SurveyCodeEntity c WHERE c.surveyId = :s ORDER BY c.areaUnitId, c.id",
                            SurveyCodeEntity.class)
                    .setParameter("s", surveyId).getResultList()) {
                if (units == null || units.contains(c.areaUnitId)) {
                    rows.add(Arrays.asList(c.code, names.computeIfAbsent(c.areaUnitId, this::unitName),
                            c.used ? "是" : "否"));
                }
            }
            return null;
        });
        return new Table("问卷访问码", "访问码", List.of(zh("column.code"), zh("column.area"), zh("column.used")), rows);
    }

    @Override
    public Optional<SurveyForm> form(String code) {
        String c = SurveyRules.normalise(code);
        if (c == null) {
            return Optional.empty();
        }
        return Jpa.read(emf, em -> {
            List<SurveyCodeEntity> found = em
                    .createQuery("SELECT c FROM SurveyCodeEntity c WHERE c.code = :c", SurveyCodeEntity.class)
                    .setParameter("c", c).getResultList();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            SurveyEntity s = em.find(SurveyEntity.class, found.get(0).surveyId);
            if (s == null || s.state == SurveyState.DRAFT) {
                return Optional.empty();
            }
            return Optional.of(new SurveyForm(s.title, s.intro, unitName(s.unitId), questions(s),
                    found.get(0).used || s.state == SurveyState.CLOSED));
        });
    }

    @Override
    public void respond(String code, Map<String, Answer> answers) {
        String c = SurveyRules.normalise(code);
        if (c == null) {
            throw new NotFoundException(MESSAGES.text("entity.surveyCode"), code);
        }
        Jpa.run(emf, em -> store(em, codeRow(em, c), answers, ResponseChannel.WEB, null));
    }

    @Override
    public void enterPaper(Actor actor, long surveyId, String code, Map<String, Answer> answers) {
        Access.requireEditor(actor);
        String c = SurveyRules.normalise(code);
        if (c == null) {
            ArticleRules.throwIfAny(List.of(FieldError.of("code", MESSAGES.text("entity.surveyCode"))));
        }
        long[] area = new long[1];
        Jpa.run(emf, em -> {
            seen(em, actor, surveyId);
            SurveyCodeEntity sc = codeRow(em, c);
            if (!actor.reach().contains(sc.areaUnitId)) {
                throw new NotFoundException(MESSAGES.text("entity.surveyCode"), c);
            }
            if (sc.surveyId != surveyId) {
                ArticleRules.throwIfAny(List.of(FieldError.of("code", MESSAGES.text("survey.codeOtherSurvey"))));
            }
            area[0] = sc.areaUnitId;
            store(em, sc, answers, ResponseChannel.PAPER, actor.username());
            audit.record(actor, "paperEntry", AUDIT_TYPE, surveyId, null,
                    Map.of("code", c, "areaUnitId", area[0], "channel", ResponseChannel.PAPER.name()));
        });
    }

    private static SurveyCodeEntity codeRow(EntityManager em, String c) {
        List<SurveyCodeEntity> found = em
                .createQuery("SELECT c FROM SurveyCodeEntity c WHERE c.code = :c", SurveyCodeEntity.class)
                .setParameter("c", c).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException(MESSAGES.text("entity.surveyCode"), c);
        }
        return found.get(0);
    }

    /**
     * One response in the caller's transaction: the code marked used, then each quota it falls in raised (in the
     * quotas' order, so two transactions never wait on each other crosswise); a full quota rolls it all back.
     */
    private void store(EntityManager em, SurveyCodeEntity sc, Map<String, Answer> answers, ResponseChannel channel,
            String enteredBy) {
        SurveyEntity s = em.find(SurveyEntity.class, sc.surveyId);
        if (s.state != SurveyState.OPEN) {
            throw new ConflictException("survey_state",
                    MESSAGES.text("survey.state", MESSAGES.text("state." + s.state.name())));
        }
        List<Question> questions = questions(s);
        ArticleRules.throwIfAny(SurveyRules.check(questions, answers));
        int marked = em.createQuery(
                "UPDATE SurveyCodeEntity c SET c.used = true, c.usedAt = :t WHERE c.id = :id AND c.used = false")
                .setParameter("t", Timestamp.from(time.now())).setParameter("id", sc.id).executeUpdate();
        if (marked != 1) {
            throw new ConflictException("already_answered", MESSAGES.text("survey.answered"));
        }
        for (SurveyQuotaEntity q : quotaRows(em, s.id)) {
            boolean inArea = q.areaUnitId == null || q.areaUnitId == sc.areaUnitId
                    || org.subtree(Actor.SYSTEM, q.areaUnitId).stream().anyMatch(u -> u.id() == sc.areaUnitId);
            if (!inArea || !SurveyRules.inGroup(questions, toQuota(q), answers)) {
                continue;
            }
            int raised = em.createQuery("UPDATE SurveyQuotaEntity q SET q.filled = q.filled + 1"
                    + " WHERE q.id = :id AND q.filled < q.quotaLimit").setParameter("id", q.id).executeUpdate();
            if (raised != 1) {
                throw new ConflictException("quota_full", MESSAGES.text("survey.quotaFull", q.name));
            }
        }
        SurveyResponseEntity r = new SurveyResponseEntity();
        r.surveyId = s.id;
        r.areaUnitId = sc.areaUnitId;
        r.answers = write(answers == null ? Map.of() : answers);
        r.answeredAt = Timestamp.from(time.now());
        r.channel = channel;
        r.enteredBy = enteredBy;
        em.persist(r);
    }

    @Override
    public List<CodeBatch> codeBatches(Actor actor, long surveyId, Long areaUnitId, boolean unusedOnly) {
        Access.requireEditor(actor);
        List<Long> units = UnitScope.ids(org, actor, areaUnitId);
        Map<Long, List<String>> byArea = new LinkedHashMap<>();
        Jpa.read(emf, em -> {
            seen(em, actor, surveyId);
            for (SurveyCodeEntity c : em
                    .createQuery("SELECT c FROM SurveyCodeEntity c WHERE c.surveyId = :s ORDER BY c.areaUnitId, c.id",
                            SurveyCodeEntity.class)
                    .setParameter("s", surveyId).getResultList()) {
                if ((units == null || units.contains(c.areaUnitId)) && !(unusedOnly && c.used)) {
                    byArea.computeIfAbsent(c.areaUnitId, k -> new ArrayList<>()).add(c.code);
                }
            }
            return null;
        });
        List<CodeBatch> out = new ArrayList<>();
        byArea.forEach((area, codes) -> out.add(new CodeBatch(surveyId, area, unitName(area), codes)));
        return out;
    }

    @Override
    public List<AreaStats> results(Actor actor, long surveyId, Long areaUnitId) {
        Access.requireReader(actor);
        return Jpa.read(emf, em -> {
            SurveyEntity s = seen(em, actor, surveyId);
            long root = root(actor, s, areaUnitId);
            Set<Long> units = org.subtree(actor, root).stream().map(OrgUnit::id).collect(Collectors.toSet());
            List<Question> questions = questions(s);
            Map<Long, List<Map<String, Answer>>> byArea = new LinkedHashMap<>();
            Map<Long, Integer> paper = new HashMap<>();
            List<Map<String, Answer>> all = new ArrayList<>();
            int paperAll = 0;
            for (SurveyResponseEntity r : responses(em, surveyId)) {
                if (units.contains(r.areaUnitId)) {
                    Map<String, Answer> a = answers(r);
                    all.add(a);
                    byArea.computeIfAbsent(r.areaUnitId, k -> new ArrayList<>()).add(a);
                    if (r.channel == ResponseChannel.PAPER) {
                        paper.merge(r.areaUnitId, 1, Integer::sum);
                        paperAll++;
                    }
                }
            }
            List<AreaStats> out = new ArrayList<>();
            out.add(stats(null, null, questions, all, paperAll));
            byArea.forEach((area, list) -> out
                    .add(stats(area, unitName(area), questions, list, paper.getOrDefault(area, 0))));
            return out;
        });
    }

    private static List<SurveyResponseEntity> responses(EntityManager em, long surveyId) {
        return em.createQuery("SELECT r FROM SurveyResponseEntity r WHERE r.surveyId = :s ORDER BY r.areaUnitId, r.id",
                SurveyResponseEntity.class).setParameter("s", surveyId).getResultList();
    }

    private static AreaStats stats(Long area, String name, List<Question> questions,
            List<Map<String, Answer>> responses, int paper) {
        List<QuestionStats> qs = questions.stream().map(q -> SurveyRules.stats(q, responses)).toList();
        return new AreaStats(area, name, responses.size(), SurveyRules.awareness(questions, responses), qs, paper);
    }

    /** The root of the areas an actor asks figures for: the given unit, the survey's, or the actor's home below it. */
    private long root(Actor actor, SurveyEntity s, Long areaUnitId) {
        if (areaUnitId != null) {
            actor.reach().checkUnit(areaUnitId);
            return areaUnitId;
        }
        return actor.reach().contains(s.unitId) ? s.unitId : actor.reach().homeUnitId();
    }

    @Override
    public List<AreaComparison> compare(Actor actor, long beforeId, long afterId, Long areaUnitId) {
        Access.requireReader(actor);
        return Jpa.read(emf, em -> {
            SurveyEntity after = seen(em, actor, afterId);
            SurveyEntity before;
            try {
                before = seen(em, actor, beforeId);
            } catch (NotFoundException e) {
                ArticleRules.throwIfAny(List.of(FieldError.of("before", MESSAGES.text("entity.survey"))));
                throw e;
            }
            long root = root(actor, after, areaUnitId);
            Set<Long> units = org.subtree(actor, root).stream().map(OrgUnit::id).collect(Collectors.toSet());
            List<Question> qa = SurveyRules.shared(questions(before), questions(after));
            Set<String> keys = qa.stream().map(Question::key).collect(Collectors.toSet());
            List<Question> qb = questions(before).stream().filter(q -> keys.contains(q.key())).toList();
            Map<Long, List<Map<String, Answer>>> areasBefore = byArea(em, beforeId, units);
            Map<Long, List<Map<String, Answer>>> areasAfter = byArea(em, afterId, units);
            List<AreaComparison> out = new ArrayList<>();
            out.add(comparison(null, null, qb, flat(areasBefore), qa, flat(areasAfter)));
            Set<Long> areas = new java.util.TreeSet<>(areasBefore.keySet());
            areas.addAll(areasAfter.keySet());
            for (Long area : areas) {
                out.add(comparison(area, unitName(area), qb, areasBefore.getOrDefault(area, List.of()), qa,
                        areasAfter.getOrDefault(area, List.of())));
            }
            return out;
        });
    }

    private Map<Long, List<Map<String, Answer>>> byArea(EntityManager em, long surveyId, Set<Long> units) {
        Map<Long, List<Map<String, Answer>>> out = new LinkedHashMap<>();
        for (SurveyResponseEntity r : responses(em, surveyId)) {
            if (units.contains(r.areaUnitId)) {
                out.computeIfAbsent(r.areaUnitId, k -> new ArrayList<>()).add(answers(r));
            }
        }
        return out;
    }

    private static List<Map<String, Answer>> flat(Map<Long, List<Map<String, Answer>>> byArea) {
        return byArea.values().stream().flatMap(List::stream).toList();
    }

    private static AreaComparison comparison(Long area, String name, List<Question> qb, List<Map<String, Answer>> rb,
            List<Question> qa, List<Map<String, Answer>> ra) {
        java.math.BigDecimal b = SurveyRules.awareness(qb, rb);
        java.math.BigDecimal a = SurveyRules.awareness(qa, ra);
        return new AreaComparison(area, name, rb.size(), ra.size(), b, a, SurveyRules.change(b, a),
                SurveyRules.changes(qb, rb, qa, ra));
    }

    @Override
    public Table comparisonTable(Survey before, Survey after, List<AreaComparison> comparison) {
        List<List<Object>> rows = new ArrayList<>();
        for (AreaComparison a : comparison) {
            String area = a.areaUnitId() == null ? zh("value.allAreas") : a.areaName();
            rows.add(Arrays.asList(area, zh("value.allShared"), null, a.responsesBefore(), a.responsesAfter(),
                    a.before(), a.after(), a.change()));
            for (AwarenessChange q : a.questions()) {
                rows.add(Arrays.asList(area, q.key(), q.text(), q.answeredBefore(), q.answeredAfter(), q.before(),
                        q.after(), q.change()));
            }
        }
        return new Table(after.title() + " 前后对比", "前后对比", List.of(zh("column.area"), zh("column.questionKey"),
                zh("column.question"), zh("column.responsesBefore"), zh("column.responsesAfter"), zh("column.before"),
                zh("column.after"), zh("column.change")), rows);
    }

    @Override
    public Table table(List<Survey> surveys) {
        List<List<Object>> rows = new ArrayList<>();
        for (Survey s : surveys) {
            rows.add(Arrays.asList(s.id(), s.unitName(), s.title(), zh("kind." + s.kind().name()),
                    zh("state." + s.state().name()), s.questions().size(), s.responses()));
        }
        return new Table("问卷调查", "问卷", List.of(zh("column.id"), zh("column.unit"), zh("column.title"),
                zh("column.kind"), zh("column.state"), zh("column.questions"), zh("column.responses")), rows);
    }

    @Override
    public Table resultsTable(Survey survey, List<AreaStats> results) {
        List<List<Object>> rows = new ArrayList<>();
        for (AreaStats a : results) {
            String area = a.areaUnitId() == null ? zh("value.allAreas") : a.areaName();
            for (QuestionStats q : a.questions()) {
                rows.add(Arrays.asList(area, a.responses(), q.key(), q.text(), q.answered(),
                        q.counts().stream().map(String::valueOf).collect(Collectors.joining("/")), q.mean(),
                        q.awarenessRate(), a.paper()));
            }
        }
        return new Table(survey.title() + " 结果", "结果", List.of(zh("column.area"), zh("column.responses"),
                zh("column.questionKey"), zh("column.question"), zh("column.answered"), zh("column.counts"),
                zh("column.mean"), zh("column.awarenessRate"), zh("column.paper")), rows);
    }

    private static String zh(String key) {
        return MESSAGES.get(Languages.CHINESE, key);
    }

    private String unitName(long id) {
        return org.unit(Actor.SYSTEM, id).map(OrgUnit::name).orElse(null);
    }

    private Survey toRecord(EntityManager em, SurveyEntity e) {
        long responses = e.id == null ? 0
                : em.createQuery("SELECT COUNT(r) FROM SurveyResponseEntity r WHERE r.surveyId = :s", Long.class)
                        .setParameter("s", e.id).getSingleResult();
        List<Quota> quotas = e.id == null ? List.of()
                : quotaRows(em, e.id).stream().map(SurveyServiceImpl::toQuota)
                        .toList();
        return new Survey(e.id, e.unitId, unitName(e.unitId), e.title, e.intro, e.kind, e.state, questions(e),
                responses, e.createdBy, e.createdAt == null ? null : e.createdAt.toInstant(), quotas);
    }

    @Override
    public List<SatisfactionBeside> besideEvaluations(Actor actor, long surveyId, Long areaUnitId) {
        Access.requireReader(actor);
        record Read(long root, List<Question> questions, Map<Long, List<Map<String, Answer>>> byArea,
                java.time.LocalDate from, java.time.LocalDate to) {
        }
        Read read = Jpa.read(emf, em -> {
            SurveyEntity s = seen(em, actor, surveyId);
            long root = root(actor, s, areaUnitId);
            Set<Long> units = org.subtree(actor, root).stream().map(OrgUnit::id).collect(Collectors.toSet());
            Map<Long, List<Map<String, Answer>>> byArea = new LinkedHashMap<>();
            java.time.LocalDate from = null;
            java.time.LocalDate to = null;
            for (SurveyResponseEntity r : responses(em, surveyId)) {
                if (units.contains(r.areaUnitId)) {
                    byArea.computeIfAbsent(r.areaUnitId, k -> new ArrayList<>()).add(answers(r));
                    java.time.LocalDate day = r.answeredAt.toInstant().atZone(time.zone()).toLocalDate();
                    from = from == null || day.isBefore(from) ? day : from;
                    to = to == null || day.isAfter(to) ? day : to;
                }
            }
            return new Read(root, questions(s), byArea, from, to);
        });
        EvaluationsBridge bridge = evaluations;
        List<SatisfactionBeside> out = new ArrayList<>();
        out.add(beside(bridge, read.root(), null, null, read.questions(), flat(read.byArea()), read.from(),
                read.to()));
        read.byArea().forEach((area, list) -> out
                .add(beside(bridge, area, area, unitName(area), read.questions(), list, read.from(), read.to())));
        return out;
    }

    private static SatisfactionBeside beside(EvaluationsBridge bridge, long unit, Long area, String name,
            List<Question> questions, List<Map<String, Answer>> responses, java.time.LocalDate from,
            java.time.LocalDate to) {
        int[] satisfied = SurveyRules.satisfied(questions, responses);
        EvaluationsBridge.Rate rate = null;
        if (bridge != null && from != null) {
            try {
                rate = bridge.unitSatisfaction(unit, from, to);
            } catch (RuntimeException e) {
                rate = null; // the module going away meanwhile: shown without its figures
            }
        }
        return new SatisfactionBeside(area, name, responses.size(), satisfied[1],
                SurveyRules.rate(satisfied[0], satisfied[1]), from, to, rate == null ? null : rate.rate(),
                rate == null ? null : rate.count());
    }

    @Override
    public Table besideTable(Survey survey, List<SatisfactionBeside> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (SatisfactionBeside b : rows) {
            out.add(Arrays.asList(b.areaUnitId() == null ? zh("value.allAreas") : b.areaName(), b.responses(),
                    b.ratings(), b.surveyRate(), b.from(), b.to(), b.evaluationsRate(), b.evaluations()));
        }
        return new Table(survey.title() + " 满意度对照", "满意度对照", List.of(zh("column.area"), zh("column.responses"),
                zh("column.ratings"), zh("column.surveyRate"), zh("column.from"), zh("column.to"),
                zh("column.evaluationsRate"), zh("column.evaluations")), out);
    }

}
