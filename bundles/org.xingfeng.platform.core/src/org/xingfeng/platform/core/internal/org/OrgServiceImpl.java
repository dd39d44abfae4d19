package org.xingfeng.platform.core.internal.org;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.event.OrgEvents;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.core.internal.Access;
import org.xingfeng.platform.core.internal.security.TokenStore;
import org.xingfeng.platform.core.internal.store.OrgUnitEntity;
import org.xingfeng.platform.core.internal.store.PlatformStore;
import org.xingfeng.platform.core.internal.store.SectionEntity;
import org.xingfeng.platform.core.internal.store.StaffEntity;

/** The organisation tree, sections and staff in the platform's tables. */
@Component
public class OrgServiceImpl implements OrgService {

    static final Messages MESSAGES = Messages.of(OrgServiceImpl.class);

    private final PlatformStore store;
    private final AuditLog audit;
    private final SpreadsheetService spreadsheets;
    private final OrgTree tree;
    private final TokenStore tokens;

    @Activate
    public OrgServiceImpl(@Reference PlatformStore store, @Reference AuditLog audit,
            @Reference SpreadsheetService spreadsheets, @Reference OrgTree tree, @Reference TokenStore tokens) {
        this.tokens = tokens;
        this.store = store;
        this.audit = audit;
        this.spreadsheets = spreadsheets;
        this.tree = tree;
    }

