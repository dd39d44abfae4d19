package org.xingfeng.evaluations.api.tasks;

import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;

/** 模拟调查 and 暗访 visits. Recording one needs {@code evaluations.officer} (or admin) and is audited. */
@Remote
public interface VisitService {

    /** Stores the visit and one rectification task per finding, in one transaction. */
    Visit record(Actor actor, VisitDraft draft);

    Optional<Visit> visit(long id);

    Page<Visit> visits(VisitQuery query, PageRequest page);
}
