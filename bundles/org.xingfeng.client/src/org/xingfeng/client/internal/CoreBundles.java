package org.xingfeng.client.internal;

import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core and REST bundles of the platform and of every module ({@code org.xingfeng.<id>.core},
 * {@code org.xingfeng.<id>.rest}): the ones that open a database or serve HTTP. A client connected to its county's
 * server runs none of them. The platform's core is at a start level the client reaches only when it works alone; the
 * modules' bundles are started at the default level by p2 (their {@code p2.inf}), before the client's own bundle, so
 * a connected client stops them, transiently: the installation's start settings stay as module management wrote them,
 * and a client that then works alone starts them again. A runtime without the product's start levels (a test runtime,
 * where the server may share the framework) is left alone.
 */
final class CoreBundles {

    private static final Logger LOG = LoggerFactory.getLogger(CoreBundles.class);
    private static final Pattern CORE = Pattern.compile("org\\.xingfeng\\.[a-z0-9]+\\.(core|rest)");

    private CoreBundles() {
    }

    /** Whether this runtime starts its services by start level, as the client product does. */
    static boolean managed(BundleContext bc) {
        String level = bc.getProperty("xingfeng.client.startLevel");
        return level != null && !level.isBlank();
    }

    /** Connected: stops every core and REST bundle that runs. */
    static void stop(BundleContext bc) {
        if (!managed(bc)) {
            return;
        }
        for (Bundle b : bc.getBundles()) {
            if (isCore(b) && (b.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
                try {
                    b.stop(Bundle.STOP_TRANSIENT);
                } catch (BundleException | IllegalStateException e) {
                    LOG.warn("cannot stop " + b.getSymbolicName(), e);
                }
            }
        }
    }

    /** Working alone: starts again the core and REST bundles the installation marks started and a connection stopped. */
    static void startAgain(BundleContext bc) {
        if (!managed(bc)) {
            return;
        }
        for (Bundle b : bc.getBundles()) {
            BundleStartLevel level = b.adapt(BundleStartLevel.class);
            if (isCore(b) && b.getState() == Bundle.RESOLVED && level != null && level.isPersistentlyStarted()) {
                try {
                    b.start(Bundle.START_TRANSIENT
                            | (level.isActivationPolicyUsed() ? Bundle.START_ACTIVATION_POLICY : 0));
                } catch (BundleException | IllegalStateException e) {
                    // above the active start level: the start level itself starts it
                    LOG.debug("not started now: " + b.getSymbolicName(), e);
                }
            }
        }
    }

    private static boolean isCore(Bundle b) {
        return b.getSymbolicName() != null && CORE.matcher(b.getSymbolicName()).matches();
    }
}
