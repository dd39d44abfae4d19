package org.xingfeng.demands.api.demands;

import java.time.Instant;

/**
 * One step of a demand's history: what was done, by whom and when, the state before and after (equal for the steps
 * that do not move it), and its text (the instruction, the handling, the review's note, the reply, the citizen's
 * remark, an extension's reason).
 */
public record DemandStep(long id, long demandId, DemandAction action, DemandState fromState, DemandState toState,
        String by, Instant at, String text) {
}
