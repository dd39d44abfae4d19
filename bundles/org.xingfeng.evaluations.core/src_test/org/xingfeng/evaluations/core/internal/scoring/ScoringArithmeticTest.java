package org.xingfeng.evaluations.core.internal.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.api.scoring.RaterGroup;
import org.xingfeng.evaluations.api.scoring.ScoringRules;

/** The scoring sums against examples worked out by hand (the working is in the comments). */
class ScoringArithmeticTest {

    static final Map<RaterGroup, Double> SEED_WEIGHTS = Map.of(RaterGroup.LEADERSHIP, 30.0, RaterGroup.PEER_CHIEFS,
            25.0,
            RaterGroup.COLLEAGUES, 20.0, RaterGroup.PUBLIC, 25.0);

    @Test
    void aSheetTotalIsTheSumOfItsFiveItems() {
        // 18 + 19.5 + 17 + 20 + 15.5 = 90
        assertEquals(90.0, ScoringArithmetic.sheetTotal(List.of(18.0, 19.5, 17.0, 20.0, 15.5)), 1e-9);
        // 20 × 5 = 100, the most a sheet can give
        assertEquals(100.0, ScoringArithmetic.sheetTotal(List.of(20.0, 20.0, 20.0, 20.0, 20.0)), 1e-9);
    }

    @Test
    void aGroupAverageIsTheMeanOfItsSheets() {
        // (92 + 88) / 2 = 90; (85 + 80 + 75) / 3 = 80
        assertEquals(90.0, ScoringArithmetic.average(List.of(92.0, 88.0)), 1e-9);
        assertEquals(80.0, ScoringArithmetic.average(List.of(85.0, 80.0, 75.0)), 1e-9);
        assertNull(ScoringArithmetic.average(List.of()));
        // a satisfaction rate of 0.96 counts as 96 points; no evaluations, no points
        assertEquals(96.0, ScoringArithmetic.publicAverage(0.96), 1e-9);
        assertNull(ScoringArithmetic.publicAverage(null));
    }

    @Test
    void allFourGroupsWeighThirtyTwentyFiveTwentyTwentyFive() {
        // leadership 90, peers 80, colleagues 70, public 96:
        // 0.30 × 90 + 0.25 × 80 + 0.20 × 70 + 0.25 × 96 = 27 + 20 + 14 + 24 = 85.00
        Map<RaterGroup, Double> averages = new EnumMap<>(RaterGroup.class);
        averages.put(RaterGroup.LEADERSHIP, 90.0);
        averages.put(RaterGroup.PEER_CHIEFS, 80.0);
        averages.put(RaterGroup.COLLEAGUES, 70.0);
        averages.put(RaterGroup.PUBLIC, 96.0);
        ScoringArithmetic.Weighted w = ScoringArithmetic.weigh(averages, SEED_WEIGHTS);
        assertEquals(85.00, w.score(), 1e-9);
        assertEquals(30.0, w.appliedWeights().get(RaterGroup.LEADERSHIP), 1e-9);
        assertEquals(25.0, w.appliedWeights().get(RaterGroup.PUBLIC), 1e-9);
    }

    @Test
    void aGroupWithoutDataIsLeftOutAndTheOtherWeightsAreRescaled() {
        // no evaluations in the quarter: (30 × 90 + 25 × 80 + 20 × 70) / (30 + 25 + 20) = 6100 / 75 = 81.333… → 81.33
        Map<RaterGroup, Double> averages = new EnumMap<>(RaterGroup.class);
        averages.put(RaterGroup.LEADERSHIP, 90.0);
        averages.put(RaterGroup.PEER_CHIEFS, 80.0);
        averages.put(RaterGroup.COLLEAGUES, 70.0);
        averages.put(RaterGroup.PUBLIC, null);
        ScoringArithmetic.Weighted w = ScoringArithmetic.weigh(averages, SEED_WEIGHTS);
        assertEquals(81.33, w.score(), 1e-9);
        // applied weights: 30/75 = 40 %, 25/75 = 33.33 %, 20/75 = 26.67 %, public 0
        assertEquals(40.0, w.appliedWeights().get(RaterGroup.LEADERSHIP), 1e-9);
        assertEquals(33.33, w.appliedWeights().get(RaterGroup.PEER_CHIEFS), 1e-9);
        assertEquals(26.67, w.appliedWeights().get(RaterGroup.COLLEAGUES), 1e-9);
        assertEquals(0.0, w.appliedWeights().get(RaterGroup.PUBLIC), 1e-9);

        // only leadership (88) and the public (rate 0.9 → 90): (30 × 88 + 25 × 90) / 55 = (2640 + 2250) / 55 = 88.909… → 88.91
        Map<RaterGroup, Double> two = new HashMap<>();
        two.put(RaterGroup.LEADERSHIP, 88.0);
        two.put(RaterGroup.PUBLIC, 90.0);
        assertEquals(88.91, ScoringArithmetic.weigh(two, SEED_WEIGHTS).score(), 1e-9);

        // nothing at all: no score
        assertNull(ScoringArithmetic.weigh(Map.of(), SEED_WEIGHTS).score());
    }

