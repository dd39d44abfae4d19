package org.xingfeng.evaluations.core.internal.indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.api.indicators.IndicatorRating;

class IndicatorRulesTest {

    @Test
    void theStoredTextIsReadAndBadPairsAreLeftOut() {
        assertEquals(Map.of("attitude", 5, "overall", 4), IndicatorRules.parse("attitude=5,overall=4"));
        assertEquals(Map.of("overall", 2), IndicatorRules.parse("overall=2,x=9,=3,efficiency=,guide=abc,usability"));
        assertTrue(IndicatorRules.parse(null).isEmpty());
        assertTrue(IndicatorRules.parse(" ").isEmpty());
    }

    @Test
    void partsAndIndicatorsAreSummedByHand() {
        IndicatorRules.Tally t = new IndicatorRules.Tally();
        t.add("w1", "attitude=5,overall=4");
        t.add("w1", "attitude=1,overall=2");
        t.add("w1", "attitude=3");
        t.add("w2", "overall=5,extra=2");
        t.add("w3", null); // no ratings: no line
        List<IndicatorRating> r = t.ratings(List.of("w2", "w1"), Map.of("w1", "一号窗口", "w2", "二号窗口"),
                List.of("overall", "attitude"), Map.of("overall", "整体满意度", "attitude", "服务态度"));
        assertEquals(4, r.size(), r.toString());
        // w2 first (the order given), its known indicator first, then the unknown one by its id
        assertEquals("w2", r.get(0).key());
        assertEquals("overall", r.get(0).indicator());
        assertEquals("extra", r.get(1).indicator());
        assertEquals("extra", r.get(1).indicatorName(), "an indicator no set names keeps its id");
        IndicatorRating overall = r.get(2);
        assertEquals("一号窗口", overall.label());
        assertEquals("整体满意度", overall.indicatorName());
        assertEquals(2, overall.rated());
        assertEquals(3.0, overall.average()); // (4 + 2) / 2
        assertEquals(0.5, overall.satisfied()); // 4 counts, 2 does not
        assertArrayEquals(new long[] { 0, 1, 0, 1, 0 }, overall.counts());
        IndicatorRating attitude = r.get(3);
        assertEquals(3, attitude.rated());
        assertEquals(3.0, attitude.average()); // (5 + 1 + 3) / 3
        assertEquals(0.6667, attitude.satisfied()); // 2 of 3, rounded to four places
    }
}
