package org.xingfeng.platform.api.audit;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;

/**
 * Reading the audit log (审计日志), the part of {@link AuditLog} a client may call on the county's server: the audit
 * view uses it, in process or, connected, through the server with the user's own roles and reach. Writing the log
 * ({@link AuditLog#record}) and an entity's history ({@link AuditLog#entityHistory}, which checks no caller) stay on
 * the server.
 */
@Remote
public interface AuditReader {

    /**
     * Newest first. Only administrators and auditors may read the log, and only the entries of accounts at home in
     * their reach.
     */
    Page<AuditEntry> query(Actor actor, AuditQuery query, PageRequest page);

    /**
     * Checks the log's hash chain from its first chained entry to its head and names the first entry that does not
     * check out (one altered or deleted in the database). Administrators and auditors; an entry outside their reach
     * is reported as such, not named.
     */
    AuditVerification verify(Actor actor);
}
