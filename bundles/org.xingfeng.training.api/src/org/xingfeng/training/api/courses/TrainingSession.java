package org.xingfeng.training.api.courses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/** One session (课次) of a course: its day, times, place and the study hours it gives. */
public record TrainingSession(long id, long courseId, LocalDate day, LocalTime startsAt, LocalTime endsAt,
        String place, BigDecimal hours, String topic) {
}
