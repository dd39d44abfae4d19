package org.xingfeng.training.api.plans;

import java.util.List;

import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.training.api.courses.CourseKind;

/**
 * A planned course as entered: {@code title}, {@code kind} and {@code month} (1..12) are required, {@code days}
 * (working days, 1..60) and {@code participants} (1..10000) optional; {@code courseId} links the course that holds it
 * (a course of the plan's unit or below, starting in the plan's year).
 */
public record PlanItemDraft(String title, CourseKind kind, List<StaffTier> tiers, Integer month, Integer days,
        Integer participants, Long courseId) {
}
