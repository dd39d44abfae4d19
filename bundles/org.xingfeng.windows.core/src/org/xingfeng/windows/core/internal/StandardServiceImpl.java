package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.HallServiceImpl.h;
import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.windows.api.standard.HallInventory;
import org.xingfeng.windows.api.standard.Inspection;
import org.xingfeng.windows.api.standard.InspectionDraft;
import org.xingfeng.windows.api.standard.InventoryCount;
import org.xingfeng.windows.api.standard.InventoryLine;
import org.xingfeng.windows.api.standard.StandardItem;
import org.xingfeng.windows.api.standard.StandardItemDraft;
import org.xingfeng.windows.api.standard.StandardService;

/**
 * 大厅标准化 in WIN_STANDARD_ITEM, WIN_INVENTORY and WIN_INSPECTION. The standard starts as seed 001's list: it is
 * written the first time the standard is read and found empty.
 */
@Component
public class StandardServiceImpl implements StandardService {

    private final EntityManagerFactory emf;
    private final AuditLog audit;
    private final BureauTime time;

    @Activate
    public StandardServiceImpl(@Reference WindowsDatabase database, @Reference AuditLog audit,
            @Reference BureauTime time) {
        this.emf = database.emf();
        this.audit = audit;
        this.time = time;
    }

    private static void requireStandardAdmin(Actor actor) {
        Access.requireAdmin(actor);
        if (!actor.reach().everywhere()) {
            throw new ForbiddenException(MESSAGES.text("standard.everywhere"));
        }
    }

    private List<StandardItem> load() {
        List<StandardItem> items = Jpa.read(emf, StandardServiceImpl::read);
        if (!items.isEmpty()) {
            return items;
        }
        try {
            Jpa.run(emf, em -> {
                for (StandardItemDraft d : StandardRules.DEFAULT) {
                    StandardItemEntity e = new StandardItemEntity();
                    fill(e, d);
                    em.persist(e);
                }
            });
        } catch (RuntimeException e) { // another server wrote it first
        }
        return Jpa.read(emf, StandardServiceImpl::read);
    }

    private static List<StandardItem> read(EntityManager em) {
        return em.createQuery("SELECT i FROM StandardItemEntity i ORDER BY i.id", StandardItemEntity.class)
                .getResultList().stream().map(StandardServiceImpl::toRecord).toList();
    }

    private static void fill(StandardItemEntity e, StandardItemDraft d) {
        e.code = d.code().strip();
        e.name = d.name().strip();
        e.category = d.category().strip();
        e.requiredQuantity = d.requiredQuantity();
    }

    private static StandardItem toRecord(StandardItemEntity e) {
        return new StandardItem(e.id, e.code, e.name, e.category, e.requiredQuantity);
    }

    @Override
    public List<StandardItem> items(Actor actor) {
        Access.requireReader(actor);
        return load();
    }

    @Override
    public StandardItem createItem(Actor actor, StandardItemDraft draft) {
        requireStandardAdmin(actor);
        Checks.throwIfAny(StandardRules.check(draft));
        load();
        StandardItem created = Jpa.inTransaction(emf, em -> {
            requireFreeCode(em, draft.code().strip(), null);
            StandardItemEntity e = new StandardItemEntity();
            fill(e, draft);
            em.persist(e);
            em.flush();
            StandardItem done = toRecord(e);
            audit.record(actor, "create", AUDIT_TYPE, done.id(), null, done);
            return done;
        });
        return created;
    }

    private static void requireFreeCode(EntityManager em, String code, Long except) {
        List<Long> ids = em.createQuery("SELECT i.id FROM StandardItemEntity i WHERE i.code = :c", Long.class)
                .setParameter("c", code).getResultList();
        if (ids.stream().anyMatch(i -> !i.equals(except))) {
            throw new ConflictException("standard_code_taken", MESSAGES.text("standard.code.taken", code));
        }
    }

    @Override
    public StandardItem updateItem(Actor actor, long id, StandardItemDraft draft) {
        requireStandardAdmin(actor);
        Checks.throwIfAny(StandardRules.check(draft));
        StandardItem[] before = new StandardItem[1];
        StandardItem after = Jpa.inTransaction(emf, em -> {
            StandardItemEntity e = em.find(StandardItemEntity.class, id);
            if (e == null) {
                throw new NotFoundException(MESSAGES.text("entity.standardItem"), id);
            }
            before[0] = toRecord(e);
            requireFreeCode(em, draft.code().strip(), id);
            if (!e.code.equals(draft.code().strip())) {
                em.createQuery("UPDATE InventoryEntity i SET i.itemCode = :n WHERE i.itemCode = :o")
                        .setParameter("n", draft.code().strip()).setParameter("o", e.code).executeUpdate();
            }
            fill(e, draft);
            StandardItem done = toRecord(e);
            audit.record(actor, "update", AUDIT_TYPE, id, before[0], done);
            return done;
        });
        return after;
    }

    @Override
    public void removeItem(Actor actor, long id) {
        requireStandardAdmin(actor);
        Jpa.run(emf, em -> {
            StandardItemEntity e = em.find(StandardItemEntity.class, id);
            if (e == null) {
                throw new NotFoundException(MESSAGES.text("entity.standardItem"), id);
            }
            StandardItem before = toRecord(e);
            em.remove(e);
            audit.record(actor, "remove", AUDIT_TYPE, id, before, null);
        });
    }

