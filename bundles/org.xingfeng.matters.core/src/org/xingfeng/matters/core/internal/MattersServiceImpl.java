package org.xingfeng.matters.core.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.matters.api.ItemChange;
import org.xingfeng.matters.api.ListComparison;
import org.xingfeng.matters.api.ListMetrics;
import org.xingfeng.matters.api.ListVersion;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.MattersService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemDraft;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.persistence.PersistenceService;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.Csv;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.spreadsheet.Table;


/** The matters lists in the module's own tables (MAT_*). */
@Component
public class MattersServiceImpl implements MattersService {

    static final String UNIT = "xingfeng.matters";

    private final EntityManagerFactory emf;
    private final AuditLog audit;
    private final SpreadsheetService spreadsheets;
    private final OrgService org;
    private final SubItemMapper mapper = new SubItemMapper();

    @Activate
    public MattersServiceImpl(@Reference PersistenceService persistence, @Reference AuditLog audit,
            @Reference SpreadsheetService spreadsheets, @Reference OrgService org) {
        this.emf = persistence.createEntityManagerFactory(UNIT, MattersServiceImpl.class.getClassLoader(), Map.of());
        this.audit = audit;
        this.spreadsheets = spreadsheets;
        this.org = org;
    }

    @Deactivate
    void close() {
        emf.close();
    }

    @Override
    public List<MainItem> mainItems(long unitId) {
        return Jpa.read(emf, em -> em
                .createQuery("select m from MainItemEntity m where m.unitId = :u order by m.code", MainItemEntity.class)
                .setParameter("u", unitId).getResultList().stream().map(MainItemEntity::toRecord).toList());
    }

