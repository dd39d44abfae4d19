package org.xingfeng.client.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's and the modules' services (database, schema, the first administrator) of a client working alone:
 * the framework's start level raised to {@code xingfeng.client.startLevel} in the background (the framework changes
 * levels on a thread of its own). A client that worked alone at its last login raises it as soon as this bundle starts
 * with the window's level, so the services start beside the workbench's own start rather than after it; a first start
 * waits for the user's choice in the login dialog (a PC about to connect must not make a database), and a client
 * connected to its county's server never raises it.
 */
@Component(service = ServicesStart.class, immediate = true)
public class ServicesStart {

    private static final Logger LOG = LoggerFactory.getLogger(ServicesStart.class);

    private final BundleContext bc;
    /** Open once the level is reached (the services' first-start work done). */
    private final CountDownLatch started = new CountDownLatch(1);
    private boolean starting;

    @Activate
    public ServicesStart(BundleContext bc) {
        this.bc = bc;
        if (aloneAtStart()) {
            begin();
        }
    }

    /** Whether the client starts working alone: no server set and, where levels are managed, alone at the last login. */
    boolean aloneAtStart() {
        return ServerSetting.initial(bc).isEmpty() && (ServerSetting.aloneBefore(bc) || !CoreBundles.managed(bc));
    }

    /** Raises the level (once); returns at once. */
    synchronized void begin() {
        if (starting) {
            return;
        }
        starting = true;
        String wanted = bc.getProperty("xingfeng.client.startLevel");
        FrameworkStartLevel levels = bc.getBundle(0).adapt(FrameworkStartLevel.class);
        if (wanted == null || wanted.isBlank() || levels.getStartLevel() >= Integer.parseInt(wanted.trim())) {
            started.countDown();
            return;
        }
        levels.setStartLevel(Integer.parseInt(wanted.trim()), event -> {
            ClientLifeCycle.mark("services started");
            started.countDown();
        });
        LOG.debug("start level {} requested", wanted);
    }

    /** Waits until the level is reached; false when it was not in time. */
    boolean await(long millis) throws InterruptedException {
        return started.await(millis, TimeUnit.MILLISECONDS);
    }
}
