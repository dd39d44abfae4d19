package org.xingfeng.training.api.standing;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's training coverage (with every unit below it) for {@code year}, as of {@code asOf} (today for this year,
 * the year's last day for a past one): by tier and in all ({@code total}), trained meaning a course long enough for
 * the tier ended after {@code windowStart}; and who is never or not recently trained.
 */
public record UnitCoverage(long unitId, String unitName, int year, LocalDate asOf, LocalDate windowStart,
        List<TierCoverage> tiers, TierCoverage total, List<UntrainedStaff> untrained) {

    public UnitCoverage {
        tiers = List.copyOf(tiers);
        untrained = List.copyOf(untrained);
    }
}
