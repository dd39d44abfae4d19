package org.xingfeng.training.api.courses;

import org.xingfeng.platform.api.org.StaffTier;

/**
 * Filters of the course list; null means any. {@code unitId} takes the unit and every unit below it; {@code year} is
 * the year the course starts in; {@code flagged} keeps the courses shorter (or not) than the rule for one of their
 * tiers; {@code text} matches the title or the organiser.
 */
public record CourseQuery(Long unitId, Integer year, CourseKind kind, StaffTier tier, Boolean flagged, String text) {

    public static final CourseQuery ALL = new CourseQuery(null, null, null, null, null, null);
}
