package org.xingfeng.evaluations.core.internal.scoring;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.xingfeng.evaluations.api.scoring.RaterGroup;
import org.xingfeng.evaluations.api.scoring.ScoringRules;

/**
 * Reads the scoring rules from the component's configuration ({@link SectionScoringImpl.Config}), and refuses rules that do not add up (the component then does not
 * start, and the log says why):
 * <ul>
 * <li>{@code evaluations.scoring.items}: five item names separated by commas, default
 * 服务态度,业务能力,工作效率,工作纪律,团结协作</li>
 * <li>{@code evaluations.scoring.weight.leadership} 30, {@code .peerChiefs} 25, {@code .colleagues} 20,
 * {@code .public} 25: percent, summing to 100</li>
 * <li>{@code evaluations.scoring.benchmarkCount} 3: benchmark sections per quarter</li>
 * <li>{@code evaluations.scoring.awardQuarters} 2: benchmark quarters in a year for the annual award</li>
 * </ul>
 */
final class ScoringSettings {

    static final String DEFAULT_ITEMS = "服务态度,业务能力,工作效率,工作纪律,团结协作";

    private ScoringSettings() {
    }

    static ScoringRules read(SectionScoringImpl.Config settings) {
        List<String> items = Arrays.stream(settings.evaluations_scoring_items().split("[,，;；]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (items.size() != ScoringRules.ITEMS) {
            throw new IllegalArgumentException(
                    "evaluations.scoring.items must name " + ScoringRules.ITEMS + " items, names "
                            + items.size());
        }
        Map<RaterGroup, Double> weights = new EnumMap<>(RaterGroup.class);
        weights.put(RaterGroup.LEADERSHIP, settings.evaluations_scoring_weight_leadership());
        weights.put(RaterGroup.PEER_CHIEFS, settings.evaluations_scoring_weight_peerChiefs());
        weights.put(RaterGroup.COLLEAGUES, settings.evaluations_scoring_weight_colleagues());
        weights.put(RaterGroup.PUBLIC, settings.evaluations_scoring_weight_public());
        ScoringArithmetic.checkWeights(weights);
        int benchmarkCount = settings.evaluations_scoring_benchmarkCount();
        int awardQuarters = settings.evaluations_scoring_awardQuarters();
        if (benchmarkCount < 1) {
            throw new IllegalArgumentException(
                    "evaluations.scoring.benchmarkCount must be >= 1, was " + benchmarkCount);
        }
        if (awardQuarters < 1 || awardQuarters > 4) {
            throw new IllegalArgumentException("evaluations.scoring.awardQuarters must be 1..4, was " + awardQuarters);
        }
        return new ScoringRules(items, weights, benchmarkCount, awardQuarters);
    }
}
