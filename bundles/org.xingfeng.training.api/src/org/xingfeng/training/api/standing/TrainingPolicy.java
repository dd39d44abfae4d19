package org.xingfeng.training.api.standing;

import java.math.BigDecimal;

import org.xingfeng.platform.api.org.StaffTier;

/**
 * The training rules in force (configuration PID {@code org.xingfeng.training}). Per tier, the minimum working days of
 * a course for it to count as that tier's training (seed 003: at least 5); {@code coverageYears}, the window within
 * which everybody must have had their tier's training (seed 003: 2-3 years); the yearly minimum, met with
 * {@code yearlyMinDays} days or {@code yearlyMinHours} study hours (the cadre rules: 12 days or 90 hours); the
 * months a certificate stays valid when its record names no date.
 */
public record TrainingPolicy(int minDaysUnitHead, int minDaysSectionManager, int minDaysWindowStaff,
        int minDaysOther, int coverageYears, int yearlyMinDays, BigDecimal yearlyMinHours,
        int certificateValidityMonths) {

    public static final TrainingPolicy DEFAULTS = new TrainingPolicy(5, 5, 5, 5, 3, 12, new BigDecimal("90"), 36);

    /** The minimum working days of a course for the tier. */
    public int minDays(StaffTier tier) {
        switch (tier) {
            case UNIT_HEAD:
                return minDaysUnitHead;
            case SECTION_MANAGER:
                return minDaysSectionManager;
            case WINDOW_STAFF:
                return minDaysWindowStaff;
            default:
                return minDaysOther;
        }
    }
}
