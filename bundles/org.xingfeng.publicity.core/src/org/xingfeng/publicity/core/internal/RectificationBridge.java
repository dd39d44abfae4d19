package org.xingfeng.publicity.core.internal;

import java.time.LocalDate;

import org.xingfeng.platform.api.Actor;

/** What publicity asks of the evaluations module's rectification tasks, when it is there ({@link RectificationLink}). */
public interface RectificationBridge {

    /** A new task of the unit, as the actor (the evaluations module checks its own role and reach); its id. */
    long createTask(Actor actor, long unitId, String goal, String content, LocalDate deadline);
}
