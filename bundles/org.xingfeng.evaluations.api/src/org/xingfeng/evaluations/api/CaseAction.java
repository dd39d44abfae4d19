package org.xingfeng.evaluations.api;

/**
 * A step to record on a case. {@code note} says what was found or done (required). For a {@link CaseStep#CALLBACK}
 * {@code reached} says whether the citizen was reached: an unreached call is recorded but does not complete the step.
 */
public record CaseAction(CaseStep step, String note, Boolean reached) {
}
