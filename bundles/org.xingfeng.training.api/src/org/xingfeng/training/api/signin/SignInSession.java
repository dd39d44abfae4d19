package org.xingfeng.training.api.signin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** What the sign-in page shows of the session a code stands for, and whether sign-in is open now. */
public record SignInSession(long sessionId, String courseTitle, String unitName, LocalDate day, LocalTime startsAt,
        LocalTime endsAt, String place, String topic, Instant opensAt, Instant closesAt, SignInState state) {
}
