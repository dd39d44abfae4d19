package org.xingfeng.evaluations.api.scoring;

import java.time.Instant;
import java.util.List;

/** A stored score sheet; {@code total} is the sum of its items (0 to 100). */
public record ScoreSheet(long id, long unitId, long sectionId, String sectionName, String quarter,
        RaterGroup group, long raterStaffId, String raterName, List<Double> items, double total, String enteredBy,
        Instant enteredAt) {

    public ScoreSheet {
        items = List.copyOf(items);
    }
}
