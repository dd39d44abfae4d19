package org.xingfeng.matters.api;

import java.util.List;

/**
 * Two states of a unit's list compared: a published version ({@code fromVersion}) and a later one
 * ({@code toVersion}), or the current list when {@code toVersion} is null. {@code from} and {@code to} hold the
 * 四最 figures of both (without per-item rows); {@code items} every item whose discretion findings differ, paired by
 * the item's id, its findings before and after (an item added or removed has none on the missing side).
 */
public record VersionComparison(long unitId, int fromVersion, Integer toVersion, ListMetrics from, ListMetrics to,
        List<DiscretionChange> items) {

    public VersionComparison {
        items = List.copyOf(items);
    }

    /** One item's discretion findings in both states. */
    public record DiscretionChange(long id, String basicCode, String name, List<DiscretionFlag> before,
            List<DiscretionFlag> after) {

        public DiscretionChange {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }
}
