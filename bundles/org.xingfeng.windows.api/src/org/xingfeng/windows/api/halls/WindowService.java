package org.xingfeng.windows.api.halls;

import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 窗口: the windows of a hall. Creating and changing windows needs {@code windows.admin} (or admin); opening, pausing and
 * closing also window staff and the lobby manager. Audited (entity type {@code windows.window}). A window of a hall
 * out of reach answers 404. A new window is {@link WindowState#CLOSED}.
 */
@Remote
public interface WindowService {

    String AUDIT_TYPE = "windows.window";

    ServiceWindow create(Actor actor, WindowDraft draft);

    ServiceWindow update(Actor actor, long id, WindowDraft draft);

    /** Opens, pauses or closes; a ticket being served stays with the window. */
    ServiceWindow setState(Actor actor, long id, WindowState state);

    Optional<ServiceWindow> window(Actor actor, long id);

    /** The hall's windows by number; 404 for a hall out of reach. */
    List<ServiceWindow> windows(Actor actor, long hallId);

    Table table(List<ServiceWindow> windows);
}