    @Override
    public Optional<MainItem> mainItem(long id) {
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(MainItemEntity.class, id)).map(MainItemEntity::toRecord));
    }

    @Override
    public Optional<SubItem> subItem(long id) {
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(SubItemEntity.class, id)).map(mapper::toRecord));
    }

    @Override
    public Page<SubItem> subItems(SubItemQuery query, PageRequest page) {
        SubItemQuery q = query == null ? SubItemQuery.ALL : query;
        return Jpa.read(emf, em -> {
            List<Long> mains = matchingMains(em, q);
            if (mains != null && mains.isEmpty() && q.text() == null) {
                return new Page<SubItem>(List.of(), page.page(), page.size(), 0);
            }
            return Jpa.page(em, SubItemEntity.class, (cb, s) -> {
                List<Predicate> where = new ArrayList<>();
                if (q.unitId() != null) {
                    where.add(cb.equal(s.get("unitId"), q.unitId()));
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
                    where.add(q.category() == null && !mains.isEmpty() ? cb.or(own, s.get("mainItemId").in(mains)) : own);
                }
                return where;
            }, (cb, s) -> cb.asc(s.get("basicCode")), page).map(mapper::toRecord);
        });
    }

    /** Main items whose category or name the query asks for; null when the query does not filter on them. */
    private static List<Long> matchingMains(EntityManager em, SubItemQuery q) {
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

    private void requireEditor(Actor actor) {
        if (!actor.hasAnyRole(EDITOR_ROLE, Roles.ADMIN)) {
            throw new ForbiddenException("需要事项清单编辑角色 (requires the role " + EDITOR_ROLE + ")");
        }
    }

    private static void validate(SubItemDraft draft) {
        List<FieldError> errors = DraftRules.check(draft);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors.get(0).message(), errors);
        }
    }

    @Override
    public SubItem createSubItem(Actor actor, SubItemDraft draft) {
        requireEditor(actor);
        validate(draft);
        SubItem created = Jpa.inTransaction(emf, em -> {
            MainItemEntity main = em.find(MainItemEntity.class, draft.mainItemId());
            if (main == null) {
                throw new ValidationException("mainItemId", "主项不存在 (main item not found): " + draft.mainItemId());
            }
            OrgUnit unit = org.unit(Actor.SYSTEM, main.unitId).orElseThrow(() -> new NotFoundException("org unit", main.unitId));
            ListImport.Outcome outcome = new ListImport(em, unit, mapper).create(SubItemMapper.row(draft, main.toRecord()));
            return outcome.changes().get(0).after();
        });
        audit.record(actor, "create", "matters.subItem", created.id(), null, created);
        return created;
    }

    @Override
    public SubItem updateSubItem(Actor actor, long id, SubItemDraft draft) {
        requireEditor(actor);
        validate(draft);
        ListImport.Change change = Jpa.inTransaction(emf, em -> {
            SubItemEntity sub = em.find(SubItemEntity.class, id);
            if (sub == null) {
                throw new NotFoundException("matter", id);
            }
            MainItemEntity main = em.find(MainItemEntity.class, draft.mainItemId());
            if (main == null || main.unitId != sub.unitId) {
                throw new ValidationException("mainItemId", "主项不存在或不属于同一单位 (main item not found in this unit)");
            }
            OrgUnit unit = org.unit(Actor.SYSTEM, main.unitId).orElseThrow(() -> new NotFoundException("org unit", main.unitId));
            return new ListImport(em, unit, mapper).update(sub, main, SubItemMapper.row(draft, main.toRecord()));
        });
        audit.record(actor, "update", "matters.subItem", id, change.before(), change.after());
        return change.after();
    }

    @Override
    public void deleteSubItem(Actor actor, long id) {
        requireEditor(actor);
        SubItem before = Jpa.inTransaction(emf, em -> {
            SubItemEntity sub = em.find(SubItemEntity.class, id);
            if (sub == null) {
                throw new NotFoundException("matter", id);
            }
            SubItem record = mapper.toRecord(sub);
            em.remove(sub);
            return record;
        });
        audit.record(actor, "delete", "matters.subItem", id, before, null);
    }

    @Override
    public List<ItemChange> history(long subItemId) {
        List<ItemChange> changes = audit.entityHistory(ItemHistory.ENTITY, String.valueOf(subItemId), PageRequest.ALL)
                .items().stream().map(ItemHistory::change).toList();
        if (changes.isEmpty() && subItem(subItemId).isEmpty()) {
            throw new NotFoundException("matter", subItemId);
        }
        return changes;
    }

    @Override
    public ImportReport importList(Actor actor, long unitId, InputStream file, Format format, boolean dryRun) {
        requireEditor(actor);
        OrgUnit unit = org.unit(Actor.SYSTEM, unitId).orElseThrow(() -> new NotFoundException("org unit", unitId));
        List<List<String>> cells = format == Format.CSV ? Csv.read(file) : spreadsheets.read(file).get(0).rows();
        MattersSheet.Result sheet = MattersSheet.read(cells);
        if (!sheet.errors().isEmpty()) {
            return new ImportReport(dryRun, sheet.rows().size() + sheet.errors().size(), 0, 0, sheet.errors());
        }
        ListImport.Outcome outcome = Jpa.inTransaction(emf, em -> {
            ListImport listImport = new ListImport(em, unit, mapper);
            return dryRun ? listImport.plan(sheet.rows()) : listImport.apply(sheet.rows());
        });
        if (!dryRun) {
            for (ListImport.Change c : outcome.changes()) {
                audit.record(actor, c.before() == null ? "import-create" : "import-update", "matters.subItem",
                        c.after().id(), c.before(), c.after());
            }
        }
        return new ImportReport(dryRun, sheet.rows().size(), outcome.created(), outcome.updated(), List.of());
    }

    @Override
    public Table exportList(long unitId) {
        OrgUnit unit = org.unit(Actor.SYSTEM, unitId).orElseThrow(() -> new NotFoundException("org unit", unitId));
        Map<Long, MainItem> mains = mainItems(unitId).stream().collect(Collectors.toMap(MainItem::id, m -> m));
        List<SubItem> subs = subItems(new SubItemQuery(unitId, null, null, null, null), PageRequest.EXPORT).items();
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (SubItem s : subs) {
            MainItem m = mains.get(s.mainItemId());
            rows.add(Arrays.asList(n++, m.name(), m.category().nameZh(), s.name(), SubItemMapper.letters(s.levels()), s.legalBasis(),
                    s.materials().stream().map(Material::name).collect(Collectors.joining("；")),
                    s.timeLimit() == null ? null : s.timeLimit().label(), String.join("—", s.steps()), s.remarks(),
                    s.basicCode(), s.implementationCode(), s.conditions(), s.place(), s.consultation(), s.complaint(),
                    s.fees()));
        }
        return new Table("事项清单-" + unit.code(), "事项清单", MattersSheet.COLUMNS, rows);
    }

    @Override
    public ListComparison compare(long unitId, Long standardUnitId) {
        OrgUnit unit = org.unit(Actor.SYSTEM, unitId).orElseThrow(() -> new NotFoundException("org unit", unitId));
        long standard;
        if (standardUnitId != null) {
            standard = org.unit(Actor.SYSTEM, standardUnitId).orElseThrow(() -> new NotFoundException("org unit", standardUnitId)).id();
        } else {
            standard = provinceOf(unit).orElseThrow(() -> new ValidationException("standard",
                    "该单位没有上级省级单位，请指定标准清单的单位 (the unit has no province; name the standard list's unit)")).id();
        }
        if (standard == unitId) {
            throw new ValidationException("standard", "不能与自身比较 (a list cannot be compared with itself)");
        }
        return ListComparer.compare(side(unitId), side(standard));
    }

    private Optional<OrgUnit> provinceOf(OrgUnit unit) {
        OrgUnit u = unit;
        for (int guard = 0; u != null && guard < 10; guard++) {
            if (u.level() == OrgLevel.PROVINCE) {
                return Optional.of(u);
            }
            u = u.parentId() == null ? null : org.unit(Actor.SYSTEM, u.parentId()).orElse(null);
        }
        return Optional.empty();
    }

    private ListComparer.Side side(long unitId) {
        return new ListComparer.Side(unitId, mainItems(unitId),
                subItems(new SubItemQuery(unitId, null, null, null, null), PageRequest.EXPORT).items());
    }

    @Override
    public Table comparisonTable(ListComparison c) {
        List<List<Object>> rows = new ArrayList<>();
        for (ListComparison.ItemRef r : c.missing()) {
            rows.add(Arrays.asList("缺少", r.mainName(), r.subName(), r.basicCode(), null, null, null));
        }
        for (ListComparison.ItemRef r : c.extra()) {
            rows.add(Arrays.asList("多出", r.mainName(), r.subName(), r.basicCode(), null, null, null));
        }
        for (ListComparison.ItemDifference d : c.different()) {
            for (ListComparison.ElementDifference e : d.elements()) {
                rows.add(Arrays.asList("不一致", d.item().mainName(), d.item().subName(), d.item().basicCode(), e.element(),
                        e.standardValue(), e.localValue()));
            }
        }
        return new Table("六统一比对", "六统一比对", List.of("结果", "主项名称", "子项名称", "基本编码", "要素", "标准清单", "本单位清单"),
                rows);
    }

    @Override
    public ListMetrics metrics(long unitId) {
        org.unit(Actor.SYSTEM, unitId).orElseThrow(() -> new NotFoundException("org unit", unitId));
        return MetricsCalculator.of(unitId, subItems(new SubItemQuery(unitId, null, null, null, null), PageRequest.EXPORT).items());
    }

    @Override
    public ListVersion publish(Actor actor, long unitId, LocalDate effectiveDate, String note) {
        requireEditor(actor);
        org.unit(Actor.SYSTEM, unitId).orElseThrow(() -> new NotFoundException("org unit", unitId));
        if (effectiveDate == null) {
            throw new ValidationException("effectiveDate", "生效日期必填 (effective date is required)");
        }
        if (note != null && note.length() > 500) {
            throw new ValidationException("note", "说明不超过500字 (note at most 500 characters)");
        }
        List<SubItem> items = subItems(new SubItemQuery(unitId, null, null, null, null), PageRequest.EXPORT).items();
        if (items.isEmpty()) {
            throw new ValidationException("unitId", "清单为空，不能发布 (an empty list cannot be published)");
        }
        ListMetrics m = MetricsCalculator.of(unitId, items);
        ListVersion published = Jpa.inTransaction(emf, em -> {
            Integer last = em.createQuery("select max(v.number) from ListVersionEntity v where v.unitId = :u", Integer.class)
                    .setParameter("u", unitId).getSingleResult();
            ListVersionEntity v = new ListVersionEntity();
            v.unitId = unitId;
            v.number = last == null ? 1 : last + 1;
            v.effectiveDate = effectiveDate;
            v.publishedBy = actor.username();
            v.publishedAt = java.sql.Timestamp.from(java.time.Instant.now());
            v.note = note == null || note.isBlank() ? null : note.strip();
            v.items = m.items();
            v.averageMaterials = m.averageMaterials();
            v.averageTimeLimitDays = m.averageTimeLimitDays();
            v.averageSteps = m.averageSteps();
            v.onTheSpot = m.onTheSpot();
            v.snapshotJson = mapper.snapshot(items);
            em.persist(v);
            em.flush();
            return v.toRecord();
        });
        audit.record(actor, "publish", "matters.listVersion", published.id(), null, published);
        return published;
    }

    @Override
    public List<ListVersion> versions(long unitId) {
        return Jpa.read(emf, em -> em
                .createQuery("select v from ListVersionEntity v where v.unitId = :u order by v.number desc", ListVersionEntity.class)
                .setParameter("u", unitId).getResultList().stream().map(ListVersionEntity::toRecord).toList());
    }

    @Override
    public List<SubItem> versionItems(long versionId) {
        return Jpa.read(emf, em -> {
            ListVersionEntity v = em.find(ListVersionEntity.class, versionId);
            if (v == null) {
                throw new NotFoundException("list version", versionId);
            }
            return mapper.fromSnapshot(v.snapshotJson);
        });
    }
}
