package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.api.Level;
import org.xingfeng.evaluations.api.LevelCounts;

class LevelTest {

    @Test
    void levelsParseFromNameChineseOrScore() {
        assertEquals(Level.BASICALLY_SATISFIED, Level.parse("基本满意"));
        assertEquals(Level.VERY_DISSATISFIED, Level.parse("1"));
        assertEquals(Level.SATISFIED, Level.parse(" satisfied "));
        assertNull(Level.parse("6"));
        assertNull(Level.parse("满意!"));
        assertTrue(Level.DISSATISFIED.bad());
        assertFalse(Level.BASICALLY_SATISFIED.bad());
        assertTrue(Level.BASICALLY_SATISFIED.satisfied());
    }

    @Test
    void rateCountsTheThreeSatisfiedLevelsOverAll() {
        LevelCounts c = new LevelCounts(50, 30, 10, 6, 4);
        assertEquals(100, c.total());
        assertEquals(0.90, c.rate(), 1e-12);
        assertEquals(10, c.badCount());
        assertNull(LevelCounts.ZERO.rate());
    }
}
