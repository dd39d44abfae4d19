package org.xingfeng.platform.api.audit;

import java.time.Instant;

/** Filters for the audit log; null means any. The time range is half-open [from, to). */
public record AuditQuery(String entityType, String entityId, String username, Instant from, Instant to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);
}
