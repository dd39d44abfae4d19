package org.xingfeng.evaluations.api;

import java.time.Instant;

/** An appeal (申诉) against a bad review and, once decided, the reviewer's decision (复核) with reasons. */
public record Appeal(long id, long evaluationId, AppealReason reason, String statement, String filedBy,
        Instant filedAt, AppealState state, String reviewedBy, Instant reviewedAt, String decisionReason) {
}
