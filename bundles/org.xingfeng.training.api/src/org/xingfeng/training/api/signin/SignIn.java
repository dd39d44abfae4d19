package org.xingfeng.training.api.signin;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A sign-in taken: the attendance record made (present, the session's hours), and whether the trainee came after the
 * session had begun ({@code minutesLate}, 0 when on time).
 */
public record SignIn(long attendanceId, long sessionId, String courseTitle, String staffName, String unitName,
        Instant signedInAt, BigDecimal hours, int minutesLate) {
}
