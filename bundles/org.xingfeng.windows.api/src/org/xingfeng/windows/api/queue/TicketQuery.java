package org.xingfeng.windows.api.queue;

import java.time.LocalDate;

/** Filters of a hall's tickets; {@code day} null means today, other nulls any. */
public record TicketQuery(long hallId, LocalDate day, TicketState state, String matterCode, Long windowId) {
}
