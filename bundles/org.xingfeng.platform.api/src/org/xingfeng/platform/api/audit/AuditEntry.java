package org.xingfeng.platform.api.audit;

import java.time.Instant;

/** One recorded change: who, when, which entity, and its state before and after as JSON (null for create/delete). */
public record AuditEntry(long id, Instant at, long userId, String username, String action, String entityType,
        String entityId, String before, String after) {
}
