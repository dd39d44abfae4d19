package org.xingfeng.evaluations.api;

import java.time.LocalDate;

/**
 * Satisfaction (满意度) of one thing over a period [from, to]. {@code counted} are the evaluations in the
 * statistics; {@code excluded} those left out by upheld appeals (both are shown). {@code rate} is
 * (非常满意 + 满意 + 基本满意) / all counted, null without evaluations; {@code rateWithExcluded} counts the
 * excluded too. {@code target} is the bureau's goal (default 0.90).
 */
public record Satisfaction(Dimension dimension, String key, String name, LocalDate from, LocalDate to,
        LevelCounts counted, LevelCounts excluded, Double rate, Double rateWithExcluded, double target,
        boolean meetsTarget) {

    public static Satisfaction of(Dimension dimension, String key, String name, LocalDate from, LocalDate to,
            LevelCounts counted, LevelCounts excluded, double target) {
        Double rate = counted.rate();
        return new Satisfaction(dimension, key, name, from, to, counted, excluded, rate, counted.plus(excluded).rate(),
                target, rate != null && rate >= target);
    }
}
