package org.xingfeng.evaluations.api.indicators;

/**
 * One indicator in one part: {@code key}/{@code label} name the part (a window {@code unitId:windowNo}, a staff
 * member's id, a unit's id, a month {@code 2026-03}; null and 合计 without a breakdown), {@code indicator} its id and
 * {@code indicatorName} its name; {@code rated} how many evaluations rated it, {@code average} their mean score (1-5),
 * {@code satisfied} the share rated 3 or more, {@code counts} the ratings 1 to 5.
 */
public record IndicatorRating(String key, String label, String indicator, String indicatorName, long rated,
        double average, double satisfied, long[] counts) {
}
