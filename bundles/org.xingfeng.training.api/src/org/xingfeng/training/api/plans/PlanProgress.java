package org.xingfeng.training.api.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.xingfeng.training.api.courses.Course;

/**
 * A plan's progress as of {@code asOf}: planned courses by state, {@code heldShare} (held of planned, 0..1), the
 * courses of the unit and below started in the year outside the plan, and the coverage and hours per head reached
 * (from the unit's coverage) against the targets ({@code coverageMet}, {@code hoursMet}: null without a target).
 */
public record PlanProgress(TrainingPlan plan, LocalDate asOf, int planned, int held, int scheduled, int overdue,
        BigDecimal heldShare, BigDecimal coverage, Boolean coverageMet, BigDecimal hoursPerHead, Boolean hoursMet,
        List<PlanItemProgress> items, List<Course> unplanned) {

    public PlanProgress {
        items = List.copyOf(items);
        unplanned = List.copyOf(unplanned);
    }
}
