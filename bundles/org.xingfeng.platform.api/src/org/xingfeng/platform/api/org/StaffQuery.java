package org.xingfeng.platform.api.org;

/** Filters for the staff list; null means any. {@code text} matches name or staff number. */
public record StaffQuery(Long unitId, Long sectionId, StaffTier tier, Boolean active, String text) {

    public static final StaffQuery ALL = new StaffQuery(null, null, null, null, null);
}
