package org.xingfeng.windows.api.records;

/** What on-time rates are broken down by. */
public enum RecordDimension {
    MATTER, WINDOW, STAFF, UNIT, MONTH
}
