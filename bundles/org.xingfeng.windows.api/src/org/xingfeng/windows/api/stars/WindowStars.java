package org.xingfeng.windows.api.stars;

import java.util.List;

/**
 * A window's rating over a month ({@code month} 1-12) or a year ({@code month} null): {@code score} 0-100 over the
 * factors present, {@code stars} 1-5 (0 without any factor), each factor with its explanation, and the whole
 * {@code explanation} in one line.
 */
public record WindowStars(long windowId, long hallId, long unitId, String unitName, String hallName,
        String windowNumber, String windowLabel, int year, Integer month, int records, Double score, int stars,
        List<FactorScore> factors, String explanation) {

    public WindowStars {
        factors = List.copyOf(factors);
    }
}
