package org.xingfeng.training.api.courses;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.xingfeng.platform.api.org.StaffTier;

/**
 * A training course (培训课程) held by a unit ({@code unitId}, whose reach it belongs to). {@code workingDays} is the
 * number of working days from {@code startDate} to {@code endDate}, both included, by the platform calendar (a course
 * over National Day is not as long as its calendar days); {@code hours} the study hours it gives in all.
 * {@code shortForTiers} lists the targeted tiers whose minimum working days per course (configuration, default 5)
 * the course does not reach: it does not count as that tier's training (courses shorter than the rule are flagged).
 */
public record Course(long id, long unitId, String unitName, String title, CourseKind kind, List<StaffTier> tiers,
        String organiser, String place, boolean online, LocalDate startDate, LocalDate endDate, int workingDays,
        BigDecimal hours, String syllabus, List<StaffTier> shortForTiers, int sessions, String createdBy,
        Instant createdAt) {

    public Course {
        tiers = List.copyOf(tiers);
        shortForTiers = List.copyOf(shortForTiers);
    }

    /** Whether the course is shorter than the rule for one of its tiers. */
    public boolean flagged() {
        return !shortForTiers.isEmpty();
    }
}
