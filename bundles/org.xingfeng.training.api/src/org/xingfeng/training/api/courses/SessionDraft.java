package org.xingfeng.training.api.courses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A session as entered: {@code day} (within the course's start and end), {@code startsAt} before {@code endsAt}, both
 * required; {@code hours} defaults to the time between them; {@code place} to the course's.
 */
public record SessionDraft(LocalDate day, LocalTime startsAt, LocalTime endsAt, String place, BigDecimal hours,
        String topic) {
}
