package org.xingfeng.server.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * A server stopped by a signal (SIGTERM from the service manager, Ctrl-C) stops its framework before the JVM exits:
 * every bundle stops, so the components deactivate, the persistence units close and Derby shuts down cleanly, and the
 * next start has no log to recover. The framework has no such hook of its own: without it the JVM ended with every
 * bundle still running, as after a crash.
 */
@Component(immediate = true)
public class StopOnSignal {

    /** How long the JVM's exit waits for the bundles to stop. */
    static final long WAIT_MILLIS = 30_000;

    private final Thread hook;

    @Activate
    public StopOnSignal(BundleContext context) {
        Framework framework = (Framework) context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        hook = new Thread(() -> stop(framework), "xingfeng-stop-on-signal");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Deactivate
    void deactivate() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException exiting) {
            // deactivated by the hook's own framework stop: the JVM is exiting anyway
        }
    }

    static void stop(Framework framework) {
        try {
            framework.stop();
            FrameworkEvent done = framework.waitForStop(WAIT_MILLIS);
            if (done.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                System.err.println("[xingfeng] the bundles did not stop within " + WAIT_MILLIS / 1000 + " s; exiting");
            }
        } catch (BundleException | RuntimeException e) {
            System.err.println("[xingfeng] stopping the framework failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
