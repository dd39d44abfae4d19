package org.xingfeng.matters.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.matters.api.ItemChange;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemDraft;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.time.BureauTime;

/** The items of the units' lists (tables MAT_MAIN_ITEM, MAT_SUB_ITEM) and their history from the audit log. */
@Component
public class MatterItemServiceImpl implements MatterItemService {

    static final Messages MESSAGES = Messages.of(MatterItemServiceImpl.class);

    private final EntityManagerFactory emf;
    private final BureauTime time;
    private final AuditLog audit;
    private final OrgService org;
    private final SubItemMapper mapper;
    /** This component's view of the lists' searchable fields, kept as the database's change count says. */
    private final SubItemIndex index = new SubItemIndex();

    @Activate
    public MatterItemServiceImpl(@Reference MattersDatabase database, @Reference AuditLog audit,
            @Reference OrgService org, @Reference BureauTime time) {
        this.time = time;
        this.mapper = new SubItemMapper(time.clock());
        this.emf = database.emf();
        this.audit = audit;
        this.org = org;
    }

    @Override
    public List<MainItem> mainItems(Actor actor, long unitId) {
        actor.reach().checkUnit(unitId);
        return Jpa.read(emf, em -> em
                .createQuery("select m from MainItemEntity m where m.unitId = :u order by m.code", MainItemEntity.class)
                .setParameter("u", unitId).getResultList().stream().map(MainItemEntity::toRecord).toList());
    }

    @Override
    public Optional<MainItem> mainItem(Actor actor, long id) {
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(MainItemEntity.class, id))
                .filter(m -> actor.reach().contains(m.unitId)).map(MainItemEntity::toRecord));
    }

    @Override
    public Optional<SubItem> subItem(Actor actor, long id) {
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(SubItemEntity.class, id))
                .filter(s -> actor.reach().contains(s.unitId)).map(mapper::toRecord));
    }

    @Override
    public Page<SubItem> subItems(Actor actor, SubItemQuery query, PageRequest page) {
        SubItemQuery q = query == null ? SubItemQuery.ALL : query;
        if (q.unitId() != null) {
            actor.reach().checkUnit(q.unitId());
        }
        // without a unit: every unit in reach (null: the whole installation)
        Set<Long> units = q.unitId() != null || actor.reach().everywhere() ? null : actor.reach().unitIds();
        if (units != null && units.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        return Jpa.read(emf, em -> {
            SubItemIndex.Matches matches = index.search(em, q, units, page.offset(), page.size());
            return new Page<>(rows(em, matches.ids()), page.page(), page.size(), matches.total()).map(mapper::toRecord);
        });
    }

    /** Rows read this many at a time (an export's page has up to 100,000). */
    private static final int ROWS_AT_ONCE = 500;

    /** The rows of these ids in their order; a row deleted since the index was read is left out. */
    private static List<SubItemEntity> rows(EntityManager em, List<Long> ids) {
        Map<Long, SubItemEntity> rows = new HashMap<>();
        for (int from = 0; from < ids.size(); from += ROWS_AT_ONCE) {
            for (SubItemEntity e : em
                    .createQuery("select s from SubItemEntity s where s.id in :ids", SubItemEntity.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + ROWS_AT_ONCE)))
                    .getResultList()) {
                rows.put(e.id, e);
            }
        }
        return ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public SubItem createSubItem(Actor actor, SubItemDraft draft) {
        SubItemRules.requireEditor(actor);
        SubItemRules.validate(draft);
        SubItem created = Jpa.inTransaction(emf, em -> {
            MainItemEntity main = em.find(MainItemEntity.class, draft.mainItemId());
            if (main == null || !actor.reach().contains(main.unitId)) {
                throw new ValidationException("mainItemId",
                        MESSAGES.text("matterItem.main_item_not_found", draft.mainItemId()));
            }
            OrgUnit unit = org.unit(actor, main.unitId)
                    .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.orgUnit"), main.unitId));
            ListImport.Outcome outcome = new ListImport(em, unit, mapper)
                    .create(SubItemMapper.row(draft, main.toRecord()));
            em.flush();
            SubItem made = outcome.changes().get(0).after();
            // in the change's transaction, its last step: a failed entry undoes the change
            audit.record(actor, "create", "matters.subItem", made.id(), null, made);
            return made;
        });
        return created;
    }

    @Override
    public SubItem updateSubItem(Actor actor, long id, SubItemDraft draft) {
        SubItemRules.requireEditor(actor);
        SubItemRules.validate(draft);
        ListImport.Change change = Jpa.inTransaction(emf, em -> {
            SubItemEntity sub = em.find(SubItemEntity.class, id);
            if (sub == null || !actor.reach().contains(sub.unitId)) {
                throw new NotFoundException(MESSAGES.text("entity.matter"), id);
            }
            MainItemEntity main = em.find(MainItemEntity.class, draft.mainItemId());
            if (main == null || main.unitId != sub.unitId || !actor.reach().contains(main.unitId)) {
                throw new ValidationException("mainItemId", MESSAGES.text("matterItem.main_item_not_found_unit"));
            }
            OrgUnit unit = org.unit(actor, main.unitId)
                    .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.orgUnit"), main.unitId));
            ListImport.Change changed = new ListImport(em, unit, mapper).update(sub, main,
                    SubItemMapper.row(draft, main.toRecord()));
            em.flush();
            audit.record(actor, "update", "matters.subItem", id, changed.before(), changed.after());
            return changed;
        });
        return change.after();
    }

    @Override
    public void deleteSubItem(Actor actor, long id) {
        SubItemRules.requireEditor(actor);
        SubItem before = Jpa.inTransaction(emf, em -> {
            SubItemEntity sub = em.find(SubItemEntity.class, id);
            if (sub == null || !actor.reach().contains(sub.unitId)) {
                throw new NotFoundException(MESSAGES.text("entity.matter"), id);
            }
            SubItem record = mapper.toRecord(sub);
            em.remove(sub);
            em.flush();
            SearchStampEntity.bump(em);
            audit.record(actor, "delete", "matters.subItem", id, record, null);
            return record;
        });
    }

    @Override
    public List<ItemChange> history(Actor actor, long subItemId) {
        List<ItemChange> changes = audit.entityHistory(ItemHistory.ENTITY, String.valueOf(subItemId), PageRequest.ALL)
                .items().stream().map(ItemHistory::change).toList();
        // the item's unit: from the table, or for a deleted item from its last recorded state
        Long unitId = Jpa.read(emf, em -> {
            SubItemEntity sub = em.find(SubItemEntity.class, subItemId);
            return sub != null ? Long.valueOf(sub.unitId) : ItemHistory.unitOf(changes);
        });
        if (unitId == null || !actor.reach().contains(unitId)) {
            throw new NotFoundException(MESSAGES.text("entity.matter"), subItemId);
        }
        return changes;
    }
}
