package org.xingfeng.matters.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

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
            List<Long> mains = matchingMains(em, q, units);
            if (mains != null && mains.isEmpty() && q.text() == null) {
                return new Page<SubItem>(List.of(), page.page(), page.size(), 0);
            }
            return pageByIds(em, (cb, s) -> {
                List<Predicate> where = new ArrayList<>();
                if (q.unitId() != null) {
                    where.add(cb.equal(s.get("unitId"), q.unitId()));
                }
                if (units != null) {
                    where.add(s.get("unitId").in(units));
                }
                if (q.mainItemId() != null) {
                    where.add(cb.equal(s.get("mainItemId"), q.mainItemId()));
                }
                if (q.level() != null) {
                    where.add(cb.like(s.get("levels"), "%" + q.level().name() + "%"));
                }
                if (q.category() != null) {
                    where.add(mains.isEmpty() ? cb.disjunction() : s.get("mainItemId").in(mains));
                }
                if (q.text() != null) {
                    String like = Jpa.contains(q.text());
                    Predicate own = cb.or(cb.like(s.get("name"), like), cb.like(s.get("basicCode"), like),
                            cb.like(s.get("implementationCode"), like));
                    where.add(
                            q.category() == null && !mains.isEmpty() ? cb.or(own, s.get("mainItemId").in(mains)) : own);
                }
                return where;
            }, page).map(mapper::toRecord);
        });
    }

    /** Pages up to this size are fetched by their ids first; larger ones (exports) as one query. */
    static final int PAGE_BY_IDS = 200;

    /**
     * A page of sub-items in code order. The page's ids are sorted and picked first, then only those rows read: sorting
     * the whole rows (four LOB columns) of a search's matches made Derby spill them to disk, and a search over 10,000
     * items took seconds (the bench's {@code matters} scenario). The id after the code keeps pages apart.
     */
    private static Page<SubItemEntity> pageByIds(EntityManager em, Jpa.Where<SubItemEntity> where, PageRequest page) {
        if (page.size() > PAGE_BY_IDS) {
            return Jpa.page(em, SubItemEntity.class, where, (cb, s) -> cb.asc(s.get("basicCode")), page);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<SubItemEntity> counted = count.from(SubItemEntity.class);
        count.select(cb.count(counted)).where(where.of(cb, counted).toArray(Predicate[]::new));
        long total = em.createQuery(count).getSingleResult();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<SubItemEntity> s = ids.from(SubItemEntity.class);
        ids.select(s.get("id")).where(where.of(cb, s).toArray(Predicate[]::new)).orderBy(cb.asc(s.get("basicCode")),
                cb.asc(s.get("id")));
        List<Long> pageIds = em.createQuery(ids).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        if (pageIds.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), total);
        }
        Map<Long, SubItemEntity> rows = new HashMap<>();
        for (SubItemEntity e : em.createQuery("select s from SubItemEntity s where s.id in :ids", SubItemEntity.class)
                .setParameter("ids", pageIds).getResultList()) {
            rows.put(e.id, e);
        }
        // a row deleted between the two queries is left out
        List<SubItemEntity> items = pageIds.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Main items whose category or name the query asks for; null when the query does not filter on them. */
    private static List<Long> matchingMains(EntityManager em, SubItemQuery q, Set<Long> units) {
        if (q.category() == null && q.text() == null) {
            return null;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<MainItemEntity> m = cq.from(MainItemEntity.class);
        List<Predicate> where = new ArrayList<>();
        if (q.unitId() != null) {
            where.add(cb.equal(m.get("unitId"), q.unitId()));
        }
        if (units != null) {
            where.add(m.get("unitId").in(units));
        }
        if (q.category() != null) {
            where.add(cb.equal(m.get("category"), q.category()));
        }
        if (q.text() != null) {
            String like = Jpa.contains(q.text());
            where.add(cb.or(cb.like(m.get("name"), like), cb.like(m.get("code"), like)));
        }
        cq.select(m.get("id")).where(where.toArray(Predicate[]::new));
        return em.createQuery(cq).getResultList();
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
