/**
 * Support for the integration tests of every module, spoken to over HTTP: {@link org.xingfeng.platform.testing.Api}
 * (the client and logins), {@link org.xingfeng.platform.testing.Fixtures}, the README's REST tables
 * ({@link org.xingfeng.platform.testing.ReadmeRest}), the reach matrix
 * ({@link org.xingfeng.platform.testing.ReachMatrix} with its world and case types, and the platform's cases
 * {@link org.xingfeng.platform.testing.PlatformReachCases}), {@link org.xingfeng.platform.testing.BadParameters} and
 * headless {@link org.xingfeng.platform.testing.Chromium} for the citizens' pages, and the
 * {@link org.xingfeng.platform.testing.WatchedAuditLog} the modules' audit tests build their services with, the
 * {@link org.xingfeng.platform.testing.AuditChainHead} taken away while a change runs, and
 * {@link org.xingfeng.platform.testing.Services}.
 */
@org.osgi.annotation.versioning.Version("0.5.0")
package org.xingfeng.platform.testing;
