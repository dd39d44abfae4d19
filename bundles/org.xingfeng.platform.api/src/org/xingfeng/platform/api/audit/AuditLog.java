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

    /**
     * Records a change. Called inside {@link org.xingfeng.platform.api.persistence.Jpa#inTransaction} (of any
     * module's persistence unit), the entry is written in that transaction, on its connection: it commits with the
     * change, and a failure to write it rolls the change back. Called outside a transaction, the entry is written in
     * a transaction of its own (for events that change nothing else: a login, an export, a refusal). Each entry is
     * chained to the one before it by a hash; entries are serialised on the chain's head row, so record a change's
     * entry as the transaction's last step.
     */
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
