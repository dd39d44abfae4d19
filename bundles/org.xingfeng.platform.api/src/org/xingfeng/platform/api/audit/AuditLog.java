package org.xingfeng.platform.api.audit;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;

/**
 * 审计日志. Every service that changes data records the change here. {@code before} and {@code after} are
 * objects (records) that the log stores as JSON; either may be null. Its reading part is {@link AuditReader}, which a
 * client may call on the server.
 */
public interface AuditLog extends AuditReader {

    void record(Actor actor, String action, String entityType, Object entityId, Object before, Object after);

    /** Newest first. Only administrators and auditors may read the log. */
    @Override
    Page<AuditEntry> query(Actor actor, AuditQuery query, PageRequest page);

    /**
     * The entries of one entity, newest first, whoever asks: for the module that owns the entity, to show its
     * history to those the module lets read the entity (the module checks that, not the log). Both arguments are
     * required.
     */
    Page<AuditEntry> entityHistory(String entityType, String entityId, PageRequest page);
}
