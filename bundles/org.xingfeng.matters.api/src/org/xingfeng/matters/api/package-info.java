/**
 * 事项清单: the unified list of service matters, with the six unified elements (六统一). One service per concept:
 * {@link org.xingfeng.matters.api.MatterItemService} (the items and their history),
 * {@link org.xingfeng.matters.api.ListSheetService} (import and export), {@link org.xingfeng.matters.api.ListVersionService}
 * (published versions), {@link org.xingfeng.matters.api.ListComparisonService} (六统一比对),
 * {@link org.xingfeng.matters.api.ListMetricsService} (四最) and {@link org.xingfeng.matters.api.ServiceGuideService}
 * (办事指南).
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.xingfeng.matters.api;
