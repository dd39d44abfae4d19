package org.xingfeng.platform.testing;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** A test's way to a service of the running framework, seen from the test's own bundle. */
public final class Services {

    private static final long WAIT_MS = TimeUnit.SECONDS.toMillis(30);

    private Services() {
    }

    /** The service registered now (the test fails when there is none). */
    public static <T> T get(BundleContext context, Class<T> type) {
        ServiceReference<T> ref = context.getServiceReference(type);
        T service = ref == null ? null : context.getService(ref);
        Assertions.assertNotNull(service, type.getSimpleName());
        return service;
    }

    /** The service once registered, waiting up to 30 s for a module that is still starting. */
    public static <T> T await(BundleContext context, Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            tracker.waitForService(WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            tracker.close();
        }
        // taken again outside the tracker, so the service stays in use after the tracker is closed
        return get(context, type);
    }
}
