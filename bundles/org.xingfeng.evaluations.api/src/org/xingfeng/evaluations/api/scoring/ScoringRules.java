package org.xingfeng.evaluations.api.scoring;

import java.util.List;
import java.util.Map;

/**
 * The rules in force, all from configuration: the five item names (each worth {@link #ITEM_MAX} points), the
 * weights of the groups in percent (they sum to 100), how many sections per quarter are benchmark sections
 * ({@code benchmarkCount}, default 3; seed 001 says 3-4) and in how many quarters of a year a section must be
 * benchmark to be eligible for the annual award ({@code awardQuarters}, default 2).
 */
public record ScoringRules(List<String> items, Map<RaterGroup, Double> weights, int benchmarkCount,
        int awardQuarters) {

    /** Items per sheet. */
    public static final int ITEMS = 5;
    /** Points per item. */
    public static final double ITEM_MAX = 20;

    public ScoringRules {
        items = List.copyOf(items);
        weights = Map.copyOf(weights);
    }
}
