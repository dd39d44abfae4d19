package org.xingfeng.demands.core.internal;

import static org.xingfeng.demands.core.internal.DemandsText.MESSAGES;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.xingfeng.demands.api.DemandsRoles;
import org.xingfeng.demands.api.demands.Assignment;
import org.xingfeng.demands.api.demands.Demand;
import org.xingfeng.demands.api.demands.DemandAction;
import org.xingfeng.demands.api.demands.DemandCategory;
import org.xingfeng.demands.api.demands.DemandChannel;
import org.xingfeng.demands.api.demands.DemandDraft;
import org.xingfeng.demands.api.demands.DemandQuery;
import org.xingfeng.demands.api.demands.DemandService;
import org.xingfeng.demands.api.demands.DemandState;
import org.xingfeng.demands.api.demands.DemandStep;
import org.xingfeng.demands.api.demands.ExtensionDecision;
import org.xingfeng.demands.api.demands.ExtensionRequest;
import org.xingfeng.demands.api.demands.Review;
import org.xingfeng.demands.api.demands.Satisfaction;
import org.xingfeng.demands.api.demands.StepText;
import org.xingfeng.demands.api.supervision.DeadlineStatus;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.files.FileContent;
import org.xingfeng.platform.api.files.FileOwner;
import org.xingfeng.platform.api.files.FileService;
import org.xingfeng.platform.api.files.StoredFile;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.security.UserAccount;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.RowError;
import org.xingfeng.platform.api.spreadsheet.SheetData;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * 民生诉求 on DMD_DEMAND, DMD_STEP and DMD_EXTENSION. Every step is one transaction under a row lock on the demand: the
 * state machine of {@link DemandRules} decides whether it is allowed, the step is recorded with who and when, and the
 * change is audited with the citizen's data masked. Deadlines come from {@link DemandDeadlines}.
 */
@Component
public class DemandServiceImpl implements DemandService {

    private final org.xingfeng.platform.api.i18n.Text entity = MESSAGES.text("entity.demand");
    private final jakarta.persistence.EntityManagerFactory emf;
    private final AuditLog audit;
    private final OrgService org;
    private final BureauTime time;
    private final DemandDeadlines deadlines;
    private final ResponseTemplates templates;
    private final SpreadsheetService sheets;
    private final FileService files;
    private final UserService users;

