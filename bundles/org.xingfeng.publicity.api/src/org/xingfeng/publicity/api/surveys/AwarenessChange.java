package org.xingfeng.publicity.api.surveys;

import java.math.BigDecimal;

/**
 * A policy question's awareness rate in two rounds and the change ({@code after - before}, null when either is
 * missing). {@code key} is the question's key in both surveys.
 */
public record AwarenessChange(String key, String text, int answeredBefore, BigDecimal before, int answeredAfter,
        BigDecimal after, BigDecimal change) {
}
