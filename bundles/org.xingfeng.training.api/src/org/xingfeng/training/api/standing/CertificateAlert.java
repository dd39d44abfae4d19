package org.xingfeng.training.api.standing;

import java.time.LocalDate;

/**
 * A certificate that runs out soon or has run out: {@code daysLeft} from the day asked about to its last valid day
 * (negative once expired); {@code band} 30, 60 or 90 (the smallest that holds it), 0 when expired.
 */
public record CertificateAlert(long attendanceId, long staffId, String staffName, String courseTitle,
        String certificateNo, LocalDate validUntil, long daysLeft, int band) {
}
