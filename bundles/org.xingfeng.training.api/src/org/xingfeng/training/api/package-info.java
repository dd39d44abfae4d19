/**
 * 培训 (staff training): what every part of the module shares, its roles. Courses and their sessions are in
 * {@code courses}, attendance and certificates in {@code attendance}, where each person and unit stands against the
 * training rules in {@code standing}.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.training.api;
