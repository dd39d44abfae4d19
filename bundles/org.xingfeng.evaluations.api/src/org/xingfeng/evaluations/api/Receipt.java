package org.xingfeng.evaluations.api;

import java.time.Instant;

/** The answer to a submission: given only once the evaluation is stored durably. */
public record Receipt(long id, String recordNo, Instant acceptedAt, Long caseId) {
}
