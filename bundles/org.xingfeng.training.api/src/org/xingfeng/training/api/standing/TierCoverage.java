package org.xingfeng.training.api.standing;

import java.math.BigDecimal;

import org.xingfeng.platform.api.org.StaffTier;

/**
 * One tier of a unit's coverage: active staff of the tier, those trained for it within the coverage window,
 * {@code coverage} their share (0..1, four decimals; null without staff), the study hours of the year and hours per
 * head (two decimals). A null {@code tier} is the whole unit.
 */
public record TierCoverage(StaffTier tier, int activeStaff, int trained, BigDecimal coverage, BigDecimal hours,
        BigDecimal hoursPerHead) {
}
