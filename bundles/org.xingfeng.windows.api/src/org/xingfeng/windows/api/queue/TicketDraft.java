package org.xingfeng.windows.api.queue;

/**
 * A ticket to take: the hall, the matter code (one a window of the hall handles, whatever its state: 400 naming
 * {@code matterCode} otherwise), a priority class (null for normal; one of {@link QueueService#priorityClasses()}, 400
 * naming {@code priorityClass} otherwise) and where it is taken (null: {@link TicketSource#STAFF}; never
 * {@link TicketSource#APPOINTMENT}, which only a check-in gives). Citizens' own tickets (the public operation) carry no
 * class: the lobby manager sets one ({@link QueueService#setPriority}).
 */
public record TicketDraft(Long hallId, String matterCode, String priorityClass, TicketSource source) {
}
