package org.xingfeng.evaluations.api.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 模拟调查 or 暗访: who visited which unit's window or place on which day, and what they found. Each finding
 * became a rectification task ({@code taskIds}, in the order of the findings).
 */
public record Visit(long id, VisitKind kind, long unitId, String place, LocalDate visitDate, String visitor,
        String notes, List<String> findings, List<Long> taskIds, String createdBy, Instant createdAt) {

    public Visit {
        findings = List.copyOf(findings);
        taskIds = List.copyOf(taskIds);
    }
}
