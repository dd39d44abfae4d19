package org.xingfeng.demands.api.supervision;

import java.time.LocalDate;

/** The figures' unit (and below; the reach without one), received-date period (inclusive) and breakdown. */
public record FiguresQuery(Long unitId, LocalDate from, LocalDate to, FigureDimension by) {
}
