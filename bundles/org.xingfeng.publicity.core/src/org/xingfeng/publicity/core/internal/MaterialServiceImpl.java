package org.xingfeng.publicity.core.internal;

import static org.xingfeng.publicity.core.internal.PublicityText.MESSAGES;

import java.io.InputStream;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.files.FileContent;
import org.xingfeng.platform.api.files.FileOwner;
import org.xingfeng.platform.api.files.FileService;
import org.xingfeng.platform.api.files.StoredFile;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Text;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.publicity.api.materials.Material;
import org.xingfeng.publicity.api.materials.MaterialDraft;
import org.xingfeng.publicity.api.materials.MaterialQuery;
import org.xingfeng.publicity.api.materials.MaterialService;
import org.xingfeng.publicity.api.materials.MaterialState;
import org.xingfeng.publicity.api.materials.MaterialVersion;

/**
 * 宣传资料库 in PUB_MATERIAL and PUB_MATERIAL_VERSION, the files in the platform's store (owner: module
 * {@value MaterialService#FILES_MODULE}, kind {@value MaterialService#FILES_KIND}, the material's id and unit). A file
 * is stored first and its version recorded after; a version that cannot be recorded has its file removed again. The
 * units below see approved materials and download them through this service, which reads the file as the system once
 * it has checked the reader's roles and the material's state.
 */
@Component
public class MaterialServiceImpl implements MaterialService {

    private final EntityManagerFactory emf;
    private final AuditLog audit;
    private final OrgService org;
    private final BureauTime time;
    private final FileService files;

    @Activate
    public MaterialServiceImpl(@Reference PublicityDatabase database, @Reference AuditLog audit,
            @Reference OrgService org, @Reference BureauTime time, @Reference FileService files) {
        this.emf = database.emf();
        this.audit = audit;
        this.org = org;
        this.time = time;
        this.files = files;
    }

    /** Seen: everything of a unit in reach, the approved materials of the units above the actor's. */
    private boolean seen(Actor actor, MaterialEntity e) {
        return actor.reach().contains(e.unitId)
                || (MaterialRules.sharedBelow(e.state) && UnitScope.above(org, actor).contains(e.unitId));
    }

    private MaterialEntity visible(EntityManager em, Actor actor, long id) {
        MaterialEntity e = em.find(MaterialEntity.class, id);
        if (e == null || !seen(actor, e)) {
            throw new NotFoundException(MESSAGES.text("entity.material"), id);
        }
        return e;
    }