    @Override
    public List<OrgUnit> units(Actor actor) {
        // from the database, not the tree in memory: a unit another server made a moment ago must be listed (the
        // evaluations module's intake, say, looks a new unit up in this list). Columns, not entities: a province's
        // 44,000 entities in a unit of work at every call were most of a loaded server's garbage.
        Reach reach = actor.reach();
        return Jpa.read(store.emf(), em -> em.createQuery(
                "select u.id, u.parentId, u.code, u.name, u.level from OrgUnitEntity u order by u.code",
                Object[].class).getResultStream().filter(r -> reach.contains((Long) r[0]))
                .map(r -> new OrgUnit((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (OrgLevel) r[4]))
                .toList());
    }

    @Override
    public Optional<OrgUnit> unit(Actor actor, long id) {
        if (!actor.reach().contains(id)) {
            return Optional.empty();
        }
        return Jpa.read(store.emf(),
                em -> Optional.ofNullable(em.find(OrgUnitEntity.class, id)).map(OrgUnitEntity::toRecord));
    }

    @Override
    public Optional<OrgUnit> unitByCode(Actor actor, String code) {
        return Jpa.read(store.emf(),
                em -> em.createQuery("select u from OrgUnitEntity u where u.code = :c", OrgUnitEntity.class)
                        .setParameter("c", code).getResultStream().findFirst().filter(u -> actor.reach().contains(u.id))
                        .map(OrgUnitEntity::toRecord));
    }

    @Override
    public List<OrgUnit> subtree(Actor actor, long unitId) {
        actor.reach().checkUnit(unitId);
        List<OrgUnit> units = tree.subtree(unitId);
        if (units.isEmpty()) {
            throw new NotFoundException(MESSAGES.text("entity.orgUnit"), unitId);
        }
        return units;
    }

    @Override
    public OrgUnit createUnit(Actor actor, OrgUnitDraft draft) {
        Access.require(actor, Roles.ADMIN);
        checkParentInReach(actor, draft);
        OrgUnit created = Jpa.inTransaction(store.emf(), em -> {
            validateUnit(em, draft, null);
            OrgUnitEntity e = new OrgUnitEntity();
            apply(e, draft);
            em.persist(e);
            em.flush();
            OrgUnit made = e.toRecord();
            audit.record(actor, "create", "org.unit", made.id(), null, made);
            return made;
        });
        tree.changed();
        post(OrgEvents.UNIT_CREATED, created, null);
        return created;
    }

    @Override
    public OrgUnit updateUnit(Actor actor, long id, OrgUnitDraft draft) {
        Access.require(actor, Roles.ADMIN);
        actor.reach().checkUnit(id);
        OrgUnit[] before = new OrgUnit[1];
        OrgUnit after = Jpa.inTransaction(store.emf(), em -> {
            OrgUnitEntity e = em.find(OrgUnitEntity.class, id);
            if (e == null) {
                throw new NotFoundException(MESSAGES.text("entity.orgUnit"), id);
            }
            if (draft != null && !java.util.Objects.equals(e.parentId, draft.parentId())) {
                checkParentInReach(actor, draft);
            }
            validateUnit(em, draft, id);
            before[0] = e.toRecord();
            apply(e, draft);
            OrgUnit changed = e.toRecord();
            audit.record(actor, "update", "org.unit", id, before[0], changed);
            return changed;
        });
        tree.changed();
        boolean moved = !java.util.Objects.equals(before[0].parentId(), after.parentId());
        post(moved ? OrgEvents.UNIT_MOVED : OrgEvents.UNIT_UPDATED, after, moved ? before[0].parentId() : null);
        return after;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** Posts an organisation event after the commit; without Event Admin nobody is listening. */
    private void post(String topic, OrgUnit unit, Long oldParentId) {
        EventAdmin ea = events;
        if (ea == null) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        props.put(OrgEvents.UNIT_ID, unit.id());
        if (unit.parentId() != null) {
            props.put(OrgEvents.PARENT_ID, unit.parentId());
        }
        if (oldParentId != null) {
            props.put(OrgEvents.OLD_PARENT_ID, oldParentId);
        }
        ea.postEvent(new Event(topic, props));
    }

    /** A unit is made or moved below a unit in reach; a root only by an account of the whole installation. */
    private static void checkParentInReach(Actor actor, OrgUnitDraft draft) {
        if (draft == null) {
            return;
        }
        if (draft.parentId() == null) {
            if (!actor.reach().everywhere()) {
                throw new ValidationException("parentId", MESSAGES.text("org.parent_required"));
            }
        } else if (!actor.reach().contains(draft.parentId())) {
            throw new ValidationException("parentId", MESSAGES.text("org.parent_unit_not_found", draft.parentId()));
        }
    }

    private static void apply(OrgUnitEntity e, OrgUnitDraft d) {
        e.parentId = d.parentId();
        e.code = d.code().strip();
        e.name = d.name().strip();
        e.level = d.level();
    }

    private static void validateUnit(EntityManager em, OrgUnitDraft d, Long selfId) {
        if (d == null) {
            throw new ValidationException("body", MESSAGES.text("org.empty_request"));
        }
        if (d.code() == null || d.code().isBlank() || d.code().strip().length() > 64) {
            throw new ValidationException("code", MESSAGES.text("org.code_required_at_most_64"));
        }
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 200) {
            throw new ValidationException("name", MESSAGES.text("org.name_required_at_most_200"));
        }
        if (d.level() == null) {
            throw new ValidationException("level", MESSAGES.text("org.level_required"));
        }
        if (d.parentId() != null) {
            OrgUnitEntity parent = em.find(OrgUnitEntity.class, d.parentId());
            if (parent == null) {
                throw new ValidationException("parentId", MESSAGES.text("org.parent_unit_not_found", d.parentId()));
            }
            if (!parent.level.isAbove(d.level())) {
                throw new ValidationException("level",
                        MESSAGES.text("org.level_below_parent_level", parent.level));
            }
            if (selfId != null && isDescendantOrSelf(em, d.parentId(), selfId)) {
                throw new ValidationException("parentId", MESSAGES.text("org.unit_cannot_move_below_itself"));
            }
        }
        List<Long> sameCode = em.createQuery("select u.id from OrgUnitEntity u where u.code = :c", Long.class)
                .setParameter("c", d.code().strip()).getResultList();
        if (!sameCode.isEmpty() && !sameCode.get(0).equals(selfId)) {
            throw new ConflictException("code_taken", MESSAGES.text("org.code_already_exists", d.code()));
        }
    }

    private static boolean isDescendantOrSelf(EntityManager em, long candidate, long ancestor) {
        Long current = candidate;
        int guard = 0;
        while (current != null && guard++ < 100) {
            if (current == ancestor) {
                return true;
            }
            OrgUnitEntity e = em.find(OrgUnitEntity.class, current);
            current = e == null ? null : e.parentId;
        }
        return false;
    }

    @Override
    public List<Section> sections(Actor actor, long unitId) {
        actor.reach().checkUnit(unitId);
        return Jpa.read(store.emf(), em -> em
                .createQuery("select s from SectionEntity s where s.unitId = :u order by s.name", SectionEntity.class)
                .setParameter("u", unitId).getResultList().stream().map(SectionEntity::toRecord).toList());
    }

    @Override
    public Optional<Section> section(Actor actor, long id) {
        return Jpa.read(store.emf(), em -> Optional.ofNullable(em.find(SectionEntity.class, id))
                .filter(s -> actor.reach().contains(s.unitId)).map(SectionEntity::toRecord));
    }

    @Override
    public Section createSection(Actor actor, long unitId, String name) {
        Access.require(actor, Roles.ADMIN);
        actor.reach().checkUnit(unitId);
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new ValidationException("name", MESSAGES.text("org.section_name_required_at_most"));
        }
        Section created = Jpa.inTransaction(store.emf(), em -> {
            if (em.find(OrgUnitEntity.class, unitId) == null) {
                throw new NotFoundException(MESSAGES.text("entity.orgUnit"), unitId);
            }
            boolean exists = !em
                    .createQuery("select s.id from SectionEntity s where s.unitId = :u and s.name = :n", Long.class)
                    .setParameter("u", unitId).setParameter("n", name.strip()).getResultList().isEmpty();
            if (exists) {
                throw new ConflictException("section_exists", MESSAGES.text("org.section_already_exists", name));
            }
            SectionEntity s = new SectionEntity();
            s.unitId = unitId;
            s.name = name.strip();
            em.persist(s);
            em.flush();
            Section made = s.toRecord();
            audit.record(actor, "create", "org.section", made.id(), null, made);
            return made;
        });
        return created;
    }

