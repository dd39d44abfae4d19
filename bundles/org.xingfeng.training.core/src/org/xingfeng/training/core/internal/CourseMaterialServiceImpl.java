package org.xingfeng.training.core.internal;

import java.io.InputStream;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.files.FileContent;
import org.xingfeng.platform.api.files.FileOwner;
import org.xingfeng.platform.api.files.FileService;
import org.xingfeng.platform.api.files.StoredFile;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.training.api.TrainingRoles;
import org.xingfeng.training.api.materials.CourseMaterialService;

/**
 * Course materials in the platform's files (module {@value CourseMaterialService#FILES_MODULE}, kind
 * {@value CourseMaterialService#FILES_KIND}, the course's id and unit): the course is checked against the caller's
 * reach here, the file's unit again by the files service, which also keeps the limits and the audit.
 */
@Component
public class CourseMaterialServiceImpl implements CourseMaterialService {

    static final Messages MESSAGES = Messages.of(CourseMaterialServiceImpl.class);

    private final EntityManagerFactory emf;
    private final FileService files;

    @Activate
    public CourseMaterialServiceImpl(@Reference TrainingDatabase database, @Reference FileService files) {
        this.emf = database.emf();
        this.files = files;
    }

    private static void requireReader(Actor actor) {
        if (!actor.hasAnyRole(TrainingRoles.OFFICER, Roles.ADMIN, Roles.AUDITOR, Roles.STAFF)) {
            throw new ForbiddenException(Access.MESSAGES.text("role.courseReader"));
        }
    }

    /** The course's unit; 404 when there is no such course in the actor's reach. */
    private long unitOf(Actor actor, long courseId) {
        CourseEntity c = Jpa.read(emf, em -> em.find(CourseEntity.class, courseId));
        if (c == null || !actor.reach().contains(c.unitId)) {
            throw new NotFoundException(MESSAGES.text("entity.course"), courseId);
        }
        return c.unitId;
    }

    /** The file if it is the course's (404 otherwise, as for a file out of reach). */
    private StoredFile own(Actor actor, long courseId, long fileId) {
        return files.file(actor, fileId)
                .filter(f -> FILES_MODULE.equals(f.module()) && FILES_KIND.equals(f.kind())
                        && String.valueOf(courseId).equals(f.ownerId()))
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.material"), fileId));
    }

    @Override
    public StoredFile attach(Actor actor, long courseId, String name, InputStream content) {
        Access.requireOfficer(actor);
        long unit = unitOf(actor, courseId);
        return files.store(actor, new FileOwner(FILES_MODULE, FILES_KIND, String.valueOf(courseId), unit), name,
                content);
    }

    @Override
    public List<StoredFile> materials(Actor actor, long courseId) {
        requireReader(actor);
        unitOf(actor, courseId);
        return files.files(actor, FILES_MODULE, FILES_KIND, String.valueOf(courseId));
    }

    @Override
    public FileContent material(Actor actor, long courseId, long fileId) {
        requireReader(actor);
        unitOf(actor, courseId);
        own(actor, courseId, fileId);
        return files.content(actor, fileId);
    }

    @Override
    public void detach(Actor actor, long courseId, long fileId) {
        Access.requireOfficer(actor);
        unitOf(actor, courseId);
        own(actor, courseId, fileId);
        files.delete(actor, fileId);
    }

    @Override
    public long maxBytes() {
        return files.maxBytes();
    }
}
