package org.xingfeng.matters.api;

import java.util.List;

/**
 * 四最 figures of a list (fewest materials, shortest time, simplest flow, least discretion): per sub-item and
 * summed up. Time limits count working days, 0 for on the spot; items without a fixed limit are left out of
 * the averages and counted apart, as are materials that were cancelled or can be fetched by data sharing.
 * 最小自由裁量: {@code itemsWithDiscretion} items carry a finding (open wording in their conditions or required
 * materials, a time limit not fixed), {@code discretionShare} is their share in percent (one decimal),
 * {@code discretionFlags} the findings counted.
 */
public record ListMetrics(long unitId, int items, int materials, int sharedDataMaterials, double averageMaterials,
        double averageTimeLimitDays, int itemsWithoutTimeLimit, double averageSteps, int onTheSpot,
        double onTheSpotShare, List<ItemMetrics> perItem, int itemsWithDiscretion, double discretionShare,
        int discretionFlags) {

    public ListMetrics {
        perItem = List.copyOf(perItem);
    }

    /** The figures without discretion (as before it was measured). */
    public ListMetrics(long unitId, int items, int materials, int sharedDataMaterials, double averageMaterials,
            double averageTimeLimitDays, int itemsWithoutTimeLimit, double averageSteps, int onTheSpot,
            double onTheSpotShare, List<ItemMetrics> perItem) {
        this(unitId, items, materials, sharedDataMaterials, averageMaterials, averageTimeLimitDays,
                itemsWithoutTimeLimit, averageSteps, onTheSpot, onTheSpotShare, perItem, 0, 0, 0);
    }

    /**
     * One sub-item's figures; {@code timeLimitDays} is null when the item has no fixed limit; {@code discretion}
     * its findings.
     */
    public record ItemMetrics(long id, String basicCode, String name, int materials, int sharedDataMaterials,
            Integer timeLimitDays, int steps, boolean onTheSpot, List<DiscretionFlag> discretion) {

        public ItemMetrics {
            discretion = discretion == null ? List.of() : List.copyOf(discretion);
        }

        /** The figures without findings (as before discretion was measured). */
        public ItemMetrics(long id, String basicCode, String name, int materials, int sharedDataMaterials,
                Integer timeLimitDays, int steps, boolean onTheSpot) {
            this(id, basicCode, name, materials, sharedDataMaterials, timeLimitDays, steps, onTheSpot, List.of());
        }
    }
}
