package org.xingfeng.platform.remote.internal;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's views of a module follow the county's server: every {@code pollSeconds} (and at once when the client
 * connects) the client reads the server's module list from {@code /health}; a module's client-views bundle
 * ({@code org.xingfeng.<id>.ui}) that the server has no module for is stopped, and started again once the server
 * has it. Stops and starts are transient (the installation's own start settings are left as module management made
 * them), and only bundles stopped here are started here. A server that cannot be reached changes nothing: the views
 * stay and say so when they call it. The waits run on the JDK's shared delayed executor and the HTTP client's own
 * threads; no thread is made here.
 */
final class ServerModules {

    private static final Logger LOG = LoggerFactory.getLogger(ServerModules.class);
    private static final Pattern CLIENT_VIEWS = Pattern.compile("org\\.xingfeng\\.([a-z0-9]+)\\.ui");
    private static final String PLATFORM = "platform";

    private final BundleContext context;
    private final ServerConnection connection;
    private final Duration interval;
    /** The client-views bundles stopped here because the server had no module for them. */
    private final Set<Long> stoppedHere = new HashSet<>();
    private volatile boolean closed;

    ServerModules(BundleContext context, ServerConnection connection, Duration interval) {
        this.context = context;
        this.connection = connection;
        this.interval = interval.isNegative() || interval.isZero() ? Duration.ofSeconds(30) : interval;
    }

    void start() {
        poll();
    }

    /**
     * Stops following the server; the client-views bundles stopped here are started again (the user chose to work
     * alone, or another server), unless the framework itself is stopping.
     */
    synchronized void close() {
        closed = true;
        try {
            if (context.getBundle(0).getState() != Bundle.ACTIVE) {
                return;
            }
            for (Long id : stoppedHere) {
                Bundle b = context.getBundle(id);
                if (b != null && b.getState() == Bundle.RESOLVED) {
                    b.start(Bundle.START_TRANSIENT);
                }
            }
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("cannot start the client views stopped while connected to " + connection.server(), e);
        }
        stoppedHere.clear();
    }

    private void poll() {
        if (closed) {
            return;
        }
        connection.serverModules()
                .thenAccept(this::follow)
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        LOG.debug("module list of " + connection.server() + " not read", failure);
                    }
                    if (!closed) {
                        CompletableFuture.runAsync(this::poll,
                                CompletableFuture.delayedExecutor(interval.toMillis(), TimeUnit.MILLISECONDS));
                    }
                });
    }

    /** Starts and stops the client-views bundles so that they match the server's modules. */
    synchronized void follow(Set<String> serverModules) {
        if (closed) {
            return;
        }
        for (Bundle b : context.getBundles()) {
            String id = moduleOf(b.getSymbolicName());
            if (id == null || PLATFORM.equals(id) || b.getState() == Bundle.UNINSTALLED) {
                continue;
            }
            try {
                if (!serverModules.contains(id) && (b.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
                    b.stop(Bundle.STOP_TRANSIENT);
                    stoppedHere.add(b.getBundleId());
                    LOG.info("the server has no module " + id + ": its client views are stopped");
                } else if (serverModules.contains(id) && stoppedHere.contains(b.getBundleId())
                        && b.getState() == Bundle.RESOLVED) {
                    b.start(Bundle.START_TRANSIENT);
                    stoppedHere.remove(b.getBundleId());
                    LOG.info("the server has module " + id + ": its client views are started");
                }
            } catch (BundleException | IllegalStateException e) {
                LOG.warn("cannot follow module " + id + " of the server with " + b.getSymbolicName(), e);
            }
        }
    }

    /** The module id of a client-views bundle ({@code org.xingfeng.matters.ui} is matters'), otherwise null. */
    static String moduleOf(String symbolicName) {
        if (symbolicName == null) {
            return null;
        }
        Matcher m = CLIENT_VIEWS.matcher(symbolicName);
        return m.matches() ? m.group(1) : null;
    }
}
