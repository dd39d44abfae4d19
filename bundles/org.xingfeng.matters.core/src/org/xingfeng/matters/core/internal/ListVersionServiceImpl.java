package org.xingfeng.matters.core.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.matters.api.ListMetrics;
import org.xingfeng.matters.api.ListVersion;
import org.xingfeng.matters.api.ListVersionService;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.matters.api.VersionComparison;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.time.BureauTime;

/** Published versions of the units' lists (table MAT_LIST_VERSION), each with a snapshot of its items. */
@Component
public class ListVersionServiceImpl implements ListVersionService {

    static final Messages MESSAGES = Messages.of(ListVersionServiceImpl.class);

    private final EntityManagerFactory emf;
    private final BureauTime time;
    private final AuditLog audit;
    private final OrgService org;
    private final MatterItemService items;
    private final SubItemMapper mapper;

    @Activate
    public ListVersionServiceImpl(@Reference MattersDatabase database, @Reference AuditLog audit,
            @Reference OrgService org, @Reference MatterItemService items, @Reference BureauTime time) {
        this.time = time;
        this.mapper = new SubItemMapper(time.clock());
        this.emf = database.emf();
        this.audit = audit;
        this.org = org;
        this.items = items;
    }

    @Override
    public ListVersion publish(Actor actor, long unitId, LocalDate effectiveDate, String note) {
        SubItemRules.requireEditor(actor);
        org.unit(actor, unitId).orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.orgUnit"), unitId));
        ListVersionRules.check(effectiveDate, note);
        List<SubItem> current = items.subItems(actor, SubItemQuery.ofUnit(unitId), PageRequest.EXPORT).items();
        ListVersionRules.requireItems(current.size());
        ListMetrics m = MetricsCalculator.of(unitId, current);
        ListVersion published = Jpa.inTransaction(emf, em -> {
            Integer last = em
                    .createQuery("select max(v.number) from ListVersionEntity v where v.unitId = :u", Integer.class)
                    .setParameter("u", unitId).getSingleResult();
            ListVersionEntity v = new ListVersionEntity();
            v.unitId = unitId;
            v.number = last == null ? 1 : last + 1;
            v.effectiveDate = effectiveDate;
            v.publishedBy = actor.username();
            v.publishedAt = Timestamp.from(time.now());
            v.note = ListVersionRules.note(note);
            v.items = m.items();
            v.averageMaterials = m.averageMaterials();
            v.averageTimeLimitDays = m.averageTimeLimitDays();
            v.averageSteps = m.averageSteps();
            v.onTheSpot = m.onTheSpot();
            v.itemsWithDiscretion = m.itemsWithDiscretion();
            v.discretionShare = m.discretionShare();
            v.snapshotJson = mapper.snapshot(current);
            em.persist(v);
            em.flush();
            ListVersion made = v.toRecord(() -> m);
            audit.record(actor, "publish", "matters.listVersion", made.id(), null, made);
            return made;
        });
        return published;
    }

    @Override
    public List<ListVersion> versions(Actor actor, long unitId) {
        actor.reach().checkUnit(unitId);
        return Jpa.read(emf, em -> em
                .createQuery("select v from ListVersionEntity v where v.unitId = :u order by v.number desc",
                        ListVersionEntity.class)
                .setParameter("u", unitId).getResultList().stream().map(this::record).toList());
    }

    private ListVersion record(ListVersionEntity v) {
        return v.toRecord(() -> MetricsCalculator.of(v.unitId, mapper.fromSnapshot(v.snapshotJson)));
    }

    @Override
    public List<SubItem> versionItems(Actor actor, long versionId) {
        return mapper.fromSnapshot(version(actor, versionId).json());
    }

    @Override
    public ListMetrics versionMetrics(Actor actor, long versionId) {
        Stored v = version(actor, versionId);
        return MetricsCalculator.of(v.unitId(), mapper.fromSnapshot(v.json()));
    }

    @Override
    public VersionComparison compare(Actor actor, long versionId, Long againstVersionId) {
        Stored from = version(actor, versionId);
        if (againstVersionId == null) {
            List<SubItem> current = items.subItems(actor, SubItemQuery.ofUnit(from.unitId()), PageRequest.EXPORT)
                    .items();
            return VersionComparer.compare(from.unitId(), from.number(), null, mapper.fromSnapshot(from.json()),
                    current);
        }
        Stored to = version(actor, againstVersionId);
        if (to.unitId() != from.unitId()) {
            throw new ValidationException("against", MESSAGES.text("listVersions.against_other_unit"));
        }
        return VersionComparer.compare(from.unitId(), from.number(), to.number(), mapper.fromSnapshot(from.json()),
                mapper.fromSnapshot(to.json()));
    }

    /** A stored version's unit, number and snapshot. */
    private record Stored(long unitId, int number, String json) {
    }

    /** The version in the actor's reach: 404 for one unknown or of a unit outside it. */
    private Stored version(Actor actor, long versionId) {
        return Jpa.read(emf, em -> {
            ListVersionEntity v = em.find(ListVersionEntity.class, versionId);
            if (v == null || !actor.reach().contains(v.unitId)) {
                throw new NotFoundException(MESSAGES.text("entity.listVersion"), versionId);
            }
            return new Stored(v.unitId, v.number, v.snapshotJson);
        });
    }
}
