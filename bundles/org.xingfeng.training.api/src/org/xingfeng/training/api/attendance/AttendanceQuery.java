package org.xingfeng.training.api.attendance;

/**
 * Filters of the attendance list; null means any. {@code unitId} takes the staff of the unit and every unit below
 * it; {@code year} the year of the session's day.
 */
public record AttendanceQuery(Long unitId, Long courseId, Long sessionId, Long staffId, Integer year,
        Boolean present) {

    public static final AttendanceQuery ALL = new AttendanceQuery(null, null, null, null, null, null);
}
