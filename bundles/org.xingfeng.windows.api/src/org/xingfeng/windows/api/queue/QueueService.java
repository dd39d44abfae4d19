package org.xingfeng.windows.api.queue;

import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 排队叫号. Every change is committed before the method returns (a printed or called ticket survives a crash) and
 * posts a {@code WindowsEvents} event after the commit.
 * <ul>
 * <li>{@link #take}: citizens (as the system, through the public endpoint), the lobby manager or an admin.</li>
 * <li>{@link #callNext}, {@link #recall}, {@link #start}, {@link #noShow}, {@link #finish}, {@link #callBack}:
 * window staff at the window (their rostered window when the day's roster names staff for it; 403 otherwise), the
 * lobby manager or an admin.</li>
 * <li>{@link #park}, {@link #transfer}: window staff with the ticket, the lobby manager or an admin.
 * {@link #setPriority}: the lobby manager or an admin.</li>
 * </ul>
 * A step the ticket's state does not allow is a 409 {@code ticket_state} naming the state; nothing changes. Many windows
 * calling at once never get the same ticket: a ticket is claimed by a conditional update of its state.
 */
@Remote
public interface QueueService {

    Ticket take(Actor actor, TicketDraft draft);

    /**
     * The next ticket for an open window by the call rules (appointments due, then priority, then first come first
     * served, only matters the window handles, with the configured mix), now called at this window by the actor;
     * empty when none waits. 409 {@code window_state} for a window not open.
     */
    Optional<Ticket> callNext(Actor actor, long windowId);

    /** Calls a called ticket again; after the configured number of calls it is a no-show instead. */
    Ticket recall(Actor actor, long ticketId);

    /** The citizen came: service starts. */
    Ticket start(Actor actor, long ticketId);

    /**
     * 过号: a called ticket whose holder did not come, allowed once it was called the configured number of times or the
     * configured minutes passed since it was last called (409 {@code no_show_too_early} otherwise).
     */
    Ticket noShow(Actor actor, long ticketId);

    Ticket park(Actor actor, long ticketId);

    /** A parked ticket called to the window (by the window given). */
    Ticket callBack(Actor actor, long ticketId, long windowId);

    Ticket transfer(Actor actor, long ticketId, Transfer transfer);

    Ticket finish(Actor actor, long ticketId, Finish finish);

    /** Sets or clears (null) the priority class of a waiting ticket. */
    Ticket setPriority(Actor actor, long ticketId, String priorityClass);

    Optional<Ticket> ticket(Actor actor, long id);

    /** By place. */
    Page<Ticket> tickets(Actor actor, TicketQuery query, PageRequest page);

    /**
     * The public status of a ticket: found only with both its id and its number (so ids cannot be walked); empty
     * otherwise.
     */
    Optional<TicketStatus> status(long ticketId, String number);

    /** The configured priority classes. */
    List<PriorityClass> priorityClasses();

    Table table(List<Ticket> tickets);
}
