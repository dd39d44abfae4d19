package org.xingfeng.training.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.training.api.standing.TrainingPolicy;

class TrainingSettingsTest {

    @Test
    void theDefaultsAreTheSeedsAndTheCadreRules() {
        assertEquals(TrainingPolicy.DEFAULTS, TrainingSettings.policy(5, 5, 5, 5, 3, 12, "90", 36));
        TrainingPolicy p = TrainingSettings.policy(10, 7, 5, 3, 2, 12, " 90.5 ", 24);
        assertEquals(10, p.minDays(StaffTier.UNIT_HEAD));
        assertEquals(7, p.minDays(StaffTier.SECTION_MANAGER));
        assertEquals(5, p.minDays(StaffTier.WINDOW_STAFF));
        assertEquals(3, p.minDays(StaffTier.OTHER));
        assertEquals(new BigDecimal("90.5"), p.yearlyMinHours());
    }

    @Test
    void aValueOutOfRangeNamesItsAttribute() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingSettings.policy(0, 5, 5, 5, 3, 12, "90", 36));
        assertTrue(e.getMessage().contains("training.minDays.unitHead"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TrainingSettings.policy(5, 5, 5, 5, 11, 12, "90", 36));
        assertTrue(e.getMessage().contains("training.coverageYears"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TrainingSettings.policy(5, 5, 5, 5, 3, 12, "x", 36));
        assertTrue(e.getMessage().contains("training.yearlyMinHours"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TrainingSettings.policy(5, 5, 5, 5, 3, 12, "-1", 36));
        assertTrue(e.getMessage().contains("training.yearlyMinHours"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TrainingSettings.policy(5, 5, 5, 5, 3, 12, "90", 0));
        assertTrue(e.getMessage().contains("training.certificateValidityMonths"), e.getMessage());
    }
}
