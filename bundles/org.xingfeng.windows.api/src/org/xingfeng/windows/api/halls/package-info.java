/**
 * 服务大厅与窗口: halls at county, township and village-station level (a hall belongs to an org unit) with their
 * functional zones and opening hours, and their windows (comprehensive 综合窗口 or single-matter, the matter codes
 * each handles, open, paused or closed).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.windows.api.halls;
