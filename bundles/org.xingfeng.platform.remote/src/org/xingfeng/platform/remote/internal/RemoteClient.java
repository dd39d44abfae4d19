package org.xingfeng.platform.remote.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.xingfeng.platform.api.i18n.Languages;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.LoggerFactory;
import org.slf4j.Logger;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.remote.RemoteMethods;
import org.xingfeng.platform.api.security.AuthService;

/**
 * With the setting {@code server.url} under the PID {@code org.xingfeng.remote} (start property {@code xingfeng.server.url}) the
 * client works against the county's server: for every interface marked {@link Remote} in the bundles present (those
 * that use the marker's package), a proxy is registered under the interface, ranked above any local service, and
 * withdrawn when its bundle goes, so modules' services follow their api bundles; the modules' client views follow the
 * modules the server has ({@link ServerModules}). The server's side of the framework (core and REST bundles) never
 * sees a proxy ({@link ServerSideHook}). Without the setting nothing happens and the client runs its
 * services itself. A stored {@code server.url} that is blank means the user chose to work alone.
 */
@Component(immediate = true, configurationPid = RemoteClient.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        service = {})
@Designate(ocd = RemoteClient.Config.class)
public class RemoteClient {

    static final String PID = "org.xingfeng.remote";

    @ObjectClassDefinition(id = PID, name = "County server", description = "The server a client works against")
    public @interface Config {

        @AttributeDefinition(name = "Server URL", required = false,
                description = "a client's county server (e.g. http://10.1.2.3:8080); empty: the client runs its services itself")
        String server_url() default "";

        @AttributeDefinition(name = "Timeout", description = "seconds a call to the server may take")
        int server_timeoutSeconds() default 300;

        @AttributeDefinition(name = "Connect timeout", description = "seconds to connect to the server")
        int server_connectTimeoutSeconds() default 10;

        @AttributeDefinition(name = "Language", required = false,
                description = "the client's language (zh_CN or en) for the server's answers; empty: the system's language")
        String locale() default "";

        @AttributeDefinition(name = "Module poll",
                description = "seconds between two readings of the server's modules (its /health), which the client's views follow")
        int server_pollSeconds() default 30;
    }

    /** Above any local service, so a client that also has the core bundles still calls the server. */
    static final int RANKING = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(RemoteClient.class);
    private static final String MARKER_PACKAGE = Remote.class.getPackageName();

    private final BundleContext context;
    private final ServiceRegistration<?> hook;
    // made by the setup thread; released by deactivate once the setup is done, else by the setup thread as it ends
    private ServerConnection connection;
    private ServiceRegistration<?> auth;
    private BundleTracker<List<ServiceRegistration<?>>> tracker;
    private ServerModules modules;
    private boolean closed;
    private boolean setUp;

    @Activate
    public RemoteClient(BundleContext context, Config config, Map<String, Object> properties) {
        this.context = context;
        // a URL the login dialog stored (blank: the user chose to work alone) beats the start property it was prefilled
        // from; a client connected to its server runs no platform core, so nothing copies that start property here
        String url = setting(context, properties, "server.url", config.server_url());
        url = url.isBlank() ? null : url.trim();
        if (url == null) {
            hook = null;
            return;
        }
        String server = url;
        Duration connectTimeout = Duration.ofSeconds(seconds(context, properties, "server.connectTimeoutSeconds",
                config.server_connectTimeoutSeconds()));
        Duration timeout = Duration
                .ofSeconds(seconds(context, properties, "server.timeoutSeconds", config.server_timeoutSeconds()));
        Locale locale = language(setting(context, properties, "locale", config.locale()));
        Duration poll = Duration
                .ofSeconds(seconds(context, properties, "server.pollSeconds", config.server_pollSeconds()));
        // before any proxy: the server's side of this framework never sees one
        hook = context.registerService(new String[] { FindHook.class.getName(), EventListenerHook.class.getName() },
                new ServerSideHook(context.getBundle()), null);
        // The HTTP client, the proxies of every api bundle and the module poll are made on a thread of their own: on the
        // framework's start-level thread they held back the login dialog (about half a second on two cores). The login
        // waits for the remote AuthService, the views for their services.
        Thread setup = new Thread(() -> connect(server, connectTimeout, timeout, locale, poll),
                "xingfeng-remote-setup");
        setup.setDaemon(true);
        setup.start();
    }

