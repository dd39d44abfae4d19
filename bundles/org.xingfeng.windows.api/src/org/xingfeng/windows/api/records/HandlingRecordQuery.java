package org.xingfeng.windows.api.records;

import java.time.LocalDate;

/**
 * Filters for the record list; null means any. {@code from}/{@code to} are days the record was opened. Without a unit:
 * the caller's reach. {@code open}: not yet closed; {@code dueSoon}/{@code overdue}: the flags as computed today.
 */
public record HandlingRecordQuery(Long unitId, Long hallId, Long windowId, Long staffId, RecordState state,
        String matterCode, LocalDate from, LocalDate to, Boolean open, Boolean dueSoon, Boolean overdue) {

    public static final HandlingRecordQuery ALL = new HandlingRecordQuery(null, null, null, null, null, null, null,
            null, null, null, null);

    public static HandlingRecordQuery ofWindow(long windowId) {
        return new HandlingRecordQuery(null, null, windowId, null, null, null, null, null, null, null, null);
    }

    public static HandlingRecordQuery ofUnit(long unitId) {
        return new HandlingRecordQuery(unitId, null, null, null, null, null, null, null, null, null, null);
    }
}
