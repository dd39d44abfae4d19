package org.xingfeng.evaluations.api;

import java.time.Instant;

/** One step done on a case: who, when, what. {@code reached} is whether a callback reached the citizen. */
public record CaseEntry(CaseStep step, long userId, String username, Instant at, String note, Boolean reached) {
}
