/**
 * 带班值班: the duty roster by day (who sits at which window, the lobby manager 大堂经理, the leader on duty 带班领导),
 * and the extended-hours (延时服务) and assisted-handling (帮办代办) sessions with the citizens served.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.windows.api.roster;