    @Test
    void equalScoresShareARankAndATieAtTheLastBenchmarkPlaceMakesThemAllBenchmarks() {
        // scores: #11 90, #12 85.5, #13 80, #14 80, #15 70, #16 none; three benchmark places
        // ranks: 1, 2, 3, 3, 5, –; #13 and #14 tie for third, so four benchmark sections; ties listed by id
        List<ScoringArithmetic.Place> places = ScoringArithmetic.rank(List.of(new ScoringArithmetic.Entry(16, null),
                new ScoringArithmetic.Entry(14, 80.0), new ScoringArithmetic.Entry(15, 70.0),
                new ScoringArithmetic.Entry(11, 90.0), new ScoringArithmetic.Entry(13, 80.0),
                new ScoringArithmetic.Entry(12, 85.5)), 3);
        assertEquals(List.of(11L, 12L, 13L, 14L, 15L, 16L),
                places.stream().map(ScoringArithmetic.Place::sectionId).toList());
        assertEquals(1, places.get(0).rank());
        assertEquals(2, places.get(1).rank());
        assertEquals(3, places.get(2).rank());
        assertEquals(3, places.get(3).rank());
        assertEquals(5, places.get(4).rank());
        assertNull(places.get(5).rank());
        assertEquals(List.of(true, true, true, true, false, false),
                places.stream().map(ScoringArithmetic.Place::benchmark).toList());

        // without the tie only three: 90, 85.5, 80, 79.99 → the fourth is not a benchmark
        List<ScoringArithmetic.Place> plain = ScoringArithmetic.rank(List.of(new ScoringArithmetic.Entry(1, 90.0),
                new ScoringArithmetic.Entry(2, 85.5), new ScoringArithmetic.Entry(3, 80.0),
                new ScoringArithmetic.Entry(4, 79.99)), 3);
        assertEquals(List.of(true, true, true, false), plain.stream().map(ScoringArithmetic.Place::benchmark).toList());
        // a tie at the top: 1, 1, 3
        List<ScoringArithmetic.Place> top = ScoringArithmetic.rank(List.of(new ScoringArithmetic.Entry(7, 88.0),
                new ScoringArithmetic.Entry(5, 88.0), new ScoringArithmetic.Entry(6, 60.0)), 1);
        assertEquals(List.of(5L, 7L, 6L), top.stream().map(ScoringArithmetic.Place::sectionId).toList());
        assertEquals(List.of(1, 1, 3), top.stream().map(ScoringArithmetic.Place::rank).toList());
        assertEquals(List.of(true, true, false), top.stream().map(ScoringArithmetic.Place::benchmark).toList());
    }

    @Test
    void theRankingSaysWhichGroupsWereLeftOut() {
        Map<RaterGroup, Double> averages = new EnumMap<>(RaterGroup.class);
        averages.put(RaterGroup.LEADERSHIP, 90.0);
        List<String> notes = SectionScoringImpl.notes(averages, 90.0);
        assertEquals(3, notes.size(), notes.toString());
        assertTrue(notes.get(2).startsWith("本季度无群众评价"), notes.get(2));
        assertTrue(SectionScoringImpl.notes(Map.of(), null).get(0).contains("不参加排名"));
    }

    @Test
    void twoBenchmarkQuartersOfAYearMakeASectionEligible() {
        assertFalse(ScoringArithmetic.eligible(1, 2));
        assertTrue(ScoringArithmetic.eligible(2, 2));
        assertTrue(ScoringArithmetic.eligible(4, 2));
    }

    @Test
    void weightsMustSumToOneHundred() {
        ScoringArithmetic.checkWeights(SEED_WEIGHTS);
        Map<RaterGroup, Double> bad = new EnumMap<>(SEED_WEIGHTS);
        bad.put(RaterGroup.PUBLIC, 30.0); // 30 + 25 + 20 + 30 = 105
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScoringArithmetic.checkWeights(bad));
        assertTrue(e.getMessage().contains("105"), e.getMessage());
        bad.put(RaterGroup.PUBLIC, -5.0);
        assertThrows(IllegalArgumentException.class, () -> ScoringArithmetic.checkWeights(bad));
    }

    @Test
    void theSettingsGiveTheSeedsRulesByDefaultAndRefuseRulesThatDoNotAddUp() {
        ScoringRules rules = ScoringSettings.read(config(Map.of()));
        assertEquals(5, rules.items().size());
        assertEquals("服务态度", rules.items().get(0));
        assertEquals(SEED_WEIGHTS, rules.weights());
        assertEquals(3, rules.benchmarkCount());
        assertEquals(2, rules.awardQuarters());

        ScoringRules custom = ScoringSettings.read(config(Map.of("evaluations.scoring.weight.leadership", "35",
                "evaluations.scoring.weight.public", "20", "evaluations.scoring.benchmarkCount", "4",
                "evaluations.scoring.items", "甲，乙，丙，丁，戊")));
        assertEquals(35.0, custom.weights().get(RaterGroup.LEADERSHIP));
        assertEquals(4, custom.benchmarkCount());
        assertEquals(List.of("甲", "乙", "丙", "丁", "戊"), custom.items());

        assertThrows(IllegalArgumentException.class,
                () -> ScoringSettings.read(config(Map.of("evaluations.scoring.weight.colleagues", "25"))));
        assertThrows(IllegalArgumentException.class,
                () -> ScoringSettings.read(config(Map.of("evaluations.scoring.items", "甲,乙,丙"))));
        assertThrows(IllegalArgumentException.class,
                () -> ScoringSettings.read(config(Map.of("evaluations.scoring.benchmarkCount", "0"))));
    }

    /** The component's configuration as DS gives it: the given attributes, the annotation's defaults for the rest. */
    private static SectionScoringImpl.Config config(Map<String, String> attributes) {
        return (SectionScoringImpl.Config) java.lang.reflect.Proxy.newProxyInstance(
                SectionScoringImpl.Config.class.getClassLoader(),
                new Class<?>[] { SectionScoringImpl.Config.class }, (proxy, method, args) -> {
                    String value = attributes.get(method.getName().replace('_', '.'));
                    if (value == null) {
                        return method.getDefaultValue();
                    }
                    Class<?> type = method.getReturnType();
                    return type == int.class ? Integer.valueOf(value)
                            : type == double.class ? Double.valueOf(value) : value;
                });
    }
}
