package org.xingfeng.windows.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xingfeng.windows.api.stars.FactorScore;
import org.xingfeng.windows.api.stars.StarFactor;
import org.xingfeng.windows.api.stars.StarWeights;
import org.xingfeng.windows.core.internal.StarRules.Candidate;
import org.xingfeng.windows.core.internal.StarRules.Inputs;
import org.xingfeng.windows.core.internal.StarRules.Rating;
import org.xingfeng.windows.core.internal.StarRules.Selection;

/** Window stars and the yearly selection against hand-worked cases. */
class StarRulesTest {

    static final StarWeights WEIGHTS = new StarWeights(Map.of(StarFactor.SATISFACTION, 30.0, StarFactor.COMPLAINTS,
            15.0, StarFactor.OVERDUE, 20.0, StarFactor.WAITS, 15.0, StarFactor.BAD_REVIEWS, 10.0, StarFactor.VOLUME,
            10.0), 100, 0.25, 15);

    private static FactorScore factor(Rating r, StarFactor f) {
        return r.factors().stream().filter(s -> s.factor() == f).findFirst().orElseThrow();
    }

    @Test
    void everyFactorPresent() {
        // 45/50 satisfied 0.90x30=27; 1 upheld complaint 0.75x15=11.25; 2/40 overdue 0.95x20=19;
        // 10/100 waits over 0.90x15=13.5; 3/4 bad reviews on time 0.75x10=7.5; 80 of 100 records 0.80x10=8: 86.25
        Rating r = StarRules.rate(new Inputs(45, 50, 1, 40, 2, 80, 100, 10, 4, 3, 1), WEIGHTS);
        assertEquals(86.25, r.score(), 1e-9);
        assertEquals(4, r.stars());
        assertEquals(0.9, factor(r, StarFactor.SATISFACTION).score(), 1e-9);
        assertEquals(0.75, factor(r, StarFactor.COMPLAINTS).score(), 1e-9);
        assertEquals(0.05, factor(r, StarFactor.OVERDUE).value(), 1e-9);
        assertEquals(0.8, factor(r, StarFactor.VOLUME).score(), 1e-9);
        assertTrue(r.explanation().contains("90.0%（45/50）"), r.explanation());
        assertTrue(r.explanation().endsWith("86.25 分，4 星"), r.explanation());
    }

    @Test
    void withoutEvaluationsTheirFactorsAreMissingNotZero() {
        // overdue 4/40: 0.9x20=18; waits 30/100: 0.7x15=10.5; volume 50/100: 0.5x10=5; 33.5 of weight 45 = 74.44
        Rating r = StarRules.rate(new Inputs(null, null, null, 40, 4, 50, 100, 30, null, null, 1), WEIGHTS);
        assertEquals(74.44, r.score(), 1e-9);
        assertEquals(3, r.stars());
        for (StarFactor f : List.of(StarFactor.SATISFACTION, StarFactor.COMPLAINTS, StarFactor.BAD_REVIEWS)) {
            assertTrue(factor(r, f).missing(), f.name());
            assertNull(factor(r, f).value());
        }
        assertTrue(factor(r, StarFactor.SATISFACTION).explanation().startsWith("缺项"));
        assertFalse(factor(r, StarFactor.WAITS).missing());
    }

    @Test
    void aYearsVolumeTargetIsTwelveMonthsAndComplaintsBottomOutAtZero() {
        // 600 of 1200: 0.5; 5 complaints at 0.25 each: 0, not -0.25; no bad reviews: 1; nothing else measured
        Rating r = StarRules.rate(new Inputs(0, 0, 5, 0, 0, 600, null, null, 0, 0, 12), WEIGHTS);
        assertEquals(0.5, factor(r, StarFactor.VOLUME).score(), 1e-9);
        assertEquals(0.0, factor(r, StarFactor.COMPLAINTS).score(), 1e-9);
        assertEquals(1.0, factor(r, StarFactor.BAD_REVIEWS).score(), 1e-9);
        assertTrue(factor(r, StarFactor.SATISFACTION).missing(), "no evaluations: nothing to rate");
        assertTrue(factor(r, StarFactor.OVERDUE).missing());
        assertTrue(factor(r, StarFactor.WAITS).missing());
        // (0x15 + 1x10 + 0.5x10) / 35 = 42.857
        assertEquals(42.86, r.score(), 1e-9);
        assertEquals(1, r.stars());
    }

    @Test
    void starBoundaries() {
        assertEquals(0, StarRules.stars(null));
        assertEquals(5, StarRules.stars(90.0));
        assertEquals(4, StarRules.stars(89.99));
        assertEquals(3, StarRules.stars(70.0));
        assertEquals(2, StarRules.stars(60.0));
        assertEquals(1, StarRules.stars(59.99));
    }

    @Test
    void selectionWithATieAtTheModelListsEdgeAndAnExclusion() {
        List<Candidate> all = List.of(new Candidate(1, "A", 10, 300, 95.0, 0.98),
                new Candidate(3, "C", 10, 500, 90.0, 0.90), new Candidate(2, "B", 11, 200, 90.0, 0.95),
                new Candidate(4, "D", 11, 100, 85.0, 0.9), new Candidate(5, "E", 10, 80, 70.0, null),
                new Candidate(6, "F", 10, 10, 60.0, 0.5), new Candidate(7, "G", 11, 60, 65.0, 0.7));
        Selection s = StarRules.select(all, 50, 2, 2, 1);
        assertEquals(6, s.candidates());
        assertEquals(List.of("A", "B"), s.model().stream().map(r -> r.candidate().name()).toList());
        assertEquals(List.of("C", "D"), s.good().stream().map(r -> r.candidate().name()).toList());
        assertEquals(List.of(3, 4), s.good().stream().map(StarRules.Ranked::rank).toList());
        assertEquals(List.of("G"), s.poor().stream().map(r -> r.candidate().name()).toList());
        assertEquals(1, s.excluded().size());
        assertEquals("F", s.excluded().get(0).candidate().name());
        assertTrue(s.excluded().get(0).reason().contains("10 件，少于 50 件"));
        assertEquals(1, s.ties().size(), s.ties().toString());
        assertTrue(s.ties().get(0).contains("第 2 名B与第 3 名C同分 90.00，按满意度（95.0% 对 90.0%）排前"), s.ties().get(0));
        assertTrue(s.good().get(0).note().contains("同分"));
    }

    @Test
    void shortListsAreExplainedAndEqualSatisfactionFallsToVolume() {
        List<Candidate> all = List.of(new Candidate(1, "A", 10, 100, 80.0, 0.9),
                new Candidate(2, "B", 10, 150, 80.0, 0.9));
        Selection s = StarRules.select(all, 50, 1, 2, 2);
        assertEquals("B", s.model().get(0).candidate().name());
        assertEquals("A", s.good().get(0).candidate().name());
        assertTrue(s.poor().isEmpty());
        assertTrue(s.ties().stream().anyMatch(t -> t.contains("按办件量（150 对 100）")), s.ties().toString());
        assertTrue(s.ties().stream().anyMatch(t -> t.contains("优质 1/2") && t.contains("差评 0/2")), s.ties().toString());
    }
}
