package org.xingfeng.windows.api.records;

import java.time.LocalDate;

/**
 * On-time rates of the records completed (办结) from {@code from} to {@code to} (days; null: the last 30 days), in a unit
 * and below (null: the caller's reach), broken down by {@code by} (null: one total line).
 */
public record OnTimeQuery(Long unitId, LocalDate from, LocalDate to, RecordDimension by) {
}
