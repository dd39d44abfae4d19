package org.xingfeng.training.core.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.xingfeng.training.api.attendance.AttendanceMark;

/**
 * A member of staff at a session: one row per staff member and session. The course, the session's day and the staff
 * member's unit are kept beside the session's id, so a person's history and a unit's figures read one table.
 */
@Entity
@Table(name = "TRN_ATTENDANCE",
        uniqueConstraints = @UniqueConstraint(name = "TRN_ATTENDANCE_ONE", columnNames = { "SESSION_ID", "STAFF_ID" }),
        indexes = { @Index(name = "TRN_ATTENDANCE_STAFF", columnList = "STAFF_ID,DAY"),
                @Index(name = "TRN_ATTENDANCE_UNIT", columnList = "UNIT_ID,DAY"),
                @Index(name = "TRN_ATTENDANCE_COURSE", columnList = "COURSE_ID") })
public class AttendanceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TRN_ATTENDANCE_SEQ")
    @SequenceGenerator(name = "TRN_ATTENDANCE_SEQ", sequenceName = "TRN_ATTENDANCE_SEQ", allocationSize = 50)
    public Long id;

    @Column(name = "SESSION_ID", nullable = false)
    public long sessionId;

    @Column(name = "COURSE_ID", nullable = false)
    public long courseId;

    @Column(name = "DAY", nullable = false)
    public LocalDate day;

    @Column(name = "STAFF_ID", nullable = false)
    public long staffId;

    /** The staff member's unit when recorded. */
    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "PRESENT", nullable = false)
    public boolean present;

    /** Present, absent or excused; null in rows from before marks, which are present or absent as PRESENT says. */
    @Enumerated(EnumType.STRING)
    @Column(name = "MARK", length = 8)
    public AttendanceMark mark;

    AttendanceMark mark() {
        return mark == null ? AttendanceMark.of(present) : mark;
    }

    @Column(name = "HOURS", precision = 5, scale = 2, nullable = false)
    public BigDecimal hours;

    @Column(name = "SCORE", precision = 5, scale = 2)
    public BigDecimal score;

    @Column(name = "PASSED")
    public Boolean passed;

    @Column(name = "CERTIFICATE_NO", length = 64)
    public String certificateNo;

    @Column(name = "CERTIFICATE_ISSUED")
    public LocalDate certificateIssued;

    @Column(name = "CERTIFICATE_VALID_UNTIL")
    public LocalDate certificateValidUntil;

    @Column(name = "RECORDED_BY", length = 64, nullable = false)
    public String recordedBy;

    @Column(name = "RECORDED_AT", nullable = false)
    public Timestamp recordedAt;
}
