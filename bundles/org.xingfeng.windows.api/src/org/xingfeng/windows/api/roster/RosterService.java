package org.xingfeng.windows.api.roster;

import java.util.List;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 带班值班: the roster of a hall by day and the extended-hours and assisted-handling sessions. Roster changes need
 * {@code windows.admin} (or admin); sessions are recorded by window staff, the lobby manager or an admin. Audited
 * (entity type {@code windows.roster}). A hall out of reach answers 404.
 */
@Remote
public interface RosterService {

    String AUDIT_TYPE = "windows.roster";

    DutyEntry assign(Actor actor, DutyDraft draft);

    void remove(Actor actor, long dutyId);

    /** By day, role and window number. */
    List<DutyEntry> roster(Actor actor, RosterQuery query);

    ServiceSession record(Actor actor, SessionDraft draft);

    /** By day and start. */
    List<ServiceSession> sessions(Actor actor, RosterQuery query);

    Table rosterTable(List<DutyEntry> entries);

    Table sessionsTable(List<ServiceSession> sessions);
}
