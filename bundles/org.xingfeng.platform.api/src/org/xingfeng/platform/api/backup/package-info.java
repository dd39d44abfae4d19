/** Backups of the database (备份). */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.platform.api.backup;
