package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.windows.api.queue.TicketState;

/** The steps a ticket may take from each state, the no-show rule and ticket numbers. Pure. */
final class TicketRules {

    /** A step on a ticket. */
    enum Step {
        CALL(TicketState.WAITING),
        RECALL(TicketState.CALLED),
        START(TicketState.CALLED),
        NO_SHOW(TicketState.CALLED),
        PARK(TicketState.CALLED, TicketState.SERVING),
        CALL_BACK(TicketState.PARKED),
        TRANSFER(TicketState.WAITING, TicketState.CALLED, TicketState.SERVING, TicketState.PARKED),
        FINISH(TicketState.SERVING),
        SET_PRIORITY(TicketState.WAITING);

        private final Set<TicketState> from;

        Step(TicketState first, TicketState... more) {
            this.from = EnumSet.of(first, more);
        }

        boolean allowedFrom(TicketState state) {
            return from.contains(state);
        }
    }

    /** The configured no-show rule: after this many calls, or this long since the first call. */
    record NoShow(int calls, Duration after) {

        static final NoShow DEFAULT = new NoShow(3, Duration.ofMinutes(5));
    }

    private TicketRules() {
    }

    /**
     * Refuses a step the state does not allow: 409 {@code ticket_state}, naming the state and the step.
     */
    static void check(TicketState state, Step step) {
        if (!step.allowedFrom(state)) {
            throw new ConflictException("ticket_state", MESSAGES.text("ticket.state", MESSAGES.text("state." + state),
                    MESSAGES.text("step." + step), state.name()));
        }
    }

    /** Whether a called ticket may be marked a no-show now. */
    static boolean noShowDue(int calls, Instant firstCalledAt, Instant now, NoShow rule) {
        return calls >= rule.calls()
                || firstCalledAt != null && !Duration.between(firstCalledAt, now).minus(rule.after()).isNegative();
    }

    /** A recall beyond the number of calls makes the ticket a no-show instead. */
    static boolean recallEndsInNoShow(int calls, NoShow rule) {
        return calls >= rule.calls();
    }

    /**
     * Whether the day's roster keeps a staff member from working at a window: the message key of the refusal, or null.
     * {@code roster} holds the hall's window duties of the day as pairs (window id, staff id). A window the roster
     * gives to staff is theirs; staff the roster puts at a window are held to it; where it names nobody, anybody works.
     */
    static String refusesAtWindow(List<Long[]> roster, Long staffId, long windowId) {
        boolean windowRostered = false;
        boolean staffHere = false;
        boolean staffElsewhere = false;
        for (Long[] duty : roster) {
            boolean here = duty[0] != null && duty[0] == windowId;
            boolean mine = staffId != null && staffId.equals(duty[1]);
            windowRostered |= here;
            staffHere |= here && mine;
            staffElsewhere |= mine && !here;
        }
        if (windowRostered && !staffHere) {
            return "window.not.rostered";
        }
        if (staffElsewhere && !staffHere) {
            return "window.rostered.elsewhere";
        }
        return null;
    }

    /** A0012 style: the series letter and the number, at least three digits. */
    static String number(String series, int seq) {
        return series + (seq < 1000 ? String.format("%03d", seq) : Integer.toString(seq));
    }
}
