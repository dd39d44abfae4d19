/**
 * 民生诉求 (citizens' demands): what every part of the module shares, its roles. The demands themselves and their steps
 * are in {@code org.xingfeng.demands.api.demands}, deadlines, the supervision board (督办) and the figures in
 * {@code org.xingfeng.demands.api.supervision}.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.demands.api;