    private void connect(String url, Duration connectTimeout, Duration timeout, Locale locale, Duration poll) {
        try {
            connection = new ServerConnection(url, connectTimeout, timeout, locale);
            auth = context.registerService(AuthService.class, new RemoteAuthService(connection), properties());
            tracker = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE, new Customizer());
            tracker.open();
            modules = new ServerModules(context, connection, poll);
            modules.start();
        } catch (RuntimeException e) {
            LOG.error("the client could not be set up for the server {}", url, e);
        } finally {
            boolean tooLate;
            synchronized (this) {
                setUp = true;
                tooLate = closed;
            }
            if (tooLate) {
                release();
            }
        }
    }

    /**
     * An attribute as ConfigAdmin holds it, else its start property {@code xingfeng.<attribute>}, else the default: a
     * client connected to its server does not start the platform's core, whose {@code StartProperties} would otherwise
     * have copied the start property into the configuration.
     */
    static String setting(BundleContext context, Map<String, Object> properties, String attribute, String fallback) {
        // without a configuration the component's properties still carry the metatype's defaults (an empty URL), which
        // must not hide the start property: only what ConfigAdmin holds (a configuration has a PID) beats it
        boolean configured = properties != null && properties.get(org.osgi.framework.Constants.SERVICE_PID) != null;
        Object held = configured ? properties.get(attribute) : null;
        if (held != null) {
            return held.toString();
        }
        String start = context.getProperty("xingfeng." + attribute);
        return start != null && !start.isBlank() ? start.strip() : fallback;
    }

    private static int seconds(BundleContext context, Map<String, Object> properties, String attribute, int fallback) {
        String value = setting(context, properties, attribute, String.valueOf(fallback));
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            LOG.warn("{} is not a number of seconds: {}", attribute, value);
            return fallback;
        }
    }

    /** The client's language: the setting {@code xingfeng.locale} if given, else the operating system's; Chinese unless English. */
    static Locale language(String setting) {
        Locale wanted = setting == null || setting.isBlank() ? Locale.getDefault()
                : Locale.forLanguageTag(setting.strip().replace('_', '-'));
        return Languages.supported(wanted);
    }

    @Deactivate
    void deactivate() {
        boolean done;
        synchronized (this) {
            closed = true;
            done = setUp || hook == null;
        }
        if (done) {
            release(); // else the setup thread releases all as it ends
        }
    }

    /** Takes down what the setup made, then the hook (last: no proxy may outlive it). */
    private void release() {
        if (modules != null) {
            modules.close();
        }
        if (tracker != null) {
            tracker.close();
        }
        if (auth != null) {
            auth.unregister();
        }
        if (hook != null) {
            hook.unregister();
        }
    }

    private Hashtable<String, Object> properties() {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_RANKING, RANKING);
        props.put("xingfeng.remote", Boolean.TRUE);
        props.put("xingfeng.server.url", connection.server());
        return props;
    }

    /** The remote interfaces of a bundle that uses the marker: its exported packages' marked interfaces. */
    static List<Class<?>> remoteInterfaces(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        List<Class<?>> found = new ArrayList<>();
        if (wiring == null || !usesMarker(wiring)) {
            return found;
        }
        for (BundleCapability export : wiring.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
            String pkg = (String) export.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
            Collection<String> classes = wiring.listResources("/" + pkg.replace('.', '/'), "*.class", 0);
            for (String resource : classes) {
                String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
                if (name.contains("$") || name.endsWith("package-info")) {
                    continue;
                }
                try {
                    Class<?> type = bundle.loadClass(name);
                    // the auth service has a class of its own here: the client answers for its own token
                    if (RemoteMethods.isRemote(type) && !type.getName().equals(AuthService.class.getName())) {
                        found.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    LOG.debug("skipped " + name, e);
                }
            }
        }
        return found;
    }

    private static boolean usesMarker(BundleWiring wiring) {
        for (BundleCapability c : wiring.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
            if (MARKER_PACKAGE.equals(c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
                return true;
            }
        }
        for (BundleWire w : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            if (MARKER_PACKAGE.equals(w.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
                return true;
            }
        }
        return false;
    }

    private final class Customizer implements BundleTrackerCustomizer<List<ServiceRegistration<?>>> {

        @Override
        public List<ServiceRegistration<?>> addingBundle(Bundle bundle, BundleEvent event) {
            List<ServiceRegistration<?>> registrations = new ArrayList<>();
            for (Class<?> type : remoteInterfaces(bundle)) {
                registrations.add(context.registerService(type.getName(), RemoteProxy.create(type, connection),
                        properties()));
            }
            return registrations.isEmpty() ? null : registrations;
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, List<ServiceRegistration<?>> registrations) {
            // the interfaces stay while the bundle stays resolved
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, List<ServiceRegistration<?>> registrations) {
            for (ServiceRegistration<?> r : registrations) {
                try {
                    r.unregister();
                } catch (IllegalStateException e) {
                    // already gone with the framework
                }
            }
        }
    }
}
