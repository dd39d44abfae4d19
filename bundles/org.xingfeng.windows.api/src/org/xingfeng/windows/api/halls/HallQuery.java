package org.xingfeng.windows.api.halls;

/** Filters of the halls list; null means any. {@code unitId} takes the unit and every unit below it. */
public record HallQuery(Long unitId, String text) {

    public static final HallQuery ALL = new HallQuery(null, null);
}
