/**
 * 分项指标评价: the indicator ratings citizens give with an evaluation (at a window 整体满意度, 服务效率, 服务水平, 服务态度;
 * online 整体满意度, 办事效率, 办事指南精确度, 办事便捷度, 平台操作性), aggregated per indicator and broken down by window,
 * staff member, unit or month, within the caller's reach.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.evaluations.api.indicators;
