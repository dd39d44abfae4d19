package org.xingfeng.platform.rest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The Jakarta REST whiteboard serves nothing until its runtime is configured: this component configures it to serve
 * every module's resources from the root of the HTTP whiteboard ({@code /health}, {@code /api/v1/...}).
 * <p>
 * While the server starts, it waits until the framework has reached its start level (every installed module's
 * bundles started): the whiteboard builds a whole Jersey application at each change it sees, so a runtime made
 * early would be rebuilt for every module's resources as they arrive, one after another, on the path to ready.
 * Made at the end, it builds one application with them all. Later changes (a module installed or removed) are
 * the whiteboard's as before.
 */
@Component(immediate = true, service = RestRuntimeSetup.class)
public class RestRuntimeSetup {

    static final String FACTORY_PID = "JakartarsServletWhiteboardRuntimeComponent";

    private final ConfigurationAdmin configAdmin;
    private final BundleContext context;
    private final int targetLevel;
    private final AtomicBoolean configured = new AtomicBoolean();
    private final FrameworkListener startLevelReached = this::frameworkEvent;

    @Activate
    public RestRuntimeSetup(@Reference ConfigurationAdmin configAdmin, BundleContext context) {
        this.configAdmin = configAdmin;
        this.context = context;
        this.targetLevel = targetLevel(context);
        context.addFrameworkListener(startLevelReached);
        // after adding the listener, so a level reached meanwhile is not missed
        if (levelReached()) {
            configure();
        } else {
            // ConfigAdmin keeps the configuration across restarts, and a server stopped by a signal deactivates
            // nothing: the one left from the last run would have the whiteboard rebuild at every module's arrival
            forget();
        }
    }

    /** The runtime goes with this component (the framework stopping it), so the next start makes it at the end. */
    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(startLevelReached);
        forget();
    }

    private void forget() {
        try {
            Configuration[] left = configAdmin.listConfigurations(
                    "(" + ConfigurationAdmin.SERVICE_FACTORYPID + "=" + FACTORY_PID + ")");
            for (Configuration c : left == null ? new Configuration[0] : left) {
                if (c.getPid().equals(FACTORY_PID + "~xingfeng")) {
                    c.delete();
                }
            }
        } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException("cannot remove the REST runtime's configuration: " + e.getMessage(), e);
        }
    }

    private void frameworkEvent(FrameworkEvent event) {
        if ((event.getType() == FrameworkEvent.STARTED || event.getType() == FrameworkEvent.STARTLEVEL_CHANGED)
                && levelReached()) {
            configure();
        }
    }

    /** The level the launcher raises the framework to; 0 (none: configure at once) when it names none. */
    static int targetLevel(BundleContext context) {
        for (String name : new String[] { "osgi.startLevel", Constants.FRAMEWORK_BEGINNING_STARTLEVEL }) {
            String value = context.getProperty(name);
            if (value != null && !value.isBlank()) {
                try {
                    return Integer.parseInt(value.trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    private boolean levelReached() {
        if (targetLevel <= 0) {
            return true;
        }
        FrameworkStartLevel level = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION)
                .adapt(FrameworkStartLevel.class);
        return level == null || level.getStartLevel() >= targetLevel;
    }

    private void configure() {
        if (!configured.compareAndSet(false, true)) {
            return;
        }
        context.removeFrameworkListener(startLevelReached);
        try {
            Configuration config = configAdmin.getFactoryConfiguration(FACTORY_PID, "xingfeng", "?");
            Dictionary<String, Object> props = new Hashtable<>();
            props.put("jersey.jakartars.whiteboard.name", "xingfeng");
            props.put("jersey.context.path", "/");
            config.updateIfDifferent(props);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
