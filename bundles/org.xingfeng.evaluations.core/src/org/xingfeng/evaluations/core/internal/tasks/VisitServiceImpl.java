package org.xingfeng.evaluations.core.internal.tasks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.tasks.RectificationTask;
import org.xingfeng.evaluations.api.tasks.TaskSource;
import org.xingfeng.evaluations.api.tasks.Visit;
import org.xingfeng.evaluations.api.tasks.VisitDraft;
import org.xingfeng.evaluations.api.tasks.VisitQuery;
import org.xingfeng.evaluations.api.tasks.VisitService;
import org.xingfeng.evaluations.core.internal.EvaluationsDatabase;
import org.xingfeng.evaluations.core.internal.UnitScope;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.i18n.Text;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.persistence.Jpa;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.xingfeng.platform.api.time.BureauTime;

/** Visits (EVAL_VISIT); each finding becomes a rectification task in the same transaction. */
@Component
public class VisitServiceImpl implements VisitService {

    static final Messages MESSAGES = Messages.of(VisitServiceImpl.class);

    static final int MAX_FINDINGS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManagerFactory emf;
    private final BureauTime time;
    private final AuditLog audit;
    private final OrgService org;

    @Activate
    public VisitServiceImpl(@Reference EvaluationsDatabase database, @Reference AuditLog audit,
            @Reference OrgService org, @Reference BureauTime time) {
        this.time = time;
        this.emf = database.emf();
        this.audit = audit;
        this.org = org;
    }

    @Override
    public Visit record(Actor actor, VisitDraft draft) {
        RectificationTaskServiceImpl.requireOfficer(actor);
        if (draft == null) {
            throw new ValidationException("kind", MESSAGES.text("visit.kind_required"));
        }
        org.unit(actor, draft.unitId())
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.orgUnit"), draft.unitId()));
        LocalDate today = time.today();
        Instant now = time.now();
        List<FieldError> errors = new ArrayList<>();
        if (draft.kind() == null) {
            errors.add(FieldError.of("kind", MESSAGES.text("visit.kind_required_values")));
        }
        String place = TaskRules.text("place", draft.place(), TaskRules.MAX_NAME, MESSAGES.text("label.place"), errors);
        if (place == null) {
            errors.add(FieldError.of("place", MESSAGES.text("visit.place_required")));
        }
        String visitor = TaskRules.text("visitor", draft.visitor(), 100, MESSAGES.text("label.visitor"), errors);
        if (visitor == null) {
            errors.add(FieldError.of("visitor", MESSAGES.text("visit.visitor_required")));
        }
        String notes = TaskRules.text("notes", draft.notes(), TaskRules.MAX_TEXT, MESSAGES.text("label.notes"), errors);
        if (draft.visitDate() == null) {
            errors.add(FieldError.of("visitDate", MESSAGES.text("visit.visit_date_required")));
        } else if (draft.visitDate().isAfter(today)) {
            errors.add(FieldError.of("visitDate", MESSAGES.text("visit.visit_date_cannot_future")));
        }
        List<VisitDraft.Finding> findings = draft.findings() == null ? List.of() : draft.findings();
        if (findings.isEmpty()) {
            errors.add(FieldError.of("findings", MESSAGES.text("visit.at_least_one_finding")));
        } else if (findings.size() > MAX_FINDINGS) {
            errors.add(FieldError.of("findings", MESSAGES.text("visit.at_most_findings", MAX_FINDINGS)));
        }
        TaskRules.throwIfAny(errors);
        String goal = draft.kind().nameZh() + "发现问题";
        List<TaskEntity> tasks = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            VisitDraft.Finding f = findings.get(i);
            int n = i;
            if (f == null) {
                throw new ValidationException("findings[" + i + "]", MESSAGES.text("visit.finding_cannot_empty"));
            }
            TaskEntity t;
            try {
                t = TaskRules.newTask(draft.unitId(), TaskSource.VISIT, goal, f.description(), f.leadDepartment(),
                        f.responsibleDepartments(), f.deadlineText(), f.deadline(), actor, now);
            } catch (ValidationException e) {
                List<FieldError> named = e.details().stream()
                        .map(d -> new FieldError("findings[" + n + "]." + d.field(), 0, d.message(), d.text()))
                        .toList();
                FieldError first = e.details().isEmpty() ? null : e.details().get(0);
                Object problem = first == null ? e.getMessage() : first.text() != null ? first.text() : first.message();
                throw new ValidationException(MESSAGES.text("visit.finding_invalid", n + 1, problem), named);
            }
            t.itemNumber = i + 1;
            tasks.add(t);
        }
        VisitEntity v = new VisitEntity();
        v.kind = draft.kind();
        v.unitId = draft.unitId();
        v.place = place;
        v.visitDate = draft.visitDate();
        v.visitor = visitor;
        v.notes = notes;
        v.findingsJson = TaskMapper.json(tasks.stream().map(t -> t.content).toList());
        v.createdBy = actor.username();
        v.createdAt = java.sql.Timestamp.from(now);
        List<RectificationTask> created = new ArrayList<>();
        Visit visit = Jpa.inTransaction(emf, em -> {
            em.persist(v);
            em.flush();
            for (TaskEntity t : tasks) {
                t.visitId = v.id;
                em.persist(t);
            }
            em.flush();
            tasks.forEach(t -> created.add(TaskMapper.toRecord(t, today)));
            Visit made = toRecord(em, v);
            // in the change's transaction: a failed entry rolls the change back
            audit.record(actor, "create", "evaluations.visit", made.id(), null, made);
            for (RectificationTask t : created) {
                audit.record(actor, "create", RectificationTaskServiceImpl.ENTITY, t.id(), null, t);
            }
            return made;
        });
        return visit;
    }

    @Override
    public Optional<Visit> visit(Actor actor, long id) {
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(VisitEntity.class, id))
                .filter(v -> actor.reach().contains(v.unitId)).map(v -> toRecord(em, v)));
    }

    @Override
    public Page<Visit> visits(Actor actor, VisitQuery query, PageRequest page) {
        VisitQuery q = query == null ? new VisitQuery(null, null) : query;
        List<Long> units = UnitScope.ids(org, actor, q.unitId());
        return Jpa.read(emf, em -> Jpa.page(em, VisitEntity.class, "unitId", units, (cb, v) -> {
            List<Predicate> where = new ArrayList<>();
            if (q.kind() != null) {
                where.add(cb.equal(v.get("kind"), q.kind()));
            }
            return where;
        }, (cb, v) -> cb.desc(v.get("id")), page).map(v -> toRecord(em, v)));
    }

    private static Visit toRecord(EntityManager em, VisitEntity v) {
        List<Long> taskIds = em
                .createQuery("select t.id from TaskEntity t where t.visitId = :v order by t.itemNumber", Long.class)
                .setParameter("v", v.id).getResultList();
        List<String> findings;
        try {
            findings = v.findingsJson == null ? List.of()
                    : JSON.readValue(v.findingsJson, new TypeReference<List<String>>() {
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Visit(v.id, v.kind, v.unitId, v.place, v.visitDate, v.visitor, v.notes, findings, taskIds,
                v.createdBy,
                v.createdAt.toInstant());
    }
}
