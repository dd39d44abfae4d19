package org.xingfeng.training.api.attendance;

/**
 * Filters of the attendance list; null means any. {@code unitId} takes the staff of the unit and every unit below
 * it; {@code year} the year of the session's day; {@code present} true for those present, false for the others
 * (absent or excused); {@code mark} one mark only.
 */
public record AttendanceQuery(Long unitId, Long courseId, Long sessionId, Long staffId, Integer year,
        Boolean present, AttendanceMark mark) {

    public static final AttendanceQuery ALL = new AttendanceQuery(null, null, null, null, null, null, null);

    public AttendanceQuery(Long unitId, Long courseId, Long sessionId, Long staffId, Integer year, Boolean present) {
        this(unitId, courseId, sessionId, staffId, year, present, null);
    }
}
