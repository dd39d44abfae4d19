package org.xingfeng.windows.api.records;

import java.util.List;

/**
 * The next step of a record: {@code note} is the reason for REJECT and RETURN (required there), {@code materials}
 * the materials missing for NOTIFY (required there; taken from the matter's guide when the matters module is present).
 */
public record StepDraft(StepKind kind, String note, List<String> materials) {

    public static StepDraft of(StepKind kind) {
        return new StepDraft(kind, null, null);
    }
}
