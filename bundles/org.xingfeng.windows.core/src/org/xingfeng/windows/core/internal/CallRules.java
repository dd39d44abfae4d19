package org.xingfeng.windows.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What "call next" picks (叫号规则), pure. A window gets, among the waiting tickets it may call (a matter it handles and
 * not transferred to another window, or transferred to this window whatever the matter):
 * <ol>
 * <li>appointments whose slot has begun (by slot start, then place);</li>
 * <li>priority tickets (绿色通道), first come first served;</li>
 * <li>normal tickets, first come first served (appointments not yet due among them, by their place);</li>
 * </ol>
 * with the mix: once the window called {@link Mix#priorityInRow()} priority tickets in a row, and the oldest normal
 * ticket has waited longer than {@link Mix#normalWaitLimit()}, normal tickets come before priority ones (until a
 * normal one is called). {@code priorityInRow} 0 turns the mix off (priority always first).
 */
final class CallRules {

    /** A waiting ticket as the rules see it. {@code dueAt} is an appointment's slot start, null for others. */
    record Candidate(long id, String matterCode, boolean priority, Instant placeAt, Instant dueAt,
            Long targetWindowId) {
    }

    /** The configured mix. */
    record Mix(int priorityInRow, Duration normalWaitLimit) {

        static final Mix DEFAULT = new Mix(2, Duration.ofMinutes(10));
    }

    private static final Comparator<Candidate> BY_PLACE = Comparator.comparing(Candidate::placeAt)
            .thenComparingLong(Candidate::id);
    private static final Comparator<Candidate> BY_DUE = Comparator.comparing(Candidate::dueAt).thenComparing(BY_PLACE);

    private CallRules() {
    }

    /** Whether the window may call the ticket at all. */
    static boolean eligible(Candidate c, long windowId, Set<String> windowCodes) {
        if (c.targetWindowId() != null) {
            return c.targetWindowId() == windowId;
        }
        return windowCodes.contains(c.matterCode());
    }

    /** Whether the ticket is an appointment whose slot has begun. */
    static boolean due(Candidate c, Instant now) {
        return c.dueAt() != null && !c.dueAt().isAfter(now);
    }

    /**
     * The tickets the window may call, in the order the rules put them (the first is what it gets). Duplicates (by id)
     * are dropped.
     */
    static List<Candidate> order(List<Candidate> waiting, long windowId, Set<String> windowCodes, int priorityStreak,
            Mix mix, Instant now) {
        Map<Long, Candidate> unique = new LinkedHashMap<>();
        for (Candidate c : waiting) {
            if (eligible(c, windowId, windowCodes)) {
                unique.putIfAbsent(c.id(), c);
            }
        }
        List<Candidate> due = new ArrayList<>();
        List<Candidate> priority = new ArrayList<>();
        List<Candidate> normal = new ArrayList<>();
        for (Candidate c : unique.values()) {
            if (due(c, now)) {
                due.add(c);
            } else if (c.priority()) {
                priority.add(c);
            } else {
                normal.add(c);
            }
        }
        due.sort(BY_DUE);
        priority.sort(BY_PLACE);
        normal.sort(BY_PLACE);
        List<Candidate> order = new ArrayList<>(due);
        if (normalFirst(priorityStreak, mix, normal, now)) {
            order.addAll(normal);
            order.addAll(priority);
        } else {
            order.addAll(priority);
            order.addAll(normal);
        }
        return order;
    }

    static boolean normalFirst(int priorityStreak, Mix mix, List<Candidate> normalByPlace, Instant now) {
        if (mix.priorityInRow() <= 0 || priorityStreak < mix.priorityInRow() || normalByPlace.isEmpty()) {
            return false;
        }
        Duration waited = Duration.between(normalByPlace.get(0).placeAt(), now);
        return waited.compareTo(mix.normalWaitLimit()) > 0;
    }

    /** The window's priority streak after calling {@code called}. */
    static int streakAfter(int streak, Candidate called, Instant now) {
        return called.priority() && !due(called, now) ? streak + 1 : 0;
    }
}
