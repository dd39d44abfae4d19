package org.xingfeng.publicity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xingfeng.publicity.api.surveys.AreaStats;
import org.xingfeng.publicity.api.surveys.Finding;
import org.xingfeng.publicity.api.surveys.FindingMeasure;
import org.xingfeng.publicity.api.surveys.QuestionStats;
import org.xingfeng.publicity.api.surveys.QuestionType;

/** Findings against hand-worked figures: thresholds, the answers an area needs, the satisfied share, the order. */
class FindingRulesTest {

    static final BigDecimal AWARE = FindingRules.share(80);
    static final BigDecimal SATISFIED = FindingRules.share(85);

    static QuestionStats policy(String key, int answered, int aware) {
        return new QuestionStats(key, QuestionType.YES_NO, "知道吗", answered, List.of(aware, answered - aware), null,
                aware, SurveyRules.rate(aware, answered), List.of());
    }

    static QuestionStats rating(String key, Integer... counts) {
        int answered = List.of(counts).stream().mapToInt(Integer::intValue).sum();
        return new QuestionStats(key, QuestionType.RATING, "满意吗", answered, List.of(counts), null, null, null,
                List.of());
    }

    static AreaStats area(Long id, QuestionStats... qs) {
        return new AreaStats(id, id == null ? null : "区域" + id, 10, null, List.of(qs), 0);
    }

    @Test
    void aRateBelowItsThresholdWithEnoughAnswersIsAFindingWeakestFirst() {
        // area 1: 7 of 10 aware (0.7 < 0.8); ratings 1,1,2,3,3 of values 1..5: satisfied 3..5 = 2+3+3 = 8 of 10 (0.8)
        // area 2: 8 of 10 aware (0.8, not below); ratings all 2: 0 of 10 satisfied
        // area 3: 1 of 9 aware, but 9 answers are fewer than the 10 needed
        List<AreaStats> stats = List.of(area(null, policy("knows", 29, 16)),
                area(1L, policy("knows", 10, 7), rating("sat", 1, 1, 2, 3, 3)),
                area(2L, policy("knows", 10, 8), rating("sat", 0, 10, 0, 0, 0)), area(3L, policy("knows", 9, 1)));
        List<Finding> found = FindingRules.findings(5, stats, AWARE, SATISFIED, 10, Map.of());
        assertEquals(3, found.size(), found.toString());
        assertEquals(List.of("2/sat/SATISFACTION", "1/knows/AWARENESS", "1/sat/SATISFACTION"),
                found.stream().map(f -> FindingRules.key(f.areaUnitId(), f.questionKey(), f.measure())).toList());
        assertEquals(new BigDecimal("0.0000"), found.get(0).rate());
        assertEquals(new BigDecimal("0.7000"), found.get(1).rate());
        assertEquals(new BigDecimal("0.8000"), found.get(2).rate());
        assertEquals(new BigDecimal("0.8500"), found.get(2).threshold());
        assertEquals(10, found.get(1).answered());
        assertNull(found.get(0).taskId());
    }

    @Test
    void aFindingMadeATaskCarriesItsId() {
        List<Finding> found = FindingRules.findings(5, List.of(area(1L, policy("knows", 10, 2))), AWARE, SATISFIED, 10,
                Map.of(FindingRules.key(1, "knows", FindingMeasure.AWARENESS), 77L));
        assertEquals(77L, found.get(0).taskId());
    }

    @Test
    void theSatisfiedShareIsTheUpperThreeFifthsOfAnyScale() {
        assertEquals(new BigDecimal("0.6000"), FindingRules.satisfied(List.of(2, 2, 2, 2, 2)));
        // scale 10: values 5..10 are satisfied (v*5 > 20)
        assertEquals(new BigDecimal("0.6000"), FindingRules.satisfied(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1)));
        // scale 3: values 2 and 3 (v*5 > 6)
        assertEquals(new BigDecimal("0.5000"), FindingRules.satisfied(List.of(2, 0, 2)));
        assertNull(FindingRules.satisfied(List.of(0, 0, 0, 0, 0)));
    }

    @Test
    void thresholdsArePercentsAndPercentsReadBack() {
        assertEquals(new BigDecimal("0.8000"), FindingRules.share(80));
        assertThrows(IllegalArgumentException.class, () -> FindingRules.share(101));
        assertThrows(IllegalArgumentException.class, () -> FindingRules.share(-1));
        assertEquals("62.5%", FindingRules.percent(new BigDecimal("0.6250")));
        assertEquals("0%", FindingRules.percent(new BigDecimal("0.0000")));
    }
}
