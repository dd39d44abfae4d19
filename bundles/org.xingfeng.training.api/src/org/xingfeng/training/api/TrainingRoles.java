package org.xingfeng.training.api;

import org.xingfeng.platform.api.security.Roles;

/**
 * Who may do what in the training module, within the account's reach. The training officer (培训专员, the platform's
 * role {@link Roles#TRAINING_OFFICER}) or an administrator records courses, sessions and attendance; they, auditors
 * and administrators read everything in their reach; a member of staff ({@link Roles#STAFF}) reads their own record.
 */
public final class TrainingRoles {

    /** 培训专员: writes courses, sessions and attendance, reads every record and report of the reach. */
    public static final String OFFICER = Roles.TRAINING_OFFICER;

    /** The roles that read every record of the reach. */
    public static final String[] READERS = { Roles.TRAINING_OFFICER, Roles.ADMIN, Roles.AUDITOR };

    private TrainingRoles() {
    }
}
