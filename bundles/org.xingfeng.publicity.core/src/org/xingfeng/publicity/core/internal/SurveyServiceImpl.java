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
import org.xingfeng.publicity.api.surveys.AreaStats;
import org.xingfeng.publicity.api.surveys.CodeBatch;
import org.xingfeng.publicity.api.surveys.Question;
import org.xingfeng.publicity.api.surveys.QuestionStats;
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
            return toRecord(em, e);
        });
        audit.record(actor, "create", AUDIT_TYPE, created.id(), null, created);
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
            return toRecord(em, e);
        });
        audit.record(actor, "update", AUDIT_TYPE, id, before, after);
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
            return new Survey[] { before, toRecord(em, e) };
        });
        audit.record(actor, action, AUDIT_TYPE, id, beforeAfter[0], beforeAfter[1]);
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
        return unit.get();
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
        return Jpa.read(emf, em -> Jpa.page(em, SurveyEntity.class, (cb, s) -> {
            List<Predicate> where = new ArrayList<>();
            if (units != null) {
                where.add(s.get("unitId").in(units));
            }
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
            return new CodeBatch(surveyId, areaUnitId, unitName(areaUnitId), List.copyOf(made));
        });
        audit.record(actor, "issueCodes", AUDIT_TYPE, surveyId, null,
                Map.of("areaUnitId", areaUnitId, "count", count));
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
        Jpa.run(emf, em -> {
            List<SurveyCodeEntity> found = em
                    .createQuery("SELECT c FROM SurveyCodeEntity c WHERE c.code = :c", SurveyCodeEntity.class)
                    .setParameter("c", c).getResultList();
            if (found.isEmpty()) {
                throw new NotFoundException(MESSAGES.text("entity.surveyCode"), c);
            }
            SurveyCodeEntity sc = found.get(0);
            SurveyEntity s = em.find(SurveyEntity.class, sc.surveyId);
            if (s.state != SurveyState.OPEN) {
                throw new ConflictException("survey_state",
                        MESSAGES.text("survey.state", MESSAGES.text("state." + s.state.name())));
            }
            ArticleRules.throwIfAny(SurveyRules.check(questions(s), answers));
            int marked = em.createQuery(
                    "UPDATE SurveyCodeEntity c SET c.used = true, c.usedAt = :t WHERE c.id = :id AND c.used = false")
                    .setParameter("t", Timestamp.from(time.now())).setParameter("id", sc.id).executeUpdate();
            if (marked != 1) {
                throw new ConflictException("already_answered", MESSAGES.text("survey.answered"));
            }
            SurveyResponseEntity r = new SurveyResponseEntity();
            r.surveyId = s.id;
            r.areaUnitId = sc.areaUnitId;
            r.answers = write(answers == null ? Map.of() : answers);
            r.answeredAt = Timestamp.from(time.now());
            em.persist(r);
        });
    }

    @Override
    public List<AreaStats> results(Actor actor, long surveyId, Long areaUnitId) {
        Access.requireReader(actor);
        return Jpa.read(emf, em -> {
            SurveyEntity s = seen(em, actor, surveyId);
            long root;
            if (areaUnitId != null) {
                actor.reach().checkUnit(areaUnitId);
                root = areaUnitId;
            } else if (actor.reach().contains(s.unitId)) {
                root = s.unitId;
            } else {
                root = actor.reach().homeUnitId();
            }
            Set<Long> units = org.subtree(actor, root).stream().map(OrgUnit::id).collect(Collectors.toSet());
            List<Question> questions = questions(s);
            Map<Long, List<Map<String, Answer>>> byArea = new LinkedHashMap<>();
            List<Map<String, Answer>> all = new ArrayList<>();
            for (SurveyResponseEntity r : em.createQuery(
                    "SELECT r FROM SurveyResponseEntity r WHERE r.surveyId = :s ORDER BY r.areaUnitId, r.id",
                    SurveyResponseEntity.class).setParameter("s", surveyId).getResultList()) {
                if (units.contains(r.areaUnitId)) {
                    Map<String, Answer> a = answers(r);
                    all.add(a);
                    byArea.computeIfAbsent(r.areaUnitId, k -> new ArrayList<>()).add(a);
                }
            }
            List<AreaStats> out = new ArrayList<>();
            out.add(stats(null, null, questions, all));
            byArea.forEach((area, list) -> out.add(stats(area, unitName(area), questions, list)));
            return out;
        });
    }

    private static AreaStats stats(Long area, String name, List<Question> questions,
            List<Map<String, Answer>> responses) {
        List<QuestionStats> qs = questions.stream().map(q -> SurveyRules.stats(q, responses)).toList();
        return new AreaStats(area, name, responses.size(), SurveyRules.awareness(questions, responses), qs);
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
                        q.awarenessRate()));
            }
        }
        return new Table(survey.title() + " 结果", "结果", List.of(zh("column.area"), zh("column.responses"),
                zh("column.questionKey"), zh("column.question"), zh("column.answered"), zh("column.counts"),
                zh("column.mean"), zh("column.awarenessRate")), rows);
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
        return new Survey(e.id, e.unitId, unitName(e.unitId), e.title, e.intro, e.kind, e.state, questions(e),
                responses, e.createdBy, e.createdAt == null ? null : e.createdAt.toInstant());
    }
}
