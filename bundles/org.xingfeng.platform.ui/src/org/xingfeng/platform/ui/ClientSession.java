package org.xingfeng.platform.ui;

import org.xingfeng.platform.api.Actor;

/**
 * Who is logged in to the client and where it works: the status line shows these.
 *
 * @param actor the logged-in user, passed to every service call that changes data
 * @param displayName the user's name as shown (staff name, else user name)
 * @param unitName the user's organisation unit, or empty
 * @param connection the database the client works on, e.g. {@code 本机数据库 (Derby)} or a server URL
 */
public record ClientSession(Actor actor, String displayName, String unitName, String connection) {
}
