package org.xingfeng.evaluations.core.internal.tasks;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.tasks.RectificationTask;
import org.xingfeng.evaluations.api.tasks.RectificationTaskService;
import org.xingfeng.evaluations.api.tasks.SelfCheckTemplate;
import org.xingfeng.evaluations.api.tasks.TaskDraft;
import org.xingfeng.evaluations.api.tasks.TaskQuery;
import org.xingfeng.evaluations.api.tasks.TaskSource;
import org.xingfeng.evaluations.api.tasks.TaskStatus;
import org.xingfeng.evaluations.api.tasks.TaskUpdate;
import org.xingfeng.evaluations.api.tasks.TemplateItem;
import org.xingfeng.evaluations.core.internal.EvaluationsDatabase;
import org.xingfeng.evaluations.core.internal.UnitScope;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.SheetData;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;

/** Rectification tasks (EVAL_TASK) and the self-check tables they are made from. */
@Component
public class RectificationTaskServiceImpl implements RectificationTaskService {

    static final Messages MESSAGES = Messages.of(RectificationTaskServiceImpl.class);

    static final String ENTITY = "evaluations.task";

    private final EntityManagerFactory emf;
    private final BureauTime time;
    private final AuditLog audit;
    private final OrgService org;
    private final SpreadsheetService spreadsheets;
    private final List<SelfCheckTemplate> templates = List.of(SelfCheckTemplates.load2019());

    @Activate
    public RectificationTaskServiceImpl(@Reference EvaluationsDatabase database, @Reference AuditLog audit,
            @Reference OrgService org, @Reference SpreadsheetService spreadsheets, @Reference BureauTime time) {
        this.time = time;
        this.emf = database.emf();
        this.audit = audit;
        this.org = org;
        this.spreadsheets = spreadsheets;
    }

    static void requireOfficer(Actor actor) {
        if (!actor.hasAnyRole(EvaluationService.OFFICER_ROLE, Roles.ADMIN)) {
            throw new ForbiddenException(
                    MESSAGES.text("evaluationCases.requires_role", EvaluationService.OFFICER_ROLE));
        }
    }

    LocalDate today() {
        return time.today();
    }

    /** The unit, when it exists and is in the actor's reach. */
    private OrgUnit unit(Actor actor, long unitId) {
        return org.unit(actor, unitId)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.orgUnit"), unitId));
    }

    @Override
    public List<SelfCheckTemplate> templates() {
        return templates;
    }

