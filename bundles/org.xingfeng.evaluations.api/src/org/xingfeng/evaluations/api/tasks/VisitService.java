package org.xingfeng.evaluations.api.tasks;

import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;

/**
 * 模拟调查 and 暗访 visits. Recording one needs {@code evaluations.officer} (or admin) and is audited. Visits are checked
 * against the actor's reach: out of reach they are "not found".
 */
@Remote
public interface VisitService {

    /** Stores the visit and one rectification task per finding, in one transaction. */
    Visit record(Actor actor, VisitDraft draft);

    Optional<Visit> visit(Actor actor, long id);

    /** Without {@code query.unitId}, the visits of the actor's whole reach. */
    Page<Visit> visits(Actor actor, VisitQuery query, PageRequest page);
}
