package org.xingfeng.windows.api.records;

import java.time.Instant;
import java.util.List;

/** One step taken on a record: what, when, by which account and staff member, the note or reason, the materials. */
public record HandlingStep(StepKind kind, Instant at, String by, Long staffId, String staffName, String note,
        List<String> materials) {

    public HandlingStep {
        materials = materials == null ? List.of() : List.copyOf(materials);
    }
}
