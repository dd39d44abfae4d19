package org.xingfeng.publicity.api.materials;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.files.FileContent;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 宣传资料库. Changes need {@code publicity.editor} (or admin) and reach over the material's unit, and are audited
 * (entity type {@value #AUDIT_TYPE}); reading needs a publicity role, admin or auditor. Those whose reach holds the
 * unit see every state; the units below it see approved materials only. Anything else answers 404; a unit or campaign
 * out of reach in a body 400 naming it. Files are the platform's (size and type checked there; a poster must be an
 * image, 415 naming {@code file}).
 */
@Remote
public interface MaterialService {

    String AUDIT_TYPE = "publicity.material";

    /** Files of the library are kept by the platform under this module and kind. */
    String FILES_MODULE = "publicity";
    String FILES_KIND = "material";

    /** A new material, a draft. */
    Material create(Actor actor, MaterialDraft draft);

    /** Its description changed (a withdrawn material: 409 {@code material_state}). */
    Material update(Actor actor, long id, MaterialDraft draft);

    /**
     * A new version of the material's file (not for slogans; 409 {@code material_state} once withdrawn); an approved
     * material goes back to draft, to be approved again.
     */
    Material upload(Actor actor, long id, String name, String note, InputStream content);

    /** DRAFT to APPROVED, recording who approved it (a file or link first: 409 {@code material_empty}). */
    Material approve(Actor actor, long id);

    /** To WITHDRAWN: the units below no longer see it. */
    Material withdraw(Actor actor, long id);

    Optional<Material> material(Actor actor, long id);

    /** Newest first. */
    Page<Material> materials(Actor actor, MaterialQuery query, PageRequest page);

    Table table(List<Material> materials);

    /** A version's file (null: the latest), counted as one download. */
    FileContent download(Actor actor, long id, Integer version);
}
