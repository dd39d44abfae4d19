package org.xingfeng.training.api.plans;

import java.time.LocalDate;

/** A planned course and where it stands: its course's title, start, working days and how many attended. */
public record PlanItemProgress(PlanItem item, PlanItemState state, String courseTitle, LocalDate courseStart,
        Integer courseWorkingDays, int attended) {
}