    @Override
    public Page<Staff> staff(Actor actor, StaffQuery query, PageRequest page) {
        StaffQuery q = query == null ? StaffQuery.ALL : query;
        Reach reach = actor.reach();
        if (q.unitId() != null) {
            reach.checkUnit(q.unitId());
        }
        Set<Long> scope = q.unitId() != null || reach.everywhere() ? null : reach.unitIds();
        return Jpa.read(store.emf(), em -> Jpa.page(em, StaffEntity.class, "unitId", scope, (cb, r) -> {
            List<Predicate> where = new ArrayList<>();
            if (q.unitId() != null) {
                where.add(cb.equal(r.get("unitId"), q.unitId()));
            }
            if (q.sectionId() != null) {
                where.add(cb.equal(r.get("sectionId"), q.sectionId()));
            }
            if (q.tier() != null) {
                where.add(cb.equal(r.get("tier"), q.tier()));
            }
            if (q.active() != null) {
                where.add(cb.equal(r.get("active"), q.active()));
            }
            if (q.text() != null && !q.text().isBlank()) {
                String like = Jpa.contains(q.text());
                where.add(cb.or(cb.like(r.get("name"), like), cb.like(r.get("staffNumber"), like)));
            }
            return where;
        }, (cb, r) -> cb.asc(r.get("staffNumber")), page).map(StaffEntity::toRecord));
    }

    @Override
    public Optional<Staff> staffMember(Actor actor, long id) {
        return Jpa.read(store.emf(), em -> Optional.ofNullable(em.find(StaffEntity.class, id))
                .filter(s -> actor.reach().contains(s.unitId)).map(StaffEntity::toRecord));
    }

    @Override
    public Optional<Staff> staffByNumber(Actor actor, String staffNumber) {
        return Jpa.read(store.emf(), em -> findStaff(em, staffNumber).filter(s -> actor.reach().contains(s.unitId))
                .map(StaffEntity::toRecord));
    }

