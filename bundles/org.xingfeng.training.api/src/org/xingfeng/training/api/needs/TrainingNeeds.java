package org.xingfeng.training.api.needs;

import java.time.LocalDate;
import java.util.List;

/**
 * The needs of a unit and those below it from the evaluations given {@code from} to {@code to} (both inclusive).
 * {@code evaluationsPresent} is false when the evaluations module is not installed (the list is then empty).
 */
public record TrainingNeeds(Long unitId, String unitName, LocalDate from, LocalDate to, boolean evaluationsPresent,
        int open, int met, List<TrainingNeed> needs) {

    public TrainingNeeds {
        needs = List.copyOf(needs);
    }
}
