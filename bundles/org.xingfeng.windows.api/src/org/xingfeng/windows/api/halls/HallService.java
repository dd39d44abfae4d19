package org.xingfeng.windows.api.halls;

import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.windows.api.MatterRef;

/**
 * 服务大厅: halls and their zones. Changes need {@code windows.admin} (or admin) and are audited (entity type
 * {@code windows.hall}); reading needs any windows role, admin or auditor. A hall belongs to its unit: a hall of a unit
 * outside the actor's reach answers 404, a unit out of reach in a draft 400 naming {@code unitId}.
 */
@Remote
public interface HallService {

    String AUDIT_TYPE = "windows.hall";

    Hall create(Actor actor, HallDraft draft);

    Hall update(Actor actor, long id, HallDraft draft);

    Optional<Hall> hall(Actor actor, long id);

    /** By unit and name. */
    Page<Hall> halls(Actor actor, HallQuery query, PageRequest page);

    /**
     * The matters the hall's windows handle (every code of every window, sorted by code), named from the matters module's
     * list of the hall's unit when that module is present. 404 for a hall out of reach.
     */
    List<MatterRef> matters(Actor actor, long hallId);

    Table table(List<Hall> halls);
}