    /** The evaluations module's bridge, while it is there. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SatisfactionPoster evaluations;

    @Activate
    public DemandServiceImpl(@Reference DemandsDatabase database, @Reference AuditLog audit, @Reference OrgService org,
            @Reference BureauTime time, @Reference DemandDeadlines deadlines, @Reference ResponseTemplates templates,
            @Reference SpreadsheetService sheets, @Reference FileService files, @Reference UserService users) {
        this.files = files;
        this.users = users;
        this.templates = templates;
        this.sheets = sheets;
        this.emf = database.emf();
        this.audit = audit;
        this.org = org;
        this.time = time;
        this.deadlines = deadlines;
    }

    @Override
    public int deadlineDays(DemandCategory category) {
        return deadlines.days(category);
    }

    @Override
    public List<String> templates(Actor actor, DemandCategory category) {
        DemandRules.requireReader(actor);
        if (category == null) {
            throw new ValidationException("category", MESSAGES.text("field.required"));
        }
        return templates.of(category);
    }

    private DemandViews views() {
        return new DemandViews(org, deadlines, time.today());
    }

    @Override
    public Demand register(Actor actor, DemandDraft draft) {
        DemandRules.requireRole(actor, DemandAction.REGISTER);
        LocalDate today = time.today();
        List<FieldError> errors = new ArrayList<>(DemandRules.check(draft, today));
        DemandRules.throwIfAny(errors);
        OrgUnit unit = org.unit(actor, draft.unitId()).orElse(null); // out of reach: as if there were none
        if (unit == null) {
            throw new ValidationException("unitId", MESSAGES.text("unit.unknown", draft.unitId()));
        }
        Timestamp now = Timestamp.from(time.now());
        DemandEntity e = entity(new DemandDraft(draft.channel(), unit.id(), draft.citizenName(), draft.citizenPhone(),
                draft.citizenIdNumber(), draft.topic(), draft.category(), draft.text(), draft.receivedDate(),
                draft.externalNo(), draft.address()), actor, now);
        DemandViews views = views();
        Demand created = Jpa.inTransaction(emf, em -> {
            em.persist(e);
            em.flush();
            em.persist(step(e.id, DemandAction.REGISTER, null, DemandState.REGISTERED, actor, now, null));
            em.flush();
            Demand made = views.demand(e, List.of());
            // in the change's transaction, its last step: a failed entry undoes the registration
            audit.record(actor, "register", AUDIT_TYPE, made.id(), null, DemandViews.shown(made, false));
            return made;
        });
        return DemandViews.shown(created, DemandRules.clear(actor));
    }

    @Override
    public ImportReport importHotline(Actor actor, java.io.InputStream xlsx, boolean dryRun) {
        DemandRules.requireRole(actor, DemandAction.REGISTER);
        List<SheetData> read;
        try {
            read = sheets.read(xlsx);
        } catch (RuntimeException e) {
            return new ImportReport(dryRun, 0, 0, 0, List.of(new RowError(0, "file",
                    MESSAGES.get(Languages.CHINESE, "import.file"))));
        }
        if (read.isEmpty()) {
            return new ImportReport(dryRun, 0, 0, 0, List.of(new RowError(0, "file",
                    MESSAGES.get(Languages.CHINESE, "import.file"))));
        }
        SheetData sheet = read.get(0);
        java.util.Set<String> known = new java.util.HashSet<>(Jpa.read(emf, em -> em.createQuery(
                "select d.externalNo from DemandEntity d where d.externalNo is not null and d.channel = :c",
                String.class)
                .setParameter("c", DemandChannel.HOTLINE_12345).getResultList()));
        HotlineImport.Result result = HotlineImport.read(sheet, code -> org.unitByCode(actor, code), known,
                time.today());
        int rowsRead = result.rows().size() + (int) result.errors().stream().map(RowError::row).distinct().count();
        if (!result.errors().isEmpty() || dryRun) {
            return new ImportReport(dryRun, rowsRead, 0, 0, result.errors());
        }
        Timestamp now = Timestamp.from(time.now());
        List<Long> ids = Jpa.inTransaction(emf, em -> {
            List<Long> made = new ArrayList<>();
            for (HotlineImport.Row row : result.rows()) {
                DemandEntity e = entity(row.draft(), actor, now);
                em.persist(e);
                em.flush();
                em.persist(step(e.id, DemandAction.REGISTER, null, DemandState.REGISTERED, actor, now,
                        MESSAGES.get(Languages.CHINESE, "import.step", row.row())));
                made.add(e.id);
            }
            em.flush();
            audit.record(actor, "import", AUDIT_TYPE, null, null, Map.of("created", made.size(), "ids", made));
            return made;
        });
        return new ImportReport(false, rowsRead, ids.size(), 0, List.of());
    }

    private static DemandEntity entity(DemandDraft draft, Actor actor, Timestamp now) {
        DemandEntity e = new DemandEntity();
        e.unitId = draft.unitId();
        e.channel = draft.channel();
        e.category = draft.category();
        e.topic = draft.topic().strip();
        e.text = draft.text().strip();
        e.citizenName = DemandRules.clean(draft.citizenName());
        e.citizenPhone = DemandRules.clean(draft.citizenPhone());
        e.citizenIdNumber = DemandRules.clean(draft.citizenIdNumber());
        if (e.citizenIdNumber != null) {
            e.citizenIdNumber = e.citizenIdNumber.toUpperCase(Locale.ROOT);
        }
        e.externalNo = DemandRules.clean(draft.externalNo());
        e.address = DemandRules.clean(draft.address());
        e.receivedOn = draft.receivedDate();
        e.state = DemandState.REGISTERED;
        e.round = 1;
        e.clockStart = draft.receivedDate();
        e.registeredBy = actor.username();
        e.registeredAt = now;
        e.updatedAt = now;
        return e;
    }

    private static DemandStepEntity step(long demandId, DemandAction action, DemandState from, DemandState to,
            Actor actor, Timestamp at, String text) {
        DemandStepEntity s = new DemandStepEntity();
        s.demandId = demandId;
        s.action = action;
        s.fromState = from;
        s.toState = to;
        s.takenBy = actor.username();
        s.takenAt = at;
        s.text = text;
        return s;
    }

    /** What a step changes: the demand (locked), its extension requests, the manager; answers the step's text. */
    @FunctionalInterface
    private interface Change {
        String apply(DemandEntity e, List<ExtensionEntity> extensions, EntityManager em);
    }

