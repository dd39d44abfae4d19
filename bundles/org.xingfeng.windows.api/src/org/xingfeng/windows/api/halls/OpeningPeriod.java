package org.xingfeng.windows.api.halls;

import java.time.LocalTime;

/** A period of a working day in which the hall serves, e.g. 09:00-12:00; {@code from} before {@code to}. */
public record OpeningPeriod(LocalTime from, LocalTime to) {
}
