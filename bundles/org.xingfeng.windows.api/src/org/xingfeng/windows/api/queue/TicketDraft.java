package org.xingfeng.windows.api.queue;

/**
 * A ticket to take: the hall, the matter code (one the hall's open or paused windows handle, 400 naming
 * {@code matterCode} otherwise), a priority class (null for normal; only staff may set one except at a kiosk that
 * the lobby manager attends: citizens' requests with a class are refused with 400 naming {@code priorityClass}).
 */
public record TicketDraft(Long hallId, String matterCode, String priorityClass, TicketSource source) {
}
