package org.xingfeng.training.api.attendance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A member of staff at a session (one record per staff member and session). {@code hours} are the study hours they
 * earned (0 when absent); {@code passed} is null when there was no assessment. A certificate, when one was issued,
 * has its number, issue date and {@code certificateValidUntil} (given, or the issue date plus the configured
 * validity). {@code unitId} is the staff member's unit, whose reach the record belongs to. {@code mark} says present,
 * absent or excused (请假); {@code present} is true for the first only.
 */
public record Attendance(long id, long sessionId, long courseId, String courseTitle, LocalDate day, long staffId,
        String staffNumber, String staffName, long unitId, String unitName, boolean present, BigDecimal hours,
        BigDecimal score, Boolean passed, String certificateNo, LocalDate certificateIssued,
        LocalDate certificateValidUntil, String recordedBy, Instant recordedAt, AttendanceMark mark) {

    public Attendance {
        mark = mark == null ? AttendanceMark.of(present) : mark;
    }

    /** A record without its mark: present or absent as {@code present} says. */
    public Attendance(long id, long sessionId, long courseId, String courseTitle, LocalDate day, long staffId,
            String staffNumber, String staffName, long unitId, String unitName, boolean present, BigDecimal hours,
            BigDecimal score, Boolean passed, String certificateNo, LocalDate certificateIssued,
            LocalDate certificateValidUntil, String recordedBy, Instant recordedAt) {
        this(id, sessionId, courseId, courseTitle, day, staffId, staffNumber, staffName, unitId, unitName, present,
                hours, score, passed, certificateNo, certificateIssued, certificateValidUntil, recordedBy, recordedAt,
                null);
    }
}