    @Override
    public HallInventory inventory(Actor actor, long hallId) {
        Access.requireReader(actor);
        List<StandardItem> items = load();
        return Jpa.read(emf, em -> inventoryOf(em, Access.hall(em, actor, hallId), items));
    }

    private static HallInventory inventoryOf(EntityManager em, HallEntity hall, List<StandardItem> items) {
        Map<String, Integer> present = new HashMap<>();
        for (InventoryEntity i : em.createQuery("SELECT i FROM InventoryEntity i WHERE i.hallId = :h",
                InventoryEntity.class).setParameter("h", hall.id).getResultList()) {
            present.put(i.itemCode, i.present);
        }
        return StandardRules.inventory(hall.id, hall.name, items, present);
    }

    @Override
    public HallInventory setInventory(Actor actor, long hallId, List<InventoryCount> counts) {
        Access.requireAdmin(actor);
        List<StandardItem> items = load();
        Set<String> codes = items.stream().map(StandardItem::code).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        if (counts == null || counts.isEmpty()) {
            errors.add(FieldError.of("counts", MESSAGES.text("field.required")));
        } else {
            for (int i = 0; i < counts.size(); i++) {
                InventoryCount c = counts.get(i);
                if (c == null || c.itemCode() == null || !codes.contains(c.itemCode().strip())) {
                    errors.add(FieldError.of("counts[" + i + "].itemCode", MESSAGES.text("standard.unknown")));
                } else if (c.present() == null || c.present() < 0 || c.present() > 100000) {
                    errors.add(FieldError.of("counts[" + i + "].present", MESSAGES.text("field.range", 0, 100000)));
                }
            }
        }
        Checks.throwIfAny(errors);
        HallInventory[] before = new HallInventory[1];
        HallInventory after = Jpa.inTransaction(emf, em -> {
            HallEntity hall = Access.hall(em, actor, hallId);
            before[0] = inventoryOf(em, hall, items);
            for (InventoryCount c : counts) {
                String code = c.itemCode().strip();
                List<InventoryEntity> found = em.createQuery("SELECT i FROM InventoryEntity i WHERE i.hallId = :h "
                        + "AND i.itemCode = :c", InventoryEntity.class).setParameter("h", hallId)
                        .setParameter("c", code).getResultList();
                InventoryEntity e = found.isEmpty() ? new InventoryEntity() : found.get(0);
                e.hallId = hallId;
                e.itemCode = code;
                e.present = c.present();
                if (found.isEmpty()) {
                    em.persist(e);
                }
            }
            em.flush();
            HallInventory done = inventoryOf(em, hall, items);
            audit.record(actor, "inventory", AUDIT_TYPE, hallId, before[0], done);
            return done;
        });
        return after;
    }

    @Override
    public Inspection inspect(Actor actor, InspectionDraft draft) {
        Access.requireAdmin(actor);
        List<FieldError> errors = new ArrayList<>();
        if (draft == null) {
            errors.add(FieldError.of("body", MESSAGES.text("field.required")));
        } else {
            Checks.required(errors, "hallId", draft.hallId());
            if (Checks.required(errors, "date", draft.date()) && draft.date().isAfter(time.today())) {
                errors.add(FieldError.of("date", MESSAGES.text("field.future")));
            }
            Checks.length(errors, "findings", draft.findings(), 0, 2000);
        }
        Checks.throwIfAny(errors);
        List<StandardItem> items = load();
        Inspection created = Jpa.inTransaction(emf, em -> {
            HallEntity hall = em.find(HallEntity.class, draft.hallId());
            if (hall == null || !actor.reach().contains(hall.unitId)) {
                Checks.throwIfAny(List.of(FieldError.of("hallId", MESSAGES.text("hall.unknown", draft.hallId()))));
            }
            HallInventory inv = inventoryOf(em, hall, items);
            InspectionEntity e = new InspectionEntity();
            e.hallId = hall.id;
            e.date = draft.date();
            e.inspector = actor.username();
            e.findings = Checks.clean(draft.findings());
            e.missingCodes = String.join(",", inv.missingCodes());
            e.passed = inv.complete();
            em.persist(e);
            em.flush();
            Inspection done = toRecord(e);
            audit.record(actor, "inspect", AUDIT_TYPE, done.id(), null, done);
            return done;
        });
        return created;
    }

    private static Inspection toRecord(InspectionEntity e) {
        return new Inspection(e.id, e.hallId, e.date, e.inspector, e.findings,
                e.missingCodes == null || e.missingCodes.isBlank() ? List.of()
                        : Arrays.asList(e.missingCodes.split(",")),
                e.passed);
    }

    @Override
    public List<Inspection> inspections(Actor actor, long hallId) {
        Access.requireReader(actor);
        return Jpa.read(emf, em -> {
            Access.hall(em, actor, hallId);
            return em
                    .createQuery("SELECT i FROM InspectionEntity i WHERE i.hallId = :h ORDER BY i.date DESC, i.id DESC",
                            InspectionEntity.class)
                    .setParameter("h", hallId).getResultList().stream()
                    .map(StandardServiceImpl::toRecord).toList();
        });
    }

    @Override
    public Table inventoryTable(HallInventory inventory) {
        List<List<Object>> rows = new ArrayList<>();
        for (InventoryLine l : inventory.lines()) {
            rows.add(List.of(l.itemCode(), l.itemName(), h("category." + l.category()), l.required(), l.present(),
                    l.missing()));
        }
        return new Table("inventory", h("sheet.inventory"), List.of(h("col.itemCode"), h("col.item"),
                h("col.category"), h("col.required"), h("col.present"), h("col.missing")), rows);
    }
}
