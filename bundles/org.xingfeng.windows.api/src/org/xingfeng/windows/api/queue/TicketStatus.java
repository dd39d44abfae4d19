package org.xingfeng.windows.api.queue;

import java.time.Instant;

/**
 * A ticket as its holder sees it (the public status page): its number, matter, state, the people ahead of it while it
 * waits (those the same windows would call first), the window that called it, and the times. No staff data.
 */
public record TicketStatus(long id, long hallId, String hallName, String number, String matterCode,
        String matterName, TicketState state, int ahead, String windowNumber, Instant takenAt, Instant calledAt) {
}
