package org.xingfeng.windows.api.queue;

/**
 * 票据状态. Allowed steps: WAITING → CALLED (call next); CALLED → CALLED (recall), SERVING (start), NO_SHOW (after
 * enough calls or minutes), PARKED, WAITING (transfer); SERVING → FINISHED, PARKED, WAITING (transfer); PARKED →
 * CALLED (called back by a window), WAITING (transfer). FINISHED and NO_SHOW are final. Any other step is a 409
 * naming the ticket's state.
 */
public enum TicketState {
    /** 等候 */
    WAITING,
    /** 已叫号 */
    CALLED,
    /** 办理中 */
    SERVING,
    /** 挂起: set aside (a material to fetch), called back later by a window. */
    PARKED,
    /** 办结 */
    FINISHED,
    /** 过号 */
    NO_SHOW;

    public boolean isFinal() {
        return this == FINISHED || this == NO_SHOW;
    }
}
