package org.xingfeng.publicity.core.internal;

import java.time.LocalDate;

import org.xingfeng.platform.api.Actor;

/** What publicity asks of the evaluations module's rectification tasks, when it is there ({@link RectificationLink}). */
public interface RectificationBridge {

    /**
     * A task of the unit for the record named by {@code sourceKey}, as the actor (the evaluations module checks its own
     * role and reach); its id. Once per key: asked again with the same key (a retry after the link was not stored), the
     * task made the first time.
     */
    long createTask(Actor actor, String sourceKey, long unitId, String goal, String content, LocalDate deadline);
}
