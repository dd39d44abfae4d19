package org.xingfeng.windows.api.stars;

/** A member of window staff on the model staff list (标兵窗口工作人员), with the figures that placed them. */
public record StaffSelectionEntry(int rank, long staffId, String staffNumber, String staffName, long unitId,
        String unitName, int records, Double score, String explanation) {
}