    @Override
    public Optional<SelfCheckTemplate> template(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    @Override
    public List<RectificationTask> instantiate(Actor actor, String templateId, long unitId) {
        requireOfficer(actor);
        String id = templateId == null || templateId.isBlank() ? SELF_CHECK_2019 : templateId.strip();
        SelfCheckTemplate template = template(id)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.selfCheckTemplate"), id));
        unit(actor, unitId);
        Instant now = time.now();
        LocalDate today = today();
        List<RectificationTask> created;
        try {
            created = Jpa.inTransaction(emf, em -> {
                if (instantiated(em, unitId, id)) {
                    throw alreadyInstantiated();
                }
                TemplateUseEntity use = new TemplateUseEntity();
                use.unitId = unitId;
                use.templateId = id;
                use.createdBy = actor.username();
                use.createdAt = java.sql.Timestamp.from(now);
                em.persist(use);
                em.flush();
                List<TaskEntity> tasks = new ArrayList<>();
                for (TemplateItem item : template.items()) {
                    TaskEntity t = TaskRules.newTask(unitId, TaskSource.SELF_CHECK, item.goal(), item.content(), null,
                            List.of(),
                            item.deadlineText(), item.deadline(), actor, now);
                    t.templateId = id;
                    t.itemNumber = item.number();
                    t.goalNumber = item.goalNumber();
                    em.persist(t);
                    tasks.add(t);
                }
                em.flush();
                List<RectificationTask> made = tasks.stream().map(t -> TaskMapper.toRecord(t, today)).toList();
                for (RectificationTask t : made) {
                    audit.record(actor, "instantiate", ENTITY, t.id(), null, t);
                }
                return made;
            });
        } catch (PersistenceException e) {
            if (Jpa.read(emf, em -> instantiated(em, unitId, id))) {
                throw alreadyInstantiated(); // another request made them at the same moment
            }
            throw e;
        }
        return created;
    }

    private static boolean instantiated(EntityManager em, long unitId, String templateId) {
        return em
                .createQuery("select count(u) from TemplateUseEntity u where u.unitId = :u and u.templateId = :t",
                        Long.class)
                .setParameter("u", unitId).setParameter("t", templateId).getSingleResult() > 0;
    }

    private static ConflictException alreadyInstantiated() {
        return new ConflictException("template_instantiated",
                MESSAGES.text("rectificationTask.unit_already_tasks_self_check"));
    }

    @Override
    public RectificationTask create(Actor actor, TaskDraft draft) {
        requireOfficer(actor);
        if (draft == null) {
            throw new ValidationException("content", MESSAGES.text("rectificationTask.content_required"));
        }
        unit(actor, draft.unitId());
        Instant now = time.now();
        TaskEntity t = TaskRules.newTask(draft.unitId(), TaskSource.MANUAL, draft.goal(), draft.content(),
                draft.leadDepartment(), draft.responsibleDepartments(), draft.deadlineText(), draft.deadline(), actor,
                now);
        RectificationTask created = Jpa.inTransaction(emf, em -> {
            em.persist(t);
            em.flush();
            RectificationTask made = TaskMapper.toRecord(t, today());
            audit.record(actor, "create", ENTITY, made.id(), null, made);
            return made;
        });
        return created;
    }

    @Override
    public RectificationTask createOnce(Actor actor, String sourceKey, TaskDraft draft) {
        requireOfficer(actor);
        if (sourceKey == null || sourceKey.isBlank() || sourceKey.strip().length() > SOURCE_KEY_MAX) {
            throw new ValidationException("sourceKey", MESSAGES.text("rectificationTask.source_key", SOURCE_KEY_MAX));
        }
        String key = sourceKey.strip();
        Optional<RectificationTask> made = bySourceKey(actor, key, draft);
        if (made.isPresent()) {
            return made.get();
        }
        if (draft == null) {
            throw new ValidationException("content", MESSAGES.text("rectificationTask.content_required"));
        }
        unit(actor, draft.unitId());
        Instant now = time.now();
        TaskEntity t = TaskRules.newTask(draft.unitId(), TaskSource.MANUAL, draft.goal(), draft.content(),
                draft.leadDepartment(), draft.responsibleDepartments(), draft.deadlineText(), draft.deadline(), actor,
                now);
        try {
            return Jpa.inTransaction(emf, em -> {
                em.persist(t);
                em.flush();
                TaskSourceKeyEntity k = new TaskSourceKeyEntity();
                k.sourceKey = key;
                k.taskId = t.id;
                em.persist(k);
                em.flush(); // the same key at the same moment fails here, and this task goes with it
                RectificationTask created = TaskMapper.toRecord(t, today());
                audit.record(actor, "create", ENTITY, created.id(), null, created);
                return created;
            });
        } catch (PersistenceException e) {
            return bySourceKey(actor, key, draft).orElseThrow(() -> e);
        }
    }

    /** The task made for the key, when there is one (the same unit and in reach, 409 otherwise). */
    private Optional<RectificationTask> bySourceKey(Actor actor, String key, TaskDraft draft) {
        LocalDate today = today();
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(TaskSourceKeyEntity.class, key))
                .map(k -> em.find(TaskEntity.class, k.taskId)).map(t -> {
                    if (!actor.reach().contains(t.unitId) || draft != null && draft.unitId() != t.unitId) {
                        throw new ConflictException("source_key_taken",
                                MESSAGES.text("rectificationTask.source_key_taken", key));
                    }
                    return TaskMapper.toRecord(t, today);
                }));
    }

    @Override
    public Optional<RectificationTask> task(Actor actor, long id) {
        LocalDate today = today();
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(TaskEntity.class, id))
                .filter(t -> actor.reach().contains(t.unitId)).map(t -> TaskMapper.toRecord(t, today)));
    }

    @Override
    public Page<RectificationTask> tasks(Actor actor, TaskQuery query, PageRequest page) {
        TaskQuery q = query == null ? TaskQuery.ALL : query;
        List<Long> units = UnitScope.ids(org, actor, q.unitId());
        LocalDate today = today();
        return Jpa.read(emf, em -> Jpa.page(em, TaskEntity.class, "unitId", units, (cb, t) -> where(cb, t, q, today),
                (cb, t) -> cb.asc(t.get("id")), page).map(t -> TaskMapper.toRecord(t, today)));
    }

    private static List<Predicate> where(CriteriaBuilder cb, Root<TaskEntity> t, TaskQuery q, LocalDate today) {
        List<Predicate> where = new ArrayList<>();
        if (q.status() != null) {
            where.add(cb.equal(t.get("status"), q.status()));
        }
        if (q.source() != null) {
            where.add(cb.equal(t.get("source"), q.source()));
        }
        if (q.visitId() != null) {
            where.add(cb.equal(t.get("visitId"), q.visitId()));
        }
        if (q.text() != null && !q.text().isBlank()) {
            String like = Jpa.contains(q.text());
            where.add(cb.or(cb.like(t.get("content"), like), cb.like(t.get("goal"), like)));
        }
        if (q.overdue() != null) {
            Predicate overdue = cb.and(cb.notEqual(t.get("status"), TaskStatus.CLOSED), cb.isNotNull(t.get("dueDate")),
                    cb.lessThan(t.<LocalDate>get("dueDate"), today));
            where.add(q.overdue() ? overdue : cb.not(overdue));
        }
        return where;
    }

    private RectificationTask change(Actor actor, long id, String action,
            java.util.function.Consumer<TaskEntity> change) {
        requireOfficer(actor);
        LocalDate today = today();
        RectificationTask[] beforeAfter = new RectificationTask[2];
        Jpa.run(emf, em -> {
            TaskEntity t = em.find(TaskEntity.class, id);
            if (t == null || !actor.reach().contains(t.unitId)) {
                throw new NotFoundException(MESSAGES.text("entity.task"), id);
            }
            beforeAfter[0] = TaskMapper.toRecord(t, today);
            change.accept(t);
            em.flush();
            beforeAfter[1] = TaskMapper.toRecord(t, today);
            audit.record(actor, action, ENTITY, id, beforeAfter[0], beforeAfter[1]);
        });
        return beforeAfter[1];
    }

    @Override
    public RectificationTask update(Actor actor, long id, TaskUpdate update) {
        if (update == null) {
            throw new ValidationException("body", MESSAGES.text("rectificationTask.request_needs_body"));
        }
        return change(actor, id, "update", t -> TaskRules.update(t, update, time.now()));
    }

    @Override
    public RectificationTask close(Actor actor, long id, String evidence, List<String> attachments) {
        return change(actor, id, "close", t -> TaskRules.close(t, evidence, attachments, actor, time.now()));
    }

    @Override
    public RectificationTask reopen(Actor actor, long id, String reason) {
        return change(actor, id, "reopen", t -> TaskRules.reopen(t, reason, actor, time.now()));
    }

    @Override
    public Table table(List<RectificationTask> tasks) {
        Map<Long, String> unitNames = new HashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        for (RectificationTask t : tasks) {
            String unitName = unitNames.computeIfAbsent(t.unitId(),
                    u -> org.unit(Actor.SYSTEM, u).map(OrgUnit::name).orElse(String.valueOf(u)));
            RectificationTask.Closure c = t.closure();
            rows.add(Arrays.asList(t.id(), unitName, t.source().nameZh(), t.itemNumber(), t.goal(), t.content(),
                    t.leadDepartment(), String.join("、", t.responsibleDepartments()), t.deadlineText(), t.deadline(),
                    t.status().nameZh(), t.selfCheck(), t.nextSteps(), t.nextStepsDeadline(), t.overdue(),
                    c == null ? null : c.closedBy(), c == null ? null : c.closedAt(), c == null ? null : c.evidence()));
        }
        return new Table("整改任务", "整改任务", List.of(MESSAGES.get(Languages.CHINESE, "column.taskId"),
                MESSAGES.get(Languages.CHINESE, "column.unit"), MESSAGES.get(Languages.CHINESE, "column.source"),
                MESSAGES.get(Languages.CHINESE, "column.number"), MESSAGES.get(Languages.CHINESE, "column.goal"),
                MESSAGES.get(Languages.CHINESE, "column.content"),
                MESSAGES.get(Languages.CHINESE, "column.leadDepartment"),
                MESSAGES.get(Languages.CHINESE, "column.responsibleDepartments"),
                MESSAGES.get(Languages.CHINESE, "column.deadline"),
                MESSAGES.get(Languages.CHINESE, "column.completedOn"), MESSAGES.get(Languages.CHINESE, "column.status"),
                MESSAGES.get(Languages.CHINESE, "column.selfCheck"),
                MESSAGES.get(Languages.CHINESE, "column.nextSteps"),
                MESSAGES.get(Languages.CHINESE, "column.nextStepsDeadline"),
                MESSAGES.get(Languages.CHINESE, "column.late"), MESSAGES.get(Languages.CHINESE, "column.closedBy"),
                MESSAGES.get(Languages.CHINESE, "column.closedAt"), MESSAGES.get(Languages.CHINESE, "column.evidence")),
                rows);
    }

    private static List<TaskEntity> unitTasks(EntityManager em, long unitId) {
        return em.createQuery("select t from TaskEntity t where t.unitId = :u order by t.id", TaskEntity.class)
                .setParameter("u", unitId).getResultList();
    }

    @Override
    public Table selfCheckSheet(Actor actor, long unitId) {
        OrgUnit unit = unit(actor, unitId);
        return Jpa.read(emf, em -> SelfCheckSheet.table("行风建设自查表-" + unit.code(), unitTasks(em, unitId)));
    }

    @Override
    public ImportReport importSelfCheckSheet(Actor actor, long unitId, InputStream xlsx, boolean dryRun) {
        requireOfficer(actor);
        unit(actor, unitId);
        List<SheetData> sheets = spreadsheets.read(xlsx);
        if (sheets.isEmpty()) {
            throw new ValidationException("file", MESSAGES.text("rectificationTask.file_no_sheet"));
        }
        List<List<String>> rows = sheets.get(0).rows();
        LocalDate today = today();
        Instant now = time.now();
        List<RectificationTask[]> changes = new ArrayList<>();
        SelfCheckSheet.Plan plan = Jpa.inTransaction(emf, em -> {
            SelfCheckSheet.Plan p = SelfCheckSheet.plan(rows, unitTasks(em, unitId));
            if (!p.errors().isEmpty() || dryRun) {
                return p;
            }
            for (SelfCheckSheet.RowChange c : p.changes()) {
                TaskEntity t = c.task();
                RectificationTask before = TaskMapper.toRecord(t, today);
                t.selfCheck = c.selfCheck();
                t.nextSteps = c.nextSteps();
                t.nextStepsDeadline = c.nextStepsDeadline();
                t.status = c.status();
                t.dueDate = TaskRules.dueDate(t);
                t.updatedAt = java.sql.Timestamp.from(now);
                changes.add(new RectificationTask[] { before, TaskMapper.toRecord(t, today) });
            }
            em.flush();
            for (RectificationTask[] c : changes) {
                audit.record(actor, "import-update", ENTITY, c[1].id(), c[0], c[1]);
            }
            return p;
        });
        return new ImportReport(dryRun, plan.rowsRead(), 0, plan.errors().isEmpty() ? plan.changes().size() : 0,
                plan.errors());
    }
}
