package org.xingfeng.platform.testing;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Assertions;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.audit.AuditEntry;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.audit.AuditQuery;
import org.xingfeng.platform.api.audit.AuditVerification;
import org.xingfeng.platform.api.persistence.Jpa;

/**
 * The server's audit log as a module's audit test hands it to the services it builds: each entry notes whether the
 * change's transaction was open when it was written, and during {@link #refused} every entry fails (as when the
 * database refuses it), so the test can check that the change is rolled back with it.
 */
public final class WatchedAuditLog implements AuditLog {

    /** The message of a refused entry. */
    public static final String REFUSAL = "the audit log cannot write now";

    private final AuditLog real;
    private final List<Boolean> inTransaction = new CopyOnWriteArrayList<>();
    private volatile boolean refusing;

    /** Watches {@code real}, which writes the entries that are not refused. */
    public WatchedAuditLog(AuditLog real) {
        this.real = real;
    }

    /** The log the watcher writes to. */
    public AuditLog real() {
        return real;
    }

    /** For each entry asked for since the last {@link #clear}, in order: whether a transaction was open. */
    public List<Boolean> inTransaction() {
        return List.copyOf(inTransaction);
    }

    public void clear() {
        inTransaction.clear();
    }

    /**
     * Runs {@code change} while every entry is refused and checks that it failed with the refusal (the service let
     * it through, not caught and committed without its entry).
     */
    public IllegalStateException refused(Runnable change) {
        refusing = true;
        try {
            IllegalStateException e = Assertions.assertThrows(IllegalStateException.class, change::run,
                    "the change fails with its audit entry");
            Throwable t = e;
            while (t != null && !REFUSAL.equals(t.getMessage())) {
                t = t.getCause();
            }
            Assertions.assertNotNull(t, () -> "failed because of the refused entry: " + e);
            return e;
        } finally {
            refusing = false;
        }
    }

    /** Whether entries are refused now. */
    public boolean refusing() {
        return refusing;
    }

    @Override
    public void record(Actor actor, String action, String entityType, Object entityId, Object before, Object after) {
        inTransaction.add(Jpa.current().isPresent());
        if (refusing) {
            throw new IllegalStateException(REFUSAL);
        }
        real.record(actor, action, entityType, entityId, before, after);
    }

    @Override
    public Page<AuditEntry> query(Actor actor, AuditQuery query, PageRequest page) {
        return real.query(actor, query, page);
    }

    @Override
    public AuditVerification verify(Actor actor) {
        return real.verify(actor);
    }

    @Override
    public Page<AuditEntry> entityHistory(String entityType, String entityId, PageRequest page) {
        return real.entityHistory(entityType, entityId, page);
    }

    /**
     * A component's configuration with its metatype defaults, for building a component by hand beside the watcher.
     */
    @SuppressWarnings("unchecked")
    public static <A> A defaults(Class<A> config) {
        return (A) Proxy.newProxyInstance(config.getClassLoader(), new Class<?>[] { config },
                (proxy, method, args) -> method.getDefaultValue());
    }
}
