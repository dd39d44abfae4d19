package org.xingfeng.training.api.plans;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A unit's training plan for a year (年度培训计划), whose reach is the unit's. */
public record TrainingPlan(long id, long unitId, String unitName, int year, BigDecimal targetCoverage,
        BigDecimal targetHoursPerHead, String note, List<PlanItem> items, String updatedBy, Instant updatedAt) {

    public TrainingPlan {
        items = List.copyOf(items);
    }
}
