package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.windows.api.MatterRef;
import org.xingfeng.windows.api.halls.Hall;
import org.xingfeng.windows.api.halls.HallDraft;
import org.xingfeng.windows.api.halls.HallQuery;
import org.xingfeng.windows.api.halls.HallService;

/** 服务大厅 in WIN_HALL. */
@Component
public class HallServiceImpl implements HallService {

    private final EntityManagerFactory emf;
    private final AuditLog audit;
    private final OrgService org;
    private final MatterDirectory matters;

    @Activate
    public HallServiceImpl(@Reference WindowsDatabase database, @Reference AuditLog audit, @Reference OrgService org,
            @Reference MatterDirectory matters) {
        this.emf = database.emf();
        this.audit = audit;
        this.org = org;
        this.matters = matters;
    }

    @Override
    public Hall create(Actor actor, HallDraft draft) {
        Access.requireAdmin(actor);
        OrgUnit unit = checked(actor, draft);
        Hall created = Jpa.inTransaction(emf, em -> {
            requireFreeCode(em, unit.id(), draft.code().strip(), null);
            HallEntity e = new HallEntity();
            e.unitId = unit.id();
            fill(e, draft);
            em.persist(e);
            em.flush();
            Hall done = toRecord(e, unit.name());
            audit.record(actor, "create", AUDIT_TYPE, done.id(), null, done);
            return done;
        });
        return created;
    }

    @Override
    public Hall update(Actor actor, long id, HallDraft draft) {
        Access.requireAdmin(actor);
        Hall before = hall(actor, id).orElseThrow(() -> new org.xingfeng.platform.api.NotFoundException(
                MESSAGES.text("entity.hall"), id));
        OrgUnit unit = checked(actor, draft);
        Hall after = Jpa.inTransaction(emf, em -> {
            HallEntity e = Access.hall(em, actor, id);
            requireFreeCode(em, unit.id(), draft.code().strip(), id);
            if (e.unitId != unit.id()) {
                // moving a hall moves its windows and tickets' unit with it (they belong to the hall)
                em.createQuery("UPDATE WindowEntity w SET w.unitId = :u WHERE w.hallId = :h")
                        .setParameter("u", unit.id()).setParameter("h", id).executeUpdate();
                em.createQuery("UPDATE TicketEntity t SET t.unitId = :u WHERE t.hallId = :h")
                        .setParameter("u", unit.id()).setParameter("h", id).executeUpdate();
                em.createQuery("UPDATE AppointmentEntity a SET a.unitId = :u WHERE a.hallId = :h")
                        .setParameter("u", unit.id()).setParameter("h", id).executeUpdate();
            }
            e.unitId = unit.id();
            fill(e, draft);
            Hall done = toRecord(e, unit.name());
            audit.record(actor, "update", AUDIT_TYPE, id, before, done);
            return done;
        });
        return after;
    }

    private OrgUnit checked(Actor actor, HallDraft draft) {
        List<FieldError> errors = HallRules.check(draft);
        Checks.throwIfAny(errors);
        Optional<OrgUnit> unit = org.unit(actor, draft.unitId());
        if (unit.isEmpty()) {
            Checks.throwIfAny(List.of(FieldError.of("unitId", MESSAGES.text("unit.unknown", draft.unitId()))));
        }
        return unit.get();
    }

    private static void requireFreeCode(EntityManager em, long unitId, String code, Long except) {
        List<Long> ids = em.createQuery("SELECT h.id FROM HallEntity h WHERE h.unitId = :u AND h.code = :c", Long.class)
                .setParameter("u", unitId).setParameter("c", code).getResultList();
        if (ids.stream().anyMatch(i -> !i.equals(except))) {
            throw new ConflictException("hall_code_taken", MESSAGES.text("hall.code.taken", code));
        }
    }

    private static void fill(HallEntity e, HallDraft d) {
        e.code = d.code().strip();
        e.name = d.name().strip();
        e.address = Checks.clean(d.address());
        e.zones = HallRules.zones(d.zones());
        e.openingHours = HallRules.hours(d.openingHours() == null ? HallRules.DEFAULT_HOURS : d.openingHours());
        e.slotMinutes = d.slotMinutes() == null ? HallRules.DEFAULT_SLOT_MINUTES : d.slotMinutes();
        e.series = d.series() == null ? "A" : d.series();
    }

    static Hall toRecord(HallEntity e, String unitName) {
        return new Hall(e.id, e.unitId, unitName, e.code, e.name, e.address, HallRules.zones(e.zones),
                HallRules.hours(e.openingHours), e.slotMinutes, e.series);
    }

    private String unitName(long unitId) {
        return org.unit(Actor.SYSTEM, unitId).map(OrgUnit::name).orElse(null);
    }

    @Override
    public Optional<Hall> hall(Actor actor, long id) {
        Access.requireReader(actor);
        HallEntity e = Jpa.read(emf, em -> em.find(HallEntity.class, id));
        if (e == null || !actor.reach().contains(e.unitId)) {
            return Optional.empty();
        }
        return Optional.of(toRecord(e, unitName(e.unitId)));
    }

    @Override
    public Page<Hall> halls(Actor actor, HallQuery query, PageRequest page) {
        Access.requireReader(actor);
        HallQuery q = query == null ? HallQuery.ALL : query;
        Long scope = actor.reach().listScope(q.unitId());
        List<Long> units = scope == null ? null
                : scope < 0 ? List.of(-1L) : org.subtree(Actor.SYSTEM, scope).stream().map(OrgUnit::id).toList();
        Page<HallEntity> found = Jpa.read(emf, em -> Jpa.page(em, HallEntity.class, "unitId", units, (cb, r) -> {
            List<Predicate> where = new ArrayList<>();
            if (q.text() != null && !q.text().isBlank()) {
                String like = Jpa.contains(q.text());
                where.add(cb.or(cb.like(r.get("name"), like), cb.like(r.get("code"), like)));
            }
            return where;
        }, (cb, r) -> cb.asc(r.get("id")), page));
        return found.map(e -> toRecord(e, unitName(e.unitId)));
    }

    @Override
    public List<MatterRef> matters(Actor actor, long hallId) {
        Access.requireReader(actor);
        return Jpa.read(emf, em -> {
            HallEntity h = Access.hall(em, actor, hallId);
            TreeSet<String> codes = new TreeSet<>();
            em.createQuery("SELECT w.matterCodes FROM WindowEntity w WHERE w.hallId = :h", String.class)
                    .setParameter("h", hallId).getResultList().forEach(s -> codes.addAll(WindowRules.split(s)));
            return codes.stream().map(c -> matters.ref(h.unitId, c)).toList();
        });
    }

    @Override
    public Table table(List<Hall> halls) {
        List<String> headers = List.of(h("col.unit"), h("col.hallCode"), h("col.hall"), h("col.address"),
                h("col.zones"), h("col.hours"), h("col.slotMinutes"), h("col.series"));
        List<List<Object>> rows = new ArrayList<>();
        for (Hall x : halls) {
            rows.add(List.of(nz(x.unitName()), x.code(), x.name(), nz(x.address()),
                    String.join("、", x.zones().stream().sorted().map(z -> h("zone." + z)).toList()),
                    HallRules.hours(x.openingHours()), x.slotMinutes(), x.series()));
        }
        return new Table("halls", h("sheet.halls"), headers, rows);
    }

    static String h(String key) {
        return MESSAGES.text(key).toString();
    }

    static Object nz(Object o) {
        return o == null ? "" : o;
    }
}
