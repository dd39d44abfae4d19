package org.xingfeng.training.api.plans;

import java.util.List;

import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.training.api.courses.CourseKind;

/** A planned course of a plan, in its order ({@code position} from 1), with the course that holds it, if any. */
public record PlanItem(int position, String title, CourseKind kind, List<StaffTier> tiers, int month, Integer days,
        Integer participants, Long courseId) {

    public PlanItem {
        tiers = List.copyOf(tiers);
    }
}