    private Demand step(Actor actor, long id, DemandAction action, Change change) {
        DemandRules.requireRole(actor, action);
        DemandViews views = views();
        Timestamp now = Timestamp.from(time.now());
        Demand[] beforeAfter = Jpa.inTransaction(emf, em -> {
            DemandEntity e = em.find(DemandEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (e == null || !actor.reach().contains(e.unitId)) {
                throw new NotFoundException(entity, id);
            }
            List<ExtensionEntity> extensions = new ArrayList<>(DemandViews.extensions(em, id));
            Demand before = views.demand(e, extensions);
            DemandState from = e.state;
            String text = change.apply(e, extensions, em);
            e.updatedAt = now;
            em.persist(step(e.id, action, from, e.state, actor, now, text));
            em.flush();
            Demand after = views.demand(e, extensions);
            audit.record(actor, action.name().toLowerCase(Locale.ROOT), AUDIT_TYPE, id,
                    DemandViews.shown(before, false), DemandViews.shown(after, false));
            return new Demand[] { before, after };
        });
        return DemandViews.shown(beforeAfter[1], DemandRules.clear(actor));
    }

    /** A step that moves the state and carries a required text. */
    private Demand textStep(Actor actor, long id, DemandAction action, StepText t,
            BiFunction<DemandEntity, String, String> change) {
        DemandRules.requireRole(actor, action);
        DemandRules.throwIfAny(DemandRules.check(t));
        String text = t.text().strip();
        return step(actor, id, action, (e, x, em) -> {
            e.state = DemandRules.next(e.state, action, true);
            return change.apply(e, text);
        });
    }

    @Override
    public Demand instruct(Actor actor, long id, StepText instruction) {
        return textStep(actor, id, DemandAction.INSTRUCT, instruction, (e, text) -> {
            e.instruction = text;
            return text;
        });
    }

    @Override
    public Demand assign(Actor actor, long id, Assignment assignment) {
        DemandRules.requireRole(actor, DemandAction.ASSIGN);
        DemandRules.throwIfAny(DemandRules.check(assignment));
        List<Long> handling = DemandRules.handlingSections(assignment);
        return step(actor, id, DemandAction.ASSIGN, (e, x, em) -> {
            DemandState next = DemandRules.next(e.state, DemandAction.ASSIGN, true);
            List<FieldError> errors = new ArrayList<>();
            Section lead = org.section(actor, assignment.leadSectionId()).orElse(null);
            if (lead == null || lead.unitId() != e.unitId) {
                errors.add(
                        FieldError.of("leadSectionId", MESSAGES.text("section.unknown", assignment.leadSectionId())));
            }
            for (int i = 0; i < handling.size(); i++) {
                Section s = org.section(actor, handling.get(i)).orElse(null);
                if (s == null || s.unitId() != e.unitId) {
                    errors.add(
                            FieldError.at("handlingSectionIds", i, MESSAGES.text("section.unknown", handling.get(i))));
                }
            }
            DemandRules.throwIfAny(errors);
            e.state = next;
            e.leadSectionId = lead.id();
            e.handlingSections = DemandViews.stored(handling);
            StringBuilder text = new StringBuilder(lead.name());
            for (Long s : handling) {
                text.append("、").append(org.section(actor, s).map(Section::name).orElse(String.valueOf(s)));
            }
            if (assignment.note() != null && !assignment.note().isBlank()) {
                text.append("：").append(assignment.note().strip());
            }
            return text.toString();
        });
    }

    @Override
    public Demand handle(Actor actor, long id, StepText handling) {
        return textStep(actor, id, DemandAction.HANDLE, handling, (e, text) -> text);
    }

    @Override
    public Demand review(Actor actor, long id, Review review) {
        DemandRules.requireRole(actor, DemandAction.REVIEW);
        DemandRules.throwIfAny(DemandRules.check(review));
        Long section = actor.hasRole(Roles.ADMIN) ? null : sectionOf(actor);
        return step(actor, id, DemandAction.REVIEW, (e, x, em) -> {
            DemandState next = DemandRules.next(e.state, DemandAction.REVIEW, review.approved());
            if (!actor.hasRole(Roles.ADMIN) && !DemandRules.inLeadSection(section, e.leadSectionId)) {
                throw new XingfengException(403, "not_lead_section",
                        MESSAGES.text("review.notLeadSection", org.section(Actor.SYSTEM, e.leadSectionId)
                                .map(Section::name).orElse(String.valueOf(e.leadSectionId))),
                        List.of());
            }
            e.state = next;
            String verdict = MESSAGES.get(Languages.CHINESE, review.approved() ? "review.approved" : "review.returned");
            return review.note() == null || review.note().isBlank() ? verdict : verdict + "：" + review.note().strip();
        });
    }

    /** The section of the actor's member of staff (null: no member of staff, or one without a section). */
    private Long sectionOf(Actor actor) {
        return users.user(Actor.SYSTEM, actor.userId()).map(UserAccount::staffId)
                .flatMap(staffId -> org.staffMember(Actor.SYSTEM, staffId)).map(Staff::sectionId).orElse(null);
    }

    @Override
    public Demand reply(Actor actor, long id, StepText reply) {
        return textStep(actor, id, DemandAction.REPLY, reply, (e, text) -> {
            e.reply = text;
            e.repliedOn = time.today();
            return text;
        });
    }

    @Override
    public Demand rate(Actor actor, long id, Satisfaction satisfaction) {
        DemandRules.requireRole(actor, DemandAction.RATE);
        DemandRules.throwIfAny(DemandRules.check(satisfaction));
        Object[] rated = new Object[4]; // unit, round, citizen's name and phone
        Demand after = step(actor, id, DemandAction.RATE, (e, x, em) -> {
            e.state = DemandRules.next(e.state, DemandAction.RATE, satisfaction.satisfied());
            rated[0] = e.unitId;
            rated[1] = e.round;
            rated[2] = e.citizenName;
            rated[3] = e.citizenPhone;
            e.satisfied = satisfaction.satisfied();
            if (!satisfaction.satisfied()) { // reopened: a new round with a new deadline from today
                e.round++;
                e.clockStart = time.today();
                e.repliedOn = null;
                e.reminded = false;
                e.escalated = false;
            }
            String verdict = MESSAGES.get(Languages.CHINESE,
                    satisfaction.satisfied() ? "rate.satisfied" : "rate.notSatisfied");
            return satisfaction.remark() == null || satisfaction.remark().isBlank() ? verdict
                    : verdict + "：" + satisfaction.remark().strip();
        });
        SatisfactionPoster poster = evaluations;
        if (poster != null) {
            poster.post((Long) rated[0], DemandRules.evaluationRecordNo(id, (Integer) rated[1]),
                    satisfaction.satisfied(), satisfaction.remark(), (String) rated[2], (String) rated[3]);
        }
        return after;
    }

    @Override
    public Demand close(Actor actor, long id) {
        return step(actor, id, DemandAction.CLOSE, (e, x, em) -> {
            e.state = DemandRules.next(e.state, DemandAction.CLOSE, true);
            return null;
        });
    }

    @Override
    public Demand requestExtension(Actor actor, long id, ExtensionRequest request) {
        DemandRules.requireRole(actor, DemandAction.EXTENSION_REQUEST);
        DemandRules.throwIfAny(DemandRules.check(request));
        return step(actor, id, DemandAction.EXTENSION_REQUEST, (e, extensions, em) -> {
            open(e, DemandAction.EXTENSION_REQUEST);
            if (DemandDeadlines.pending(e, extensions)) {
                throw new ConflictException("extension_pending", MESSAGES.text("extension.pending"));
            }
            LocalDate today = time.today();
            if (deadlines.status(e, extensions, today) != DeadlineStatus.IN_TIME) {
                throw new ConflictException("deadline_passed",
                        MESSAGES.text("extension.deadlinePassed", deadlines.due(e, extensions, today)));
            }
            ExtensionEntity x = new ExtensionEntity();
            x.demandId = e.id;
            x.round = e.round;
            x.days = request.days();
            x.reason = request.reason().strip();
            x.requestedOn = today;
            x.requestedBy = actor.username();
            em.persist(x);
            extensions.add(x);
            return MESSAGES.get(Languages.CHINESE, "extension.requested", request.days()) + "：" + x.reason;
        });
    }

    @Override
    public Demand decideExtension(Actor actor, long id, ExtensionDecision decision) {
        DemandRules.requireRole(actor, DemandAction.EXTENSION_DECISION);
        DemandRules.throwIfAny(DemandRules.check(decision));
        return step(actor, id, DemandAction.EXTENSION_DECISION, (e, extensions, em) -> {
            ExtensionEntity x = extensions.stream().filter(r -> r.round == e.round && r.decidedOn == null).findFirst()
                    .orElseThrow(() -> new ConflictException("no_extension_pending", MESSAGES.text("extension.none")));
            x.approved = decision.approved();
            x.decidedOn = time.today();
            x.decidedBy = actor.username();
            String verdict = MESSAGES.get(Languages.CHINESE,
                    decision.approved() ? "extension.approved" : "extension.refused", x.days);
            return decision.note() == null || decision.note().isBlank() ? verdict
                    : verdict + "：" + decision.note().strip();
        });
    }

    @Override
    public Demand remind(Actor actor, long id, StepText note) {
        DemandRules.requireRole(actor, DemandAction.REMIND);
        DemandRules.throwIfAny(DemandRules.checkOptional(note));
        return step(actor, id, DemandAction.REMIND, (e, extensions, em) -> {
            open(e, DemandAction.REMIND);
            DeadlineStatus status = deadlines.status(e, extensions, time.today());
            if (status != DeadlineStatus.REMIND && status != DeadlineStatus.ESCALATE) {
                throw new ConflictException("reminder_not_due", MESSAGES.text("remind.notDue",
                        DeadlineRules.reminderDay(deadlines.calendar(), deadlines.due(e, extensions, time.today()))));
            }
            if (e.reminded) {
                throw new ConflictException("already_reminded", MESSAGES.text("remind.already"));
            }
            e.reminded = true;
            return note == null ? null : DemandRules.clean(note.text());
        });
    }

    @Override
    public Demand escalate(Actor actor, long id, StepText note) {
        DemandRules.requireRole(actor, DemandAction.ESCALATE);
        DemandRules.throwIfAny(DemandRules.checkOptional(note));
        return step(actor, id, DemandAction.ESCALATE, (e, extensions, em) -> {
            open(e, DemandAction.ESCALATE);
            if (deadlines.status(e, extensions, time.today()) != DeadlineStatus.ESCALATE) {
                throw new ConflictException("escalation_not_due", MESSAGES.text("escalate.notDue", DeadlineRules
                        .escalationDay(deadlines.calendar(), deadlines.due(e, extensions, time.today()))));
            }
            if (e.escalated) {
                throw new ConflictException("already_escalated", MESSAGES.text("escalate.already"));
            }
            e.escalated = true;
            return note == null ? null : DemandRules.clean(note.text());
        });
    }

    @Override
    public Demand linkDuplicate(Actor actor, long id, long originalId) {
        DemandRules.requireRole(actor, DemandAction.LINK_DUPLICATE);
        if (originalId == id) {
            throw new ValidationException("originalId", MESSAGES.text("duplicate.self"));
        }
        return step(actor, id, DemandAction.LINK_DUPLICATE, (e, x, em) -> {
            open(e, DemandAction.LINK_DUPLICATE);
            DemandEntity original = em.find(DemandEntity.class, originalId);
            if (original == null || !actor.reach().contains(original.unitId) || original.unitId != e.unitId
                    || original.duplicateOf != null || !original.state.open()) {
                throw new ValidationException("originalId", MESSAGES.text("duplicate.original", originalId));
            }
            e.duplicateOf = original.id;
            e.state = DemandState.CLOSED;
            return MESSAGES.get(Languages.CHINESE, "duplicate.linked", original.id);
        });
    }

    private static final String[] ATTACHERS = { DemandsRoles.OFFICER, DemandsRoles.HEAD, DemandsRoles.COORDINATOR,
            DemandsRoles.HANDLER, Roles.ADMIN };

    /** The demand in the actor's reach (404 otherwise). */
    private DemandEntity reachable(Actor actor, long id) {
        DemandEntity e = Jpa.read(emf, em -> em.find(DemandEntity.class, id));
        if (e == null || !actor.reach().contains(e.unitId)) {
            throw new NotFoundException(entity, id);
        }
        return e;
    }

    private List<Long> stepIds(long id) {
        return Jpa.read(emf, em -> em.createQuery("select s.id from DemandStepEntity s where s.demandId = :id",
                Long.class).setParameter("id", id).getResultList());
    }

    @Override
    public StoredFile attach(Actor actor, long id, Long stepId, String name, java.io.InputStream content) {
        if (!actor.hasAnyRole(ATTACHERS)) {
            throw new org.xingfeng.platform.api.ForbiddenException(MESSAGES.text("role.attach"));
        }
        DemandEntity e = reachable(actor, id);
        if (e.state == DemandState.CLOSED) {
            throw new ConflictException("demand_closed", MESSAGES.text("attach.closed"));
        }
        if (stepId != null && !stepIds(id).contains(stepId)) {
            throw new NotFoundException(MESSAGES.text("entity.step"), stepId);
        }
        FileOwner owner = new FileOwner(FILES_MODULE, stepId == null ? FILES_DEMAND : FILES_STEP,
                String.valueOf(stepId == null ? id : stepId), e.unitId);
        return files.store(actor, owner, name, content);
    }

    @Override
    public List<StoredFile> attachments(Actor actor, long id) {
        DemandRules.requireReader(actor);
        reachable(actor, id);
        List<StoredFile> all = new ArrayList<>(files.files(actor, FILES_MODULE, FILES_DEMAND, String.valueOf(id)));
        for (Long s : stepIds(id)) {
            all.addAll(files.files(actor, FILES_MODULE, FILES_STEP, String.valueOf(s)));
        }
        all.sort(java.util.Comparator.comparingLong(StoredFile::id));
        return all;
    }

    /** The file if it is the demand's or one of its steps' (404 otherwise). */
    private StoredFile ownFile(Actor actor, long id, long fileId) {
        StoredFile f = files.file(actor, fileId).orElse(null);
        boolean own = f != null && FILES_MODULE.equals(f.module())
                && ((FILES_DEMAND.equals(f.kind()) && String.valueOf(id).equals(f.ownerId()))
                        || (FILES_STEP.equals(f.kind()) && stepIds(id).stream().map(String::valueOf)
                                .anyMatch(f.ownerId()::equals)));
        if (!own) {
            throw new NotFoundException(MESSAGES.text("entity.attachment"), fileId);
        }
        return f;
    }

    @Override
    public FileContent attachment(Actor actor, long id, long fileId) {
        DemandRules.requireReader(actor);
        reachable(actor, id);
        ownFile(actor, id, fileId);
        return files.content(actor, fileId);
    }

    @Override
    public void detach(Actor actor, long id, long fileId) {
        if (!actor.hasAnyRole(ATTACHERS)) {
            throw new org.xingfeng.platform.api.ForbiddenException(MESSAGES.text("role.attach"));
        }
        DemandEntity e = reachable(actor, id);
        StoredFile f = ownFile(actor, id, fileId);
        if (!actor.hasRole(Roles.ADMIN) && !f.uploadedBy().equals(actor.username())) {
            throw new XingfengException(403, "not_uploader", MESSAGES.text("detach.notUploader", f.uploadedBy()),
                    List.of());
        }
        if (e.state == DemandState.CLOSED) {
            throw new ConflictException("demand_closed", MESSAGES.text("attach.closed"));
        }
        files.delete(actor, fileId);
    }

    /** Steps beside the flow need a demand still waiting for its reply and not a duplicate. */
    private static void open(DemandEntity e, DemandAction action) {
        if (e.duplicateOf != null) {
            throw DemandRules.notAllowed(e.state, action);
        }
        DemandRules.requireOpen(e.state, action);
    }

    @Override
    public Optional<Demand> demand(Actor actor, long id) {
        DemandRules.requireReader(actor);
        DemandViews views = views();
        boolean clear = DemandRules.clear(actor);
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(DemandEntity.class, id))
                .filter(e -> actor.reach().contains(e.unitId))
                .map(e -> DemandViews.shown(views.demand(e, DemandViews.extensions(em, id)), clear)));
    }

    @Override
    public List<DemandStep> history(Actor actor, long id) {
        DemandRules.requireReader(actor);
        return Jpa.read(emf, em -> {
            DemandEntity e = em.find(DemandEntity.class, id);
            if (e == null || !actor.reach().contains(e.unitId)) {
                throw new NotFoundException(entity, id);
            }
            return em.createQuery("select s from DemandStepEntity s where s.demandId = :id order by s.id",
                    DemandStepEntity.class).setParameter("id", id).getResultList().stream()
                    .map(s -> new DemandStep(s.id, s.demandId, s.action, s.fromState, s.toState, s.takenBy,
                            DemandViews.instant(s.takenAt), s.text))
                    .toList();
        });
    }

    @Override
    public Page<Demand> demands(Actor actor, DemandQuery query, PageRequest page) {
        DemandRules.requireReader(actor);
        DemandQuery q = query == null ? DemandQuery.ALL : query;
        List<Long> units = DemandViews.scope(org, actor, q.unitId());
        DemandViews views = views();
        boolean clear = DemandRules.clear(actor);
        PageRequest p = page == null ? PageRequest.ALL : page;
        return Jpa.read(emf, em -> {
            Jpa.Where<DemandEntity> where = (cb, d) -> where(cb, d, q);
            if (q.overdue() == null) {
                Page<DemandEntity> rows = Jpa.page(em, DemandEntity.class, "unitId", units, where,
                        (cb, d) -> cb.desc(d.get("id")), p);
                Map<Long, List<ExtensionEntity>> ext = DemandViews.extensions(em,
                        rows.items().stream().map(e -> e.id).toList());
                return rows.map(e -> DemandViews.shown(views.demand(e, ext.getOrDefault(e.id, List.of())), clear));
            }
            // overdue depends on the calendar and the extensions: filtered here, then paged
            List<DemandEntity> all = Jpa
                    .page(em, DemandEntity.class, "unitId", units, where, (cb, d) -> cb.desc(d.get("id")),
                            PageRequest.EXPORT)
                    .items();
            Map<Long, List<ExtensionEntity>> ext = DemandViews.extensions(em, all.stream().map(e -> e.id).toList());
            List<Demand> matching = all.stream().map(e -> views.demand(e, ext.getOrDefault(e.id, List.of())))
                    .filter(d -> overdue(d) == q.overdue()).toList();
            int from = Math.min(matching.size(), p.offset());
            int to = Math.min(matching.size(), from + p.size());
            return new Page<>(matching.subList(from, to).stream().map(d -> DemandViews.shown(d, clear)).toList(),
                    p.page(), p.size(), matching.size());
        });
    }

    /** 超期: open past the due day, or replied late. */
    static boolean overdue(Demand d) {
        return d.duplicateOf() == null && (d.deadline() == DeadlineStatus.OVERDUE
                || d.deadline() == DeadlineStatus.REMIND || d.deadline() == DeadlineStatus.ESCALATE
                || d.deadline() == DeadlineStatus.REPLIED_LATE);
    }

    private static List<Predicate> where(CriteriaBuilder cb, Root<DemandEntity> d, DemandQuery q) {
        List<Predicate> where = new ArrayList<>();
        if (q.state() != null) {
            where.add(cb.equal(d.get("state"), q.state()));
        }
        if (q.category() != null) {
            where.add(cb.equal(d.get("category"), q.category()));
        }
        if (q.channel() != null) {
            where.add(cb.equal(d.get("channel"), q.channel()));
        }
        if (q.sectionId() != null) {
            where.add(cb.or(cb.equal(d.get("leadSectionId"), q.sectionId()),
                    cb.like(d.get("handlingSections"), "%," + q.sectionId() + ",%")));
        }
        if (q.from() != null) {
            where.add(cb.greaterThanOrEqualTo(d.<LocalDate>get("receivedOn"), q.from()));
        }
        if (q.to() != null) {
            where.add(cb.lessThanOrEqualTo(d.<LocalDate>get("receivedOn"), q.to()));
        }
        if (q.text() != null && !q.text().isBlank()) {
            String like = Jpa.contains(q.text());
            where.add(cb.or(cb.like(d.get("topic"), like), cb.like(d.get("text"), like)));
        }
        return where;
    }

    @Override
    public Table export(Actor actor, DemandQuery query) {
        DemandQuery q = query == null ? DemandQuery.ALL : query;
        List<Demand> rows = demands(actor, q, PageRequest.EXPORT).items();
        if (DemandRules.clear(actor) && rows.stream().anyMatch(
                d -> d.citizenName() != null || d.citizenPhone() != null || d.citizenIdNumber() != null)) {
            audit.record(actor, "export", AUDIT_TYPE, null, null, q);
        }
        List<List<Object>> lines = new ArrayList<>();
        for (Demand d : rows) {
            lines.add(Arrays.asList(d.id(), d.externalNo(), d.receivedDate(), d.channel().nameZh(),
                    d.category().nameZh(), d.unitName(), d.topic(), d.text(), d.citizenName(), d.citizenPhone(),
                    d.citizenIdNumber(), d.state().nameZh(), d.instruction(), d.leadSectionName(), d.dueDate(),
                    d.deadline().nameZh(), d.reply(), d.repliedOn(),
                    d.satisfied() == null ? null : column(d.satisfied() ? "yes" : "no"), d.duplicateOf(),
                    d.registeredBy()));
        }
        return new Table("民生诉求", "诉求",
                columns("id", "externalNo", "receivedDate", "channel", "category", "unit", "topic", "text",
                        "citizenName", "citizenPhone", "citizenIdNumber", "state", "instruction", "leadSection",
                        "dueDate", "deadline", "reply", "repliedOn", "satisfied", "duplicateOf", "registeredBy"),
                lines);
    }

    @Override
    public Table historyTable(Actor actor, long id) {
        List<List<Object>> lines = new ArrayList<>();
        for (DemandStep s : history(actor, id)) {
            lines.add(Arrays.asList(s.id(), s.action().nameZh(), s.fromState() == null ? null : s.fromState().nameZh(),
                    s.toState().nameZh(), s.by(), time.local(s.at()).toLocalDateTime().toString(), s.text()));
        }
        return new Table("诉求" + id + "办理记录", "办理记录",
                columns("id", "step", "fromState", "toState", "by", "at", "stepText"), lines);
    }

    static List<String> columns(String... keys) {
        return Arrays.stream(keys).map(DemandServiceImpl::column).toList();
    }

    static String column(String key) {
        return MESSAGES.get(Languages.CHINESE, "column." + key);
    }
}