    private static Optional<StaffEntity> findStaff(EntityManager em, String staffNumber) {
        return em.createQuery("select s from StaffEntity s where s.staffNumber = :n", StaffEntity.class)
                .setParameter("n", staffNumber).getResultStream().findFirst();
    }

    @Override
    public Staff createStaff(Actor actor, StaffDraft draft) {
        Access.require(actor, Roles.ADMIN);
        checkStaffUnit(actor, draft);
        Staff created = Jpa.inTransaction(store.emf(), em -> {
            StaffRules.check(em, draft, 0).ifPresent(err -> {
                throw ValidationException.of(List.of(err));
            });
            if (findStaff(em, draft.staffNumber().strip()).isPresent()) {
                throw new ConflictException("staff_number_taken",
                        MESSAGES.text("org.staff_number_already_exists", draft.staffNumber()));
            }
            StaffEntity e = new StaffEntity();
            StaffRules.apply(e, draft);
            em.persist(e);
            em.flush();
            Staff made = e.toRecord();
            audit.record(actor, "create", "org.staff", made.id(), null, made);
            return made;
        });
        return created;
    }

    @Override
    public Staff updateStaff(Actor actor, long id, StaffDraft draft) {
        Access.require(actor, Roles.ADMIN);
        checkStaffUnit(actor, draft);
        Staff[] before = new Staff[1];
        Staff after = Jpa.inTransaction(store.emf(), em -> {
            StaffEntity e = em.find(StaffEntity.class, id);
            if (e == null || !actor.reach().contains(e.unitId)) {
                throw new NotFoundException(MESSAGES.text("entity.staff"), id);
            }
            StaffRules.check(em, draft, 0).ifPresent(err -> {
                throw ValidationException.of(List.of(err));
            });
            Optional<StaffEntity> other = findStaff(em, draft.staffNumber().strip());
            if (other.isPresent() && !other.get().id.equals(id)) {
                throw new ConflictException("staff_number_taken",
                        MESSAGES.text("org.staff_number_already_exists", draft.staffNumber()));
            }
            before[0] = e.toRecord();
            StaffRules.apply(e, draft);
            Staff changed = e.toRecord();
            audit.record(actor, "update", "org.staff", id, before[0], changed);
            if (before[0].unitId() != changed.unitId()) {
                tokens.revokeStaff(id); // their accounts' reach moved with them
            }
            return changed;
        });
        return after;
    }

    /** A staff member's unit must be in reach, reported like a unit that does not exist. */
    private static void checkStaffUnit(Actor actor, StaffDraft draft) {
        if (draft != null && draft.unitId() != 0 && !actor.reach().contains(draft.unitId())) {
            throw new ValidationException("unitId", MESSAGES.text("org.unit_not_found", draft.unitId()));
        }
    }

    @Override
    public ImportReport importStaff(Actor actor, InputStream xlsx, boolean dryRun) {
        Access.require(actor, Roles.ADMIN);
        StaffImport.Parsed parsed = StaffImport.parse(spreadsheets.read(xlsx));
        StaffImport.Result result = Jpa.inTransaction(store.emf(), em -> {
            StaffImport.Plan plan = StaffImport.plan(em, parsed, actor.reach());
            if (!plan.errors().isEmpty() || dryRun) {
                return new StaffImport.Result(
                        new ImportReport(dryRun, parsed.rows().size(), plan.creates(), plan.updates(), plan.errors()),
                        List.of());
            }
            List<StaffImport.Change> changes = plan.apply(em);
            for (StaffImport.Change c : changes) {
                audit.record(actor, c.before() == null ? "import-create" : "import-update", "org.staff",
                        c.after().id(), c.before(), c.after());
            }
            return new StaffImport.Result(
                    new ImportReport(false, parsed.rows().size(), plan.creates(), plan.updates(), List.of()), changes);
        });
        return result.report();
    }
}
