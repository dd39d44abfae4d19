/**
 * Attachments (附件) for every module: files kept for an owner (a module's record) in the platform's database, typed
 * by their content and checked against the owning unit's reach.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.platform.api.files;
