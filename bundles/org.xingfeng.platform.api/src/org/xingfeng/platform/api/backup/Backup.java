package org.xingfeng.platform.api.backup;

import java.time.Instant;

/**
 * One online backup of the embedded database: its folder's name under the backups folder, when it was taken, its
 * size on disk and how long it took.
 */
public record Backup(String name, Instant at, long bytes, long millis) {
}
