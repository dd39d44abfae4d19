package org.xingfeng.training.api.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Attendance as recorded: {@code staffId} (a member of staff in the recorder's reach) and {@code mark} (present,
 * absent or excused) are required, or instead of the mark {@code present} (true: present, false: absent; both given
 * must agree); {@code hours} default to the session's when present, 0 otherwise (more than the session's is refused,
 * and an absent or excused person earns none, nor a certificate);
 * {@code score} 0..100; a certificate needs {@code certificateNo} and {@code certificateIssued} together, and
 * {@code certificateValidUntil} (after the issue date) defaults to the issue date plus the configured validity.
 */
public record AttendanceDraft(Long staffId, Boolean present, BigDecimal hours, BigDecimal score, Boolean passed,
        String certificateNo, LocalDate certificateIssued, LocalDate certificateValidUntil, AttendanceMark mark) {

    /** A draft that says only whether the person was present. */
    public AttendanceDraft(Long staffId, Boolean present, BigDecimal hours, BigDecimal score, Boolean passed,
            String certificateNo, LocalDate certificateIssued, LocalDate certificateValidUntil) {
        this(staffId, present, hours, score, passed, certificateNo, certificateIssued, certificateValidUntil, null);
    }

    /** A draft with its mark. */
    public static AttendanceDraft of(Long staffId, AttendanceMark mark, BigDecimal hours, BigDecimal score,
            Boolean passed, String certificateNo, LocalDate certificateIssued, LocalDate certificateValidUntil) {
        return new AttendanceDraft(staffId, null, hours, score, passed, certificateNo, certificateIssued,
                certificateValidUntil, mark);
    }
}