    private static MaterialEntity owned(EntityManager em, Actor actor, long id, boolean lock) {
        MaterialEntity e = lock ? em.find(MaterialEntity.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(MaterialEntity.class, id);
        if (e == null || !actor.reach().contains(e.unitId)) {
            throw new NotFoundException(MESSAGES.text("entity.material"), id);
        }
        return e;
    }

    @Override
    public Material create(Actor actor, MaterialDraft draft) {
        Access.requireEditor(actor);
        OrgUnit unit = checked(actor, draft);
        return Jpa.inTransaction(emf, em -> {
            MaterialEntity e = new MaterialEntity();
            e.state = MaterialState.DRAFT;
            e.createdBy = actor.username();
            e.createdAt = Timestamp.from(time.now());
            fill(e, unit, draft);
            em.persist(e);
            em.flush();
            Material made = toRecord(em, e);
            audit.record(actor, "create", AUDIT_TYPE, made.id(), null, made);
            return made;
        });
    }

    @Override
    public Material update(Actor actor, long id, MaterialDraft draft) {
        Access.requireEditor(actor);
        Jpa.read(emf, em -> owned(em, actor, id, false)); // another's material is not found, whatever the body says
        OrgUnit unit = checked(actor, draft);
        return Jpa.inTransaction(emf, em -> {
            MaterialEntity e = owned(em, actor, id, true);
            notWithdrawn(e);
            Material before = toRecord(em, e);
            if (e.kind != draft.kind() && !MaterialRules.takesFiles(draft.kind()) && !before.versions().isEmpty()) {
                ArticleRules.throwIfAny(List.of(FieldError.of("kind", MESSAGES.text("material.noFiles"))));
            }
            fill(e, unit, draft);
            Material after = toRecord(em, e);
            audit.record(actor, "update", AUDIT_TYPE, id, before, after);
            return after;
        });
    }

    private static void notWithdrawn(MaterialEntity e) {
        if (e.state == MaterialState.WITHDRAWN) {
            throw new ConflictException("material_state", MESSAGES.text("material.withdrawn"));
        }
    }

    private OrgUnit checked(Actor actor, MaterialDraft draft) {
        ArticleRules.throwIfAny(MaterialRules.check(draft));
        Optional<OrgUnit> unit = org.unit(actor, draft.unitId());
        if (unit.isEmpty()) {
            ArticleRules.throwIfAny(List.of(FieldError.of("unitId", MESSAGES.text("unit.unknown", draft.unitId()))));
        }
        if (draft.campaignId() != null) {
            CampaignEntity c = Jpa.read(emf, em -> em.find(CampaignEntity.class, draft.campaignId()));
            boolean seen = c != null && (actor.reach().contains(c.unitId)
                    || UnitScope.above(org, actor).contains(c.unitId));
            if (!seen) {
                ArticleRules.throwIfAny(List.of(FieldError.of("campaignId",
                        MESSAGES.text("material.campaignUnknown", draft.campaignId()))));
            }
        }
        return unit.get();
    }

    private static void fill(MaterialEntity e, OrgUnit unit, MaterialDraft d) {
        e.unitId = unit.id();
        e.campaignId = d.campaignId();
        e.topic = Strings.blank(d.topic()) ? null : d.topic().strip();
        e.kind = d.kind();
        e.title = d.title().strip();
        e.description = Strings.blank(d.description()) ? null : d.description().strip();
        e.link = Strings.blank(d.link()) ? null : d.link().strip();
    }

    @Override
    public Material upload(Actor actor, long id, String name, String note, InputStream content) {
        Access.requireEditor(actor);
        if (!Strings.blank(note) && note.strip().length() > MaterialRules.NOTE_MAX) {
            ArticleRules.throwIfAny(
                    List.of(FieldError.of("note", MESSAGES.text("field.length", 0, MaterialRules.NOTE_MAX))));
        }
        MaterialEntity checked = Jpa.read(emf, em -> owned(em, actor, id, false));
        notWithdrawn(checked);
        if (!MaterialRules.takesFiles(checked.kind)) {
            throw new ConflictException("material_kind", MESSAGES.text("material.noFiles"));
        }
        StoredFile f = files.store(actor, new FileOwner(FILES_MODULE, FILES_KIND, String.valueOf(id), checked.unitId),
                name, content);
        try {
            if (!MaterialRules.suits(checked.kind, f.mediaType())) {
                Text t = MESSAGES.text("material.posterImage", f.mediaType());
                throw new XingfengException(415, "file_type_not_allowed", t, List.of(FieldError.of("file", t)));
            }
            return Jpa.inTransaction(emf, em -> {
                MaterialEntity e = owned(em, actor, id, true);
                notWithdrawn(e);
                Material before = toRecord(em, e);
                MaterialVersionEntity v = new MaterialVersionEntity();
                v.materialId = id;
                v.number = MaterialRules.next(before.versions().stream().map(MaterialVersion::number).toList());
                v.fileId = f.id();
                v.name = f.name();
                v.mediaType = f.mediaType();
                v.size = f.size();
                v.sha256 = f.sha256();
                v.note = Strings.blank(note) ? null : note.strip();
                v.uploadedBy = actor.username();
                v.uploadedAt = Timestamp.from(f.uploadedAt());
                em.persist(v);
                e.state = MaterialState.DRAFT; // a changed file is approved again
                e.approvedBy = null;
                e.approvedAt = null;
                em.flush();
                Material after = toRecord(em, e);
                audit.record(actor, "upload", AUDIT_TYPE, id, before, after);
                return after;
            });
        } catch (RuntimeException failed) {
            try {
                files.delete(actor, f.id());
            } catch (RuntimeException ignored) {
                failed.addSuppressed(ignored);
            }
            throw failed;
        }
    }

    @Override
    public Material approve(Actor actor, long id) {
        Access.requireEditor(actor);
        return Jpa.inTransaction(emf, em -> {
            MaterialEntity e = owned(em, actor, id, true);
            if (e.state != MaterialState.DRAFT) {
                throw new ConflictException("material_state",
                        MESSAGES.text("material.state", MESSAGES.text("material.state." + e.state.name())));
            }
            Material before = toRecord(em, e);
            if (!MaterialRules.usable(e.kind, before.versions().size(), e.link)) {
                throw new ConflictException("material_empty", MESSAGES.text("material.empty"));
            }
            e.state = MaterialState.APPROVED;
            e.approvedBy = actor.username();
            e.approvedAt = Timestamp.from(time.now());
            Material after = toRecord(em, e);
            audit.record(actor, "approve", AUDIT_TYPE, id, before, after);
            return after;
        });
    }

    @Override
    public Material withdraw(Actor actor, long id) {
        Access.requireEditor(actor);
        return Jpa.inTransaction(emf, em -> {
            MaterialEntity e = owned(em, actor, id, true);
            notWithdrawn(e);
            Material before = toRecord(em, e);
            e.state = MaterialState.WITHDRAWN;
            Material after = toRecord(em, e);
            audit.record(actor, "withdraw", AUDIT_TYPE, id, before, after);
            return after;
        });
    }

    @Override
    public Optional<Material> material(Actor actor, long id) {
        Access.requireReader(actor);
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(MaterialEntity.class, id)).filter(e -> seen(actor, e))
                .map(e -> toRecord(em, e)));
    }

    @Override
    public Page<Material> materials(Actor actor, MaterialQuery query, PageRequest page) {
        Access.requireReader(actor);
        MaterialQuery q = query == null ? MaterialQuery.ALL : query;
        List<Long> scope = UnitScope.ids(org, actor, q.unitId());
        Set<Long> above = q.unitId() == null ? UnitScope.above(org, actor) : Set.of();
        return Jpa.read(emf, em -> Jpa.page(em, MaterialEntity.class, (cb, m) -> {
            List<Predicate> where = new ArrayList<>();
            if (scope != null) {
                Predicate own = Jpa.unitIn(em, cb, m.get("unitId"), scope);
                where.add(above.isEmpty() ? own
                        : cb.or(own, cb.and(m.get("unitId").in(above),
                                cb.equal(m.get("state"), MaterialState.APPROVED))));
            }
            if (q.campaignId() != null) {
                where.add(cb.equal(m.get("campaignId"), q.campaignId()));
            }
            if (q.kind() != null) {
                where.add(cb.equal(m.get("kind"), q.kind()));
            }
            if (q.state() != null) {
                where.add(cb.equal(m.get("state"), q.state()));
            }
            if (!Strings.blank(q.text())) {
                String like = Jpa.contains(q.text());
                where.add(cb.or(cb.like(m.get("title"), like), cb.like(m.get("topic"), like)));
            }
            return where;
        }, (cb, m) -> cb.desc(m.get("id")), page).map(e -> toRecord(em, e)));
    }

    @Override
    public FileContent download(Actor actor, long id, Integer version) {
        Access.requireReader(actor);
        long fileId = Jpa.inTransaction(emf, em -> {
            visible(em, actor, id);
            jakarta.persistence.TypedQuery<MaterialVersionEntity> query = em.createQuery(
                    "SELECT v FROM MaterialVersionEntity v WHERE v.materialId = :m"
                            + (version == null ? "" : " AND v.number = :n") + " ORDER BY v.number DESC",
                    MaterialVersionEntity.class).setParameter("m", id);
            if (version != null) {
                query.setParameter("n", version);
            }
            List<MaterialVersionEntity> found = query.setMaxResults(1).getResultList();
            if (found.isEmpty()) {
                throw new NotFoundException(MESSAGES.text("entity.materialVersion"), version == null ? "" : version);
            }
            em.createQuery("UPDATE MaterialVersionEntity v SET v.downloads = v.downloads + 1 WHERE v.id = :id")
                    .setParameter("id", found.get(0).id).executeUpdate();
            return found.get(0).fileId;
        });
        // the reader's roles and the material's sharing are checked above; the file lies with the owning unit
        return files.content(Actor.SYSTEM, fileId);
    }

    @Override
    public Table table(List<Material> materials) {
        List<List<Object>> rows = new ArrayList<>();
        for (Material m : materials) {
            MaterialVersion latest = m.versions().isEmpty() ? null : m.versions().get(m.versions().size() - 1);
            rows.add(Arrays.asList(m.id(), m.unitName(), m.campaignId(), m.topic(),
                    zh("material.kind." + m.kind().name()), m.title(), zh("material.state." + m.state().name()),
                    m.approvedBy(), m.versions().size(), latest == null ? m.link() : latest.name(), m.downloads(),
                    m.createdBy(), m.createdAt() == null ? null : m.createdAt().toString()));
        }
        return new Table("宣传资料库", "宣传资料", List.of(zh("column.id"), zh("column.unit"), zh("column.campaign"),
                zh("column.topic"), zh("column.kind"), zh("column.title"), zh("column.state"),
                zh("column.approvedBy"), zh("column.versions"), zh("column.file"), zh("column.downloads"),
                zh("column.createdBy"), zh("column.createdAt")), rows);
    }

    private static String zh(String key) {
        return MESSAGES.get(Languages.CHINESE, key);
    }

    private Material toRecord(EntityManager em, MaterialEntity e) {
        List<MaterialVersion> versions = e.id == null ? List.of()
                : em.createQuery("SELECT v FROM MaterialVersionEntity v WHERE v.materialId = :m ORDER BY v.number",
                        MaterialVersionEntity.class).setParameter("m", e.id).getResultList().stream()
                        .map(v -> new MaterialVersion(v.number, v.fileId, v.name, v.mediaType, v.size, v.sha256,
                                v.note, v.uploadedBy, v.uploadedAt.toInstant(), v.downloads))
                        .toList();
        long downloads = versions.stream().mapToLong(MaterialVersion::downloads).sum();
        return new Material(e.id, e.unitId, org.unit(Actor.SYSTEM, e.unitId).map(OrgUnit::name).orElse(null),
                e.campaignId, e.topic, e.kind, e.title, e.description, e.link, e.state, e.approvedBy,
                e.approvedAt == null ? null : e.approvedAt.toInstant(), versions, downloads, e.createdBy,
                e.createdAt == null ? null : e.createdAt.toInstant());
    }
}
