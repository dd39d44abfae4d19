package org.xingfeng.windows.api.stations;

/** Coverage of {@code unitId} and below (the reach without one), of one matter or all, walking or driving. */
public record CoverageQuery(Long unitId, String matterCode, TravelMode mode) {
}
