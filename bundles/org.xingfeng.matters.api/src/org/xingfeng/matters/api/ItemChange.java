package org.xingfeng.matters.api;

import java.time.Instant;
import java.util.List;

/**
 * One change of a sub-item, from the audit log: when, who ({@code username}, {@code userId}), the action
 * ({@code create}, {@code update}, {@code delete}, {@code import-create}, {@code import-update}), the elements that
 * changed (names of {@link SubItem}'s fields, e.g. {@code timeLimit}; empty for a creation or deletion) and the
 * item's state before and after as JSON (null for a creation or deletion).
 */
public record ItemChange(Instant at, long userId, String username, String action, List<String> elements, String before,
        String after) {

    public ItemChange {
        elements = List.copyOf(elements);
    }
}
