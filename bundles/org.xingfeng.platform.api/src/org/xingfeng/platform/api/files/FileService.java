package org.xingfeng.platform.api.files;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;

/**
 * Files of the modules' records (附件), kept in the platform's database: a file and its record are written in one
 * transaction, so a crash leaves either both or neither. The owning module checks its roles and its own record, then
 * calls this service, which checks the owner's unit against the actor's reach (out of reach: not found) and audits
 * every store and delete (entity type {@value #AUDIT_TYPE}). Limits are configuration: a file over the maximum size
 * is a 413 ({@code file_too_large}); a type is read from the first bytes of the content, never from the name, and a
 * type not allowed is a 415 ({@code file_type_not_allowed}) naming the field {@code file}. Not {@code @Remote}: it
 * knows no module's roles; the modules offer their records' files through their own remote services.
 */
public interface FileService {

    /** Entity type of the audit entries. */
    String AUDIT_TYPE = "platform.file";

    /**
     * Stores {@code content} for {@code owner} under {@code name} (its path, if any, is dropped; a name left empty is a
     * 400 naming {@code name}).
     */
    StoredFile store(Actor actor, FileOwner owner, String name, InputStream content);

    /** The files of one record, oldest first (empty when its unit is out of reach). */
    List<StoredFile> files(Actor actor, String module, String kind, String ownerId);

    /** A file's record; empty when it does not exist or its unit is out of reach. */
    Optional<StoredFile> file(Actor actor, long id);

    /** A file with its bytes; 404 when it does not exist or its unit is out of reach. */
    FileContent content(Actor actor, long id);

    /** Removes a file (404 as {@link #content}). */
    void delete(Actor actor, long id);

    /** The largest file accepted, in bytes (configuration). */
    long maxBytes();
}
