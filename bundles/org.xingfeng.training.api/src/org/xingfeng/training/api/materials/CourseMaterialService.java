package org.xingfeng.training.api.materials;

import java.io.InputStream;
import java.util.List;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.files.FileContent;
import org.xingfeng.platform.api.files.StoredFile;
import org.xingfeng.platform.api.remote.Remote;

/**
 * A course's materials. The training officer or an administrator attaches and removes them; officers, auditors,
 * administrators and staff read them. A course out of the caller's reach is a 404, and so is a file that is not the
 * course's. The platform's files check the size (413 {@code file_too_large}) and the type read from the content (415
 * {@code file_type_not_allowed}), and audit every store and delete.
 */
@Remote
public interface CourseMaterialService {

    /** Module name of the materials in the platform's files. */
    String FILES_MODULE = "training";
    /** Kind of the materials: a course's. */
    String FILES_KIND = "course";

    StoredFile attach(Actor actor, long courseId, String name, InputStream content);

    /** The course's materials, oldest first. */
    List<StoredFile> materials(Actor actor, long courseId);

    /** One material with its bytes. */
    FileContent material(Actor actor, long courseId, long fileId);

    void detach(Actor actor, long courseId, long fileId);

    /** The largest file accepted, in bytes (the platform's configuration). */
    long maxBytes();
}
