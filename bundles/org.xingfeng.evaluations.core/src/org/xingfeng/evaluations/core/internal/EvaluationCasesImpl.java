package org.xingfeng.evaluations.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.CallbackRate;
import org.xingfeng.evaluations.api.CaseAction;
import org.xingfeng.evaluations.api.CaseQuery;
import org.xingfeng.evaluations.api.CaseState;
import org.xingfeng.evaluations.api.CaseStep;
import org.xingfeng.evaluations.api.EvaluationCase;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.Level;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.time.BureauTime;

/** Bad-review cases in EVAL_CASE and EVAL_CASE_STEP. */
@Component
public class EvaluationCasesImpl implements EvaluationCases {

    static final Messages MESSAGES = Messages.of(EvaluationCasesImpl.class);

    private final EntityManagerFactory emf;
    private final BureauTime time;
    private final OrgService org;
    private final AuditLog audit;

    @Activate
    public EvaluationCasesImpl(@Reference EvaluationsDatabase db, @Reference OrgService org, @Reference AuditLog audit,
            @Reference BureauTime time) {
        this.time = time;
        this.emf = db.emf();
        this.org = org;
        this.audit = audit;
    }

    LocalDate today() {
        return time.today();
    }

    EvaluationCase toRecord(EntityManager em, CaseEntity c) {
        LocalDate today = today();
        List<CaseStepEntity> steps = em.createQuery(
                "select s from CaseStepEntity s where s.caseId = :c order by s.id", CaseStepEntity.class)
                .setParameter("c", c.id).getResultList();
        return new EvaluationCase(c.id, c.evaluationId, c.unitId, Level.ofScore(c.score), c.realName,
                CaseState.valueOf(c.state), c.openedOn, c.callbackDue, c.rectifyDue, c.closedOn,
                CaseRules.callbackOverdue(c, today), CaseRules.rectifyOverdue(c, today),
                steps.stream().map(CaseStepEntity::toRecord).toList());
    }

    @Override
    public Page<EvaluationCase> cases(Actor actor, CaseQuery query, PageRequest page) {
        CaseQuery q = query == null ? CaseQuery.ALL : query;
        List<Long> units = UnitScope.ids(org, actor, q.unitId());
        LocalDate today = today();
        return Jpa.read(emf, em -> Jpa.page(em, CaseEntity.class, "unitId", units, (cb, c) -> {
            List<Predicate> where = new ArrayList<>();
            if (q.state() != null) {
                where.add(cb.equal(c.get("state"), q.state().name()));
            }
            if (q.openOnly()) {
                where.add(cb.isNull(c.get("closedOn")));
            }
            if (q.overdueOnly()) {
                where.add(overdue(cb, c, today));
            }
            if (q.from() != null) {
                where.add(cb.greaterThanOrEqualTo(c.get("openedOn"), q.from()));
            }
            if (q.to() != null) {
                where.add(cb.lessThanOrEqualTo(c.get("openedOn"), q.to()));
            }
            return where;
        }, (cb, c) -> cb.desc(c.get("id")), page).map(c -> toRecord(em, c)));
    }

    private static Predicate overdue(CriteriaBuilder cb, Root<CaseEntity> c, LocalDate today) {
        Predicate callback = cb.and(cb.isTrue(c.get("realName")), cb.isNull(c.get("calledBackOn")),
                cb.lessThan(c.get("callbackDue"), today));
        Predicate rectify = cb.and(cb.isNull(c.get("rectifiedOn")), cb.lessThan(c.get("rectifyDue"), today));
        return cb.and(cb.isNull(c.get("closedOn")), cb.or(callback, rectify));
    }

