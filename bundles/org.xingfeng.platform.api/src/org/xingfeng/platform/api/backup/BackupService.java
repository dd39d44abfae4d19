package org.xingfeng.platform.api.backup;

import java.util.List;

import org.xingfeng.platform.api.Actor;

/**
 * Online backups of the embedded database (备份): taken while the server runs, on request and on a schedule, kept for
 * a configured number of days. Administrators of the whole installation. A network database (Derby network server,
 * PostgreSQL) is backed up with its own tools, so this answers 409 {@code backup_not_embedded} there.
 */
public interface BackupService {

    /** Takes a backup now; 409 {@code backup_running} while another one runs. */
    Backup backUp(Actor actor);

    /** The backups kept, newest first. */
    List<Backup> list(Actor actor);
}
