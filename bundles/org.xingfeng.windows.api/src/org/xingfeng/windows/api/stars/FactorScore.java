package org.xingfeng.windows.api.stars;

/**
 * One factor of a rating. {@code value} is the measured figure (a share 0-1 or a count), {@code score} its part of the
 * rating 0-1, both null when the factor is missing (its source absent or nothing to measure): a missing factor is left
 * out and the others' weights count in full, it is never taken as zero. {@code explanation} says how it was counted.
 */
public record FactorScore(StarFactor factor, Double value, Double score, double weight, String explanation) {

    public boolean missing() {
        return score == null;
    }
}
