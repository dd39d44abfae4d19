package org.xingfeng.matters.api;

import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;

/**
 * 办事指南 and 一次性告知单: the guide citizens read for a sub-item, the same on the server's page and in the client.
 * The citizens' pages are public and read as {@link Actor#SYSTEM}; staff read through their own actor.
 */
@Remote
public interface ServiceGuideService {

    /** The sub-item's guide; empty when there is no such sub-item or its unit is out of the actor's reach. */
    Optional<ServiceGuide> guide(Actor actor, long subItemId);
}
