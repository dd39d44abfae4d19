package org.xingfeng.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatsTest {

    /** 1..100 ms in nanoseconds. */
    private static long[] oneToHundredMs() {
        long[] v = new long[100];
        for (int i = 0; i < 100; i++) {
            v[i] = (i + 1) * 1_000_000L;
        }
        return v;
    }

    @Test
    void percentilesAreNearestRank() {
        long[] v = oneToHundredMs();
        assertEquals(50.0, Stats.percentileMs(v, 0.5));
        assertEquals(99.0, Stats.percentileMs(v, 0.99));
        assertEquals(100.0, Stats.percentileMs(v, 1.0));
        assertEquals(100.0, Stats.maxMs(v));
        assertEquals(1.0, Stats.percentileMs(v, 0.001));
        long[] three = { 1_000_000, 2_000_000, 30_000_000 };
        assertEquals(2.0, Stats.percentileMs(three, 0.5));
        assertEquals(30.0, Stats.percentileMs(three, 0.99)); // few samples: p99 is the maximum
        assertTrue(Double.isNaN(Stats.percentileMs(new long[0], 0.5)));
    }

    @Test
    void mergeSortsTheFilledPartsOnly() {
        long[][] parts = { { 5, 1, 99 }, { 3, 2, 77, 88 } };
        int[] n = { 2, 2 }; // the rest of each array is unused capacity
        assertArrayEquals(new long[] { 1, 2, 3, 5 }, Stats.merge(parts, n));
    }

    @Test
    void medianIsTheLowerMiddleAndLeavesItsInputAlone() {
        long[] odd = { 30, 10, 20 };
        assertEquals(20, Stats.median(odd));
        assertArrayEquals(new long[] { 30, 10, 20 }, odd);
        assertEquals(20, Stats.median(new long[] { 40, 10, 20, 30 }));
        assertEquals(2.5, Stats.median(new double[] { 9, 2.5, 1, 3, 2 }));
        assertEquals("10 / 20 / 30 ms", Stats.minMedianMax(odd));
        assertEquals("-", Stats.minMedianMax(new long[0]));
    }

    @Test
    void formats() {
        assertEquals("1.20", Stats.ms(1.2));
        assertEquals("17.8", Stats.ms(17.84));
        assertEquals("176", Stats.ms(176.4));
        assertEquals("-", Stats.ms(Double.NaN));
        assertEquals("10,000,000", Stats.count(10_000_000));
        assertEquals("4.50 GiB", Stats.gib(4_831_838_208L));
        assertEquals(3.142, Stats.round(Math.PI));
        assertNull(Stats.round(Double.NaN));
    }
}
