package org.xingfeng.matters.api;

import java.util.List;

/**
 * 四最 figures of a list (fewest materials, shortest time, simplest flow, least discretion): per sub-item and
 * summed up. Time limits count working days, 0 for on the spot; items without a fixed limit are left out of
 * the averages and counted apart, as are materials that were cancelled or can be fetched by data sharing.
 */
public record ListMetrics(long unitId, int items, int materials, int sharedDataMaterials, double averageMaterials,
        double averageTimeLimitDays, int itemsWithoutTimeLimit, double averageSteps, int onTheSpot,
        double onTheSpotShare, List<ItemMetrics> perItem) {

    public ListMetrics {
        perItem = List.copyOf(perItem);
    }

    /** One sub-item's figures; {@code timeLimitDays} is null when the item has no fixed limit. */
    public record ItemMetrics(long id, String basicCode, String name, int materials, int sharedDataMaterials,
            Integer timeLimitDays, int steps, boolean onTheSpot) {
    }
}
