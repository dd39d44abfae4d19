package org.xingfeng.platform.core.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.files.FileContent;
import org.xingfeng.platform.api.files.FileOwner;
import org.xingfeng.platform.api.files.FileService;
import org.xingfeng.platform.api.files.StoredFile;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.i18n.Text;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.core.internal.store.FileContentEntity;
import org.xingfeng.platform.core.internal.store.FileEntity;
import org.xingfeng.platform.core.internal.store.PlatformStore;

/**
 * Attachments in the platform's tables PLT_FILE (the records) and PLT_FILE_CONTENT (the bytes), both written in one
 * transaction: a file is whole or absent after a crash, and the database's backup holds it with its record.
 */
@Component(service = FileService.class, configurationPid = JpaFileService.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = JpaFileService.Config.class)
public class JpaFileService implements FileService {

    public static final String PID = "org.xingfeng.files";

    static final Messages MESSAGES = Messages.of(JpaFileService.class);
    static final long LARGEST = 512L * 1024 * 1024;

    @ObjectClassDefinition(id = PID, name = "Attachments", description = "附件: size and types accepted")
    public @interface Config {

        @AttributeDefinition(name = "Largest file", description = "the largest attachment accepted, in bytes")
        long files_maxBytes() default 10L * 1024 * 1024;

        @AttributeDefinition(name = "Types", description = "media types accepted, read from the content, "
                + "separated by commas")
        String files_allowedTypes() default FileRules.PDF + "," + FileRules.PNG + "," + FileRules.JPEG + ","
                + FileRules.GIF + "," + FileRules.WEBP + "," + FileRules.TEXT + "," + FileRules.DOCX + ","
                + FileRules.XLSX + "," + FileRules.PPTX + "," + FileRules.MS_OFFICE;
    }

    private final PlatformStore store;
    private final AuditLog audit;
    private final BureauTime time;
    private final long maxBytes;
    private final Set<String> allowed;
    private final Text entity = MESSAGES.text("entity.file");

    @Activate
    public JpaFileService(@Reference PlatformStore store, @Reference AuditLog audit, @Reference BureauTime time,
            Config config) {
        this.store = store;
        this.audit = audit;
        this.time = time;
        if (config.files_maxBytes() < 1 || config.files_maxBytes() > LARGEST) {
            throw new IllegalArgumentException("files.maxBytes must be 1.." + LARGEST + ": " + config.files_maxBytes());
        }
        this.maxBytes = config.files_maxBytes();
        this.allowed = new LinkedHashSet<>(Arrays.stream(config.files_allowedTypes().split("[,\\s]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public StoredFile store(Actor actor, FileOwner owner, String name, InputStream content) {
        checkOwner(owner);
        actor.reach().checkUnit(owner.unitId());
        String clean = FileRules.cleanName(name);
        if (clean == null) {
            throw new ValidationException("name", MESSAGES.text("files.name_required"));
        }
        if (content == null) {
            throw new ValidationException("file", MESSAGES.text("files.empty"));
        }
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            Text t = MESSAGES.text("files.too_large", maxBytes);
            throw new XingfengException(413, "file_too_large", t, List.of(FieldError.of("file", t)));
        }
        if (bytes.length == 0) {
            throw new ValidationException("file", MESSAGES.text("files.empty"));
        }
        String type = FileRules.detect(bytes);
        if (!allowed.contains(type)) {
            Text t = MESSAGES.text("files.type_not_allowed", type, String.join(", ", allowed));
            throw new XingfengException(415, "file_type_not_allowed", t, List.of(FieldError.of("file", t)));
        }
        FileEntity f = new FileEntity();
        f.module = owner.module();
        f.kind = owner.kind();
        f.ownerId = owner.ownerId();
        f.unitId = owner.unitId();
        f.name = clean;
        f.mediaType = type;
        f.size = bytes.length;
        f.sha256 = FileRules.sha256(bytes);
        f.uploadedBy = actor.username();
        f.uploadedAt = time.now();
        StoredFile stored = Jpa.inTransaction(store.emf(), em -> {
            em.persist(f);
            em.flush();
            FileContentEntity c = new FileContentEntity();
            c.fileId = f.id;
            c.content = bytes;
            em.persist(c);
            StoredFile made = f.toRecord();
            audit.record(actor, "store", AUDIT_TYPE, made.id(), null, made); // commits with the file
            return made;
        });
        return stored;
    }

    private static void checkOwner(FileOwner owner) {
        if (owner == null || blankOrLong(owner.module()) || blankOrLong(owner.kind())
                || blankOrLong(owner.ownerId())) {
            throw new ValidationException("owner", MESSAGES.text("files.owner_required"));
        }
    }

    private static boolean blankOrLong(String s) {
        return s == null || s.isBlank() || s.length() > 64;
    }

    @Override
    public List<StoredFile> files(Actor actor, String module, String kind, String ownerId) {
        return Jpa.read(store.emf(), em -> em.createQuery(
                "select f from FileEntity f where f.module = :m and f.kind = :k and f.ownerId = :o order by f.id",
                FileEntity.class).setParameter("m", module).setParameter("k", kind).setParameter("o", ownerId)
                .getResultList().stream().filter(f -> actor.reach().contains(f.unitId)).map(FileEntity::toRecord)
                .toList());
    }

    @Override
    public Optional<StoredFile> file(Actor actor, long id) {
        return Jpa.read(store.emf(), em -> Optional.ofNullable(em.find(FileEntity.class, id))
                .filter(f -> actor.reach().contains(f.unitId)).map(FileEntity::toRecord));
    }

    @Override
    public FileContent content(Actor actor, long id) {
        return Jpa.read(store.emf(), em -> {
            FileEntity f = em.find(FileEntity.class, id);
            if (f == null || !actor.reach().contains(f.unitId)) {
                throw new NotFoundException(entity, id);
            }
            FileContentEntity c = em.find(FileContentEntity.class, id);
            if (c == null) {
                throw new NotFoundException(entity, id);
            }
            return new FileContent(f.toRecord(), c.content);
        });
    }

    @Override
    public void delete(Actor actor, long id) {
        Jpa.inTransaction(store.emf(), em -> {
            FileEntity f = em.find(FileEntity.class, id);
            if (f == null || !actor.reach().contains(f.unitId)) {
                throw new NotFoundException(entity, id);
            }
            FileContentEntity c = em.find(FileContentEntity.class, id);
            if (c != null) {
                em.remove(c);
            }
            em.remove(f);
            StoredFile was = f.toRecord();
            audit.record(actor, "delete", AUDIT_TYPE, id, was, null); // commits with the removal
            return was;
        });
    }
}
