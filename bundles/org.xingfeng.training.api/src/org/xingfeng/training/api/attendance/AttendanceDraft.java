package org.xingfeng.training.api.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Attendance as recorded: {@code staffId} (a member of staff in the recorder's reach) and {@code present} are
 * required; {@code hours} default to the session's when present, 0 when absent (more than the session's is refused);
 * {@code score} 0..100; a certificate needs {@code certificateNo} and {@code certificateIssued} together, and
 * {@code certificateValidUntil} (after the issue date) defaults to the issue date plus the configured validity.
 */
public record AttendanceDraft(Long staffId, Boolean present, BigDecimal hours, BigDecimal score, Boolean passed,
        String certificateNo, LocalDate certificateIssued, LocalDate certificateValidUntil) {
}
