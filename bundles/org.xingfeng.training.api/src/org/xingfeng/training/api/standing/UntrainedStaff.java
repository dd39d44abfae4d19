package org.xingfeng.training.api.standing;

import java.time.LocalDate;

import org.xingfeng.platform.api.org.StaffTier;

/** An active member of staff never trained for their tier ({@code lastTrained} null) or not within the window. */
public record UntrainedStaff(long staffId, String staffNumber, String staffName, long unitId, String unitName,
        StaffTier tier, LocalDate lastTrained) {
}
