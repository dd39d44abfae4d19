package org.xingfeng.windows.api.stars;

/** A window (or member of staff, {@code windowId} null) left out of the selection and why. */
public record SelectionExclusion(Long windowId, Long staffId, String name, long unitId, int records, String reason) {
}
