package org.xingfeng.platform.api.calendar;

import java.time.LocalDate;

/** One exceptional date of the official arrangement: a holiday or an adjusted working day (调休), with its name. */
public record SpecialDay(LocalDate date, DayKind kind, String name) {
}
