package org.xingfeng.training.api.courses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.xingfeng.platform.api.org.StaffTier;

/**
 * A course as a training officer enters it. {@code unitId} (the holding unit), {@code title}, {@code kind},
 * {@code startDate} and {@code endDate} are required; {@code tiers} may be empty (a course for everybody, which is no
 * tier's training); {@code place} is required unless {@code online}; {@code hours} (0..2000, at most two decimals) is
 * optional.
 */
public record CourseDraft(Long unitId, String title, CourseKind kind, List<StaffTier> tiers, String organiser,
        String place, Boolean online, LocalDate startDate, LocalDate endDate, BigDecimal hours, String syllabus) {
}
