package org.xingfeng.evaluations.api.scoring;

/**
 * One group's part of a section score. {@code average} is the mean sheet total (0-100) or, for
 * {@link RaterGroup#PUBLIC}, the satisfaction rate × 100; null when the group has no sheets (or the section no
 * evaluations) in the quarter. {@code count} is the number of sheets, or of evaluations counted for the public.
 * {@code weight} is the configured weight in percent, {@code appliedWeight} the weight it got after the weights of
 * the missing groups were shared out (0 for a missing group).
 */
public record GroupScore(RaterGroup group, Double average, long count, double weight, double appliedWeight) {
}
