/**
 * 服务水平: tickets taken and served, waits and service times, the share within the target wait, no-shows, by hour, day,
 * window, staff member and matter; appointment no-shows (爽约); comprehensive-window coverage (综合窗口覆盖率) per hall and unit.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.xingfeng.windows.api.figures;
