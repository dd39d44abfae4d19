package org.xingfeng.matters.api;

/** Filters for the list; null means any. {@code text} matches the name or the codes of a sub-item or its main item. */
public record SubItemQuery(Long unitId, Long mainItemId, String text, HandlingLevel level, MatterCategory category) {

    public static final SubItemQuery ALL = new SubItemQuery(null, null, null, null, null);

    /** Every sub-item of a unit's list. */
    public static SubItemQuery ofUnit(long unitId) {
        return new SubItemQuery(unitId, null, null, null, null);
    }
}