    @Override
    public Optional<EvaluationCase> evaluationCase(Actor actor, long id) {
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(CaseEntity.class, id))
                .filter(c -> actor.reach().contains(c.unitId)).map(c -> toRecord(em, c)));
    }

    @Override
    public Optional<EvaluationCase> caseOfEvaluation(Actor actor, long evaluationId) {
        return Jpa.read(emf,
                em -> em.createQuery("select c from CaseEntity c where c.evaluationId = :e", CaseEntity.class)
                        .setParameter("e", evaluationId).getResultStream().findFirst()
                        .filter(c -> actor.reach().contains(c.unitId)).map(c -> toRecord(em, c)));
    }

    @Override
    public EvaluationCase act(Actor actor, long caseId, CaseAction action) {
        return act(actor, caseId, action, time.now());
    }

    /** The step as done at {@code at}: the demo's past year of cases. */
    EvaluationCase act(Actor actor, long caseId, CaseAction action, Instant at) {
        if (!actor.hasAnyRole(EvaluationService.OFFICER_ROLE, Roles.ADMIN)) {
            throw new ForbiddenException(
                    MESSAGES.text("evaluationCases.requires_role", EvaluationService.OFFICER_ROLE));
        }
        EvaluationCase[] beforeAfter = new EvaluationCase[2];
        Jpa.run(emf, em -> {
            CaseEntity c = em.find(CaseEntity.class, caseId, LockModeType.PESSIMISTIC_WRITE);
            if (c == null || !actor.reach().contains(c.unitId)) {
                throw new NotFoundException(MESSAGES.text("entity.case"), caseId);
            }
            beforeAfter[0] = toRecord(em, c);
            CaseState next = CaseRules.next(CaseState.valueOf(c.state), c.realName, action);
            LocalDate today = LocalDate.ofInstant(at, time.zone());
            CaseStepEntity step = new CaseStepEntity();
            step.caseId = c.id;
            step.step = action.step().name();
            step.userId = actor.userId();
            step.username = actor.username();
            step.doneAt = at;
            step.note = action.note().strip();
            step.reached = action.step() == CaseStep.CALLBACK ? action.reached() : null;
            em.persist(step);
            c.state = next.name();
            if (next == CaseState.CALLED_BACK) {
                c.calledBackOn = today;
            } else if (next == CaseState.RECTIFIED) {
                c.rectifiedOn = today;
            } else if (next == CaseState.CLOSED) {
                c.closedOn = today;
            }
            em.flush();
            beforeAfter[1] = toRecord(em, c);
            audit.record(actor, "case." + action.step().name().toLowerCase(), "evaluations.case", caseId,
                    beforeAfter[0], beforeAfter[1]);
        });
        return beforeAfter[1];
    }

    @Override
    public CallbackRate callbackRate(Actor actor, long unitId, LocalDate from, LocalDate to) {
        List<Long> units = UnitScope.ids(org, actor, unitId);
        LocalDate today = today();
        return Jpa.read(emf, em -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            var q = cb.createQuery(Object[].class);
            Root<CaseEntity> c = q.from(CaseEntity.class);
            var calledBack = cb.sum(cb.<Integer>selectCase().when(cb.isNotNull(c.get("calledBackOn")), 1).otherwise(0));
            var late = cb.sum(
                    cb.<Integer>selectCase().when(cb.and(cb.isNull(c.get("calledBackOn")), cb.isNull(c.get("closedOn")),
                            cb.lessThan(c.get("callbackDue"), today)), 1).otherwise(0));
            q.multiselect(cb.count(c), calledBack, late).where(Jpa.unitIn(em, cb, c.get("unitId"), units),
                    cb.isTrue(c.get("realName")),
                    cb.isFalse(c.get("appealUpheld")),
                    cb.between(c.get("openedOn"), from, to));
            Object[] r = em.createQuery(q).getSingleResult();
            long all = ((Number) r[0]).longValue();
            long done = r[1] == null ? 0 : ((Number) r[1]).longValue();
            long overdue = r[2] == null ? 0 : ((Number) r[2]).longValue();
            return new CallbackRate(all, done, all == 0 ? null : (double) done / all, overdue);
        });
    }
}
