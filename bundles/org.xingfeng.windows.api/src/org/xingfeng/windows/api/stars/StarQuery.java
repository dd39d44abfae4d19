package org.xingfeng.windows.api.stars;

/** The windows of {@code unitId} and below (the caller's reach without one), over a year or one month of it. */
public record StarQuery(Long unitId, int year, Integer month) {
}
