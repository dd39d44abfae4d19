package org.xingfeng.windows.api.queue;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;

/**
 * The live state of a hall (for the display page, the lobby manager and the clients' live queue). Staff read it within
 * their reach (404 outside); the public display reads it as the system.
 */
@Remote
public interface LiveStateService {

    HallLive live(Actor actor, long hallId);
}
