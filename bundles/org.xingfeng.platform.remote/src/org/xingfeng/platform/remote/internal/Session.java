package org.xingfeng.platform.remote.internal;

import org.xingfeng.platform.api.Actor;

/** The logged-in user of this client: the bearer token, the actor the server gave for it, and a pending password change. */
record Session(String token, Actor actor, boolean passwordChangeRequired) {
}
