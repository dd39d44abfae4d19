package org.xingfeng.matters.api;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;

/** 四最: the figures of a unit's list (materials, time limits, steps, on-the-spot items). */
@Remote
public interface ListMetricsService {

    /** 四最 figures of the unit's list, per item and for the list; 404 for a unit out of the actor's reach. */
    ListMetrics metrics(Actor actor, long unitId);
}
