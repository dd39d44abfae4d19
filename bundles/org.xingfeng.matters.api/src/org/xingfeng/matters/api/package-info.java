/**
 * 事项清单: the unified list of service matters, with the six unified elements (六统一). One service per concept:
 * {@link org.xingfeng.matters.api.MatterItemService} (the items and their history),
 * {@link org.xingfeng.matters.api.ListSheetService} (import and export), {@link org.xingfeng.matters.api.ListVersionService}
 * (published versions), {@link org.xingfeng.matters.api.ListComparisonService} (六统一比对),
 * {@link org.xingfeng.matters.api.ListMetricsService} (四最) and {@link org.xingfeng.matters.api.ServiceGuideService}
 * (办事指南).
 * <p>
 * 管辖范围: every method takes the caller's {@link org.xingfeng.platform.api.Actor} and checks its target against
 * the actor's {@link org.xingfeng.platform.api.Reach} (the home unit and below); a unit, item, list or version
 * outside it answers {@link org.xingfeng.platform.api.NotFoundException} as if it did not exist. The citizens'
 * guide pages read as {@link org.xingfeng.platform.api.Actor#SYSTEM}: the published guide is public.
 */
@org.osgi.annotation.versioning.Version("0.8.0")
package org.xingfeng.matters.api;
