package org.xingfeng.windows.api.stations;

/** A village (行政村/社区) with its location and population, belonging to a unit (its township or county). */
public record Village(long id, long unitId, String code, String name, double latitude, double longitude,
        int population) {
}
