/**
 * 窗口与排队 (windows and the queue): what every part of the module shares, the roles, the Event Admin topics the
 * hall display follows, and matter references (a matter code with its name from the matters module when present).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.windows.api;
