package org.xingfeng.evaluations.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.Appeal;
import org.xingfeng.evaluations.api.AppealReason;
import org.xingfeng.evaluations.api.AppealState;
import org.xingfeng.evaluations.api.Appeals;
import org.xingfeng.evaluations.api.CaseState;
import org.xingfeng.evaluations.api.CaseStep;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.i18n.Text;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * 申诉复核 in EVAL_APPEAL. Upholding an appeal, in one transaction: the appeal is decided, the evaluation is
 * marked, its counts move from counted to excluded in every roll-up it is in, and its case is closed.
 */
@Component
public class AppealsImpl implements Appeals {

    static final Messages MESSAGES = Messages.of(AppealsImpl.class);

    private final EntityManagerFactory emf;
    private final BureauTime time;
    private final AuditLog audit;
    private final OrgCache orgCache;

    @Activate
    public AppealsImpl(@Reference EvaluationsDatabase db, @Reference AuditLog audit, @Reference OrgCache orgCache,
            @Reference BureauTime time) {
        this.time = time;
        this.emf = db.emf();
        this.audit = audit;
        this.orgCache = orgCache;
    }

    private static String text(String field, String value, Text label) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, MESSAGES.text("appeals.required", label, field));
        }
        if (value.length() > 1000) {
            throw new ValidationException(field, MESSAGES.text("appeals.at_most_1000_characters", label, field));
        }
        return value.strip();
    }

    @Override
    public Appeal file(Actor actor, long evaluationId, AppealReason reason, String statement) {
        if (!actor.hasAnyRole(Roles.STAFF, EvaluationService.OFFICER_ROLE, Roles.ADMIN)) {
            throw new ForbiddenException(MESSAGES.text("appeals.requires_staff_role", Roles.STAFF));
        }
        if (reason == null) {
            throw new ValidationException("reason", MESSAGES.text("appeals.reason_required"));
        }
        String why = text("statement", statement, MESSAGES.text("label.statement"));
        Appeal filed = Jpa.inTransaction(emf, em -> {
            EvaluationEntity e = em.find(EvaluationEntity.class, evaluationId, LockModeType.PESSIMISTIC_WRITE);
            if (e == null || !actor.reach().contains(e.unitId)) {
                throw new NotFoundException(MESSAGES.text("entity.evaluation"), evaluationId);
            }
            if (e.score > 2) {
                throw new ValidationException("evaluationId", MESSAGES.text("appeals.only_bad_reviews_can_appealed"));
            }
            if (!AppealState.NONE.name().equals(e.appeal)) {
                throw new ConflictException("already_appealed",
                        MESSAGES.text("appeals.evaluation_been_appealed_already"));
            }
            AppealEntity a = new AppealEntity();
            a.evaluationId = evaluationId;
            a.reason = reason.name();
            a.statement = why;
            a.filedById = actor.userId();
            a.filedBy = actor.username();
            a.filedAt = time.now();
            a.state = AppealState.PENDING.name();
            em.persist(a);
            e.appeal = AppealState.PENDING.name();
            em.flush();
            Appeal made = a.toRecord();
            audit.record(actor, "appeal.file", "evaluations.appeal", made.id(), null, made);
            return made;
        });
        return filed;
    }

    @Override
    public Appeal decide(Actor actor, long appealId, boolean uphold, String reason) {
        if (!actor.hasAnyRole(EvaluationService.REVIEWER_ROLE, Roles.ADMIN)) {
            throw new ForbiddenException(
                    MESSAGES.text("appeals.requires_reviewer_role", EvaluationService.REVIEWER_ROLE));
        }
        String decision = text("reason", reason, MESSAGES.text("label.decisionReason"));
        Appeal[] beforeAfter = new Appeal[2];
        Jpa.run(emf, em -> {
            AppealEntity a = em.find(AppealEntity.class, appealId, LockModeType.PESSIMISTIC_WRITE);
            if (a == null) {
                throw new NotFoundException(MESSAGES.text("entity.appeal"), appealId);
            }
            EvaluationEntity e = em.find(EvaluationEntity.class, a.evaluationId, LockModeType.PESSIMISTIC_WRITE);
            if (!actor.reach().contains(e.unitId)) {
                throw new NotFoundException(MESSAGES.text("entity.appeal"), appealId);
            }
            if (!AppealState.PENDING.name().equals(a.state)) {
                throw new ConflictException("already_decided", MESSAGES.text("appeals.appeal_been_decided_already"));
            }
            if (a.filedById == actor.userId()) {
                throw new ForbiddenException(MESSAGES.text("appeals.you_cannot_decide_your_own"));
            }
            beforeAfter[0] = a.toRecord();
            AppealState state = uphold ? AppealState.UPHELD : AppealState.REJECTED;
            a.state = state.name();
            a.reviewedBy = actor.username();
            a.reviewedAt = time.now();
            a.decision = decision;
            e.appeal = state.name();
            if (uphold) {
                closeCase(em, e, actor, decision);
                em.flush();
                SortedMap<Rollup, long[]> deltas = new TreeMap<>();
                try {
                    // the evaluation counts under the tree the roll-ups follow (held still until this commits)
                    Connection c = em.unwrap(Connection.class);
                    UnitTree counted = RollupTree.lockedTree(c);
                    UnitTree tree = counted.contains(e.unitId) ? counted : orgCache.tree();
                    List<Rollup> keys = Rollup.keysOf(tree.selfAndAncestors(e.unitId), e.windowNo, e.staffId,
                            e.sectionId,
                            e.matterCode, e.day);
                    RollupStore.add(deltas, keys, e.score, false, -1);
                    RollupStore.add(deltas, keys, e.score, true, 1);
                    RollupStore.apply(c, deltas);
                } catch (SQLException ex) {
                    throw new IllegalStateException("roll-ups not updated", ex);
                }
            }
            em.flush();
            beforeAfter[1] = a.toRecord();
            audit.record(actor, uphold ? "appeal.uphold" : "appeal.reject", "evaluations.appeal", appealId,
                    beforeAfter[0], beforeAfter[1]);
        });
        return beforeAfter[1];
    }

    private void closeCase(jakarta.persistence.EntityManager em, EvaluationEntity e, Actor actor, String decision) {
        for (CaseEntity c : em.createQuery("select c from CaseEntity c where c.evaluationId = :e", CaseEntity.class)
                .setParameter("e", e.id).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            c.appealUpheld = true;
            if (c.closedOn == null) {
                c.state = CaseState.CLOSED.name();
                c.closedOn = time.today();
                CaseStepEntity step = new CaseStepEntity();
                step.caseId = c.id;
                step.step = CaseStep.CLOSE.name();
                step.userId = actor.userId();
                step.username = actor.username();
                step.doneAt = time.now();
                step.note = MESSAGES.get(Languages.CHINESE, "appeals.appeal_upheld", decision); // kept as the case record, in Chinese
                em.persist(step);
            }
        }
    }

    @Override
    public Page<Appeal> appeals(Actor actor, AppealState state, PageRequest page) {
        Reach reach = actor.reach();
        if (reach.everywhere()) {
            return Jpa.read(emf, em -> Jpa.page(em, AppealEntity.class,
                    (cb, a) -> state == null ? List.of() : List.of(cb.equal(a.get("state"), state.name())),
                    (cb, a) -> cb.desc(a.get("id")), page).map(AppealEntity::toRecord));
        }
        return Jpa.read(emf, em -> {
            // an appeal belongs to its evaluation's unit
            Map<String, Object> parameters = new HashMap<>();
            String where = " from AppealEntity a, EvaluationEntity e where e.id = a.evaluationId and "
                    + Jpa.unitIn(em, "e.unitId", reach.unitIds(), "units", parameters)
                    + (state == null ? "" : " and a.state = :state");
            var count = em.createQuery("select count(a)" + where, Long.class);
            var select = em.createQuery("select a" + where + " order by a.id desc", AppealEntity.class);
            parameters.forEach(count::setParameter);
            parameters.forEach(select::setParameter);
            if (state != null) {
                count.setParameter("state", state.name());
                select.setParameter("state", state.name());
            }
            List<Appeal> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream()
                    .map(AppealEntity::toRecord).toList();
            return new Page<>(items, page.page(), page.size(), count.getSingleResult());
        });
    }

    @Override
    public List<Appeal> appealsOf(Actor actor, long evaluationId) {
        Jpa.read(emf, em -> Optional.ofNullable(em.find(EvaluationEntity.class, evaluationId)))
                .filter(e -> actor.reach().contains(e.unitId))
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.evaluation"), evaluationId));
        return Jpa.read(emf,
                em -> em.createQuery("select a from AppealEntity a where a.evaluationId = :e order by a.id",
                        AppealEntity.class).setParameter("e", evaluationId).getResultList().stream()
                        .map(AppealEntity::toRecord).toList());
    }
}
