package org.xingfeng.windows.api.figures;

import java.time.LocalDate;

/**
 * Service levels of a hall, or of every hall of a unit and below ({@code hallId} null), between two days (inclusive;
 * at most 366 days), broken down by a dimension.
 */
public record FiguresQuery(Long hallId, Long unitId, LocalDate from, LocalDate to, Dimension by) {
}
