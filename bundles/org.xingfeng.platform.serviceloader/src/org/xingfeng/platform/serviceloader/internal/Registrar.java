package org.xingfeng.platform.serviceloader.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registrar of the OSGi Service Loader Mediator (chapter 133): a library that provides a
 * {@code java.util.ServiceLoader} service in an {@code osgi.serviceloader} capability and requires the registrar (the
 * Jakarta REST whiteboard's {@code RuntimeDelegate}, its SSE builder, slf4j-simple) gets each provider registered as
 * an OSGi service while it is active. Only the registrar: nothing is woven (Aries SPI Fly, which did this before,
 * rewrote every class of the HTTP bundle with ASM at every start: a fifth of the start's path and a second of the
 * compilers' time); the one library that looks providers up through {@code ServiceLoader}, SLF4J, finds its provider
 * through a fragment ({@code org.xingfeng.platform.slf4j}).
 */
@Component(immediate = true)
public class Registrar {

    static final String NAMESPACE = "osgi.serviceloader";
    static final String EXTENDER = "osgi.extender";
    static final String REGISTRAR = "osgi.serviceloader.registrar";
    static final String MEDIATOR = "serviceloader.mediator";
    private static final Logger LOG = LoggerFactory.getLogger(Registrar.class);

    private BundleTracker<List<ServiceRegistration<?>>> tracker;

    @Activate
    void activate(BundleContext context) {
        long self = context.getBundle().getBundleId();
        tracker = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public List<ServiceRegistration<?>> addingBundle(Bundle bundle, BundleEvent event) {
                BundleWiring wiring = bundle.adapt(BundleWiring.class);
                return wiring != null && wiredToMe(wiring, self) ? register(bundle, wiring, self) : null;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, List<ServiceRegistration<?>> registrations) {
                for (ServiceRegistration<?> r : registrations) {
                    try {
                        r.unregister();
                    } catch (IllegalStateException alreadyGone) {
                        // the framework unregisters a stopping bundle's services itself
                    }
                }
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    /** Only bundles whose requirement of the registrar the framework wired to this bundle are ours to serve. */
    private static boolean wiredToMe(BundleWiring wiring, long self) {
        for (BundleWire wire : wiring.getRequiredWires(EXTENDER)) {
            if (REGISTRAR.equals(wire.getCapability().getAttributes().get(EXTENDER))
                    && wire.getProvider().getBundle().getBundleId() == self) {
                return true;
            }
        }
        return false;
    }

    private static List<ServiceRegistration<?>> register(Bundle bundle, BundleWiring wiring, long self) {
        List<ServiceRegistration<?>> registrations = new ArrayList<>();
        BundleContext context = bundle.getBundleContext();
        if (context == null) {
            return registrations;
        }
        for (BundleCapability capability : wiring.getCapabilities(NAMESPACE)) {
            if (!(capability.getAttributes().get(NAMESPACE) instanceof String typeName)) {
                continue;
            }
            for (String implementation : implementations(bundle, typeName, capability.getDirectives())) {
                Class<?> cls;
                try {
                    cls = bundle.loadClass(implementation);
                } catch (ClassNotFoundException | NoClassDefFoundError e) {
                    LOG.warn("{} names {} as a {} but cannot load it: {}", bundle.getSymbolicName(), implementation,
                            typeName, e.toString());
                    continue;
                }
                registrations.add(context.registerService(typeName, new Instances(cls), properties(capability, self)));
            }
        }
        return registrations;
    }

    /**
     * The classes to register: the {@code register} directive's one class, none when it is empty, otherwise every
     * class the bundle's (and its fragments') {@code META-INF/services/<type>} names.
     */
    static List<String> implementations(Bundle bundle, String type, Map<String, String> directives) {
        String register = directives.get("register");
        if (register != null) {
            return register.isBlank() ? List.of() : List.of(register.trim());
        }
        List<String> names = new ArrayList<>();
        Enumeration<URL> files = bundle.findEntries("META-INF/services", type, false);
        while (files != null && files.hasMoreElements()) {
            URL file = files.nextElement();
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
                names.addAll(providerNames(in.lines().toList()));
            } catch (IOException e) {
                LOG.warn("cannot read {}: {}", file, e.toString());
            }
        }
        return names;
    }

    /** The class names of a {@code META-INF/services} file: comments after '#' and blank lines left out. */
    static List<String> providerNames(List<String> lines) {
        List<String> names = new ArrayList<>();
        for (String line : lines) {
            int hash = line.indexOf('#');
            String name = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The capability's public attributes (not its namespace's own) and the mediator's bundle id. */
    static Hashtable<String, Object> properties(BundleCapability capability, long mediator) {
        Hashtable<String, Object> props = new Hashtable<>();
        capability.getAttributes().forEach((k, v) -> {
            if (!k.equals(NAMESPACE) && !k.startsWith(".")) {
                props.put(k, v);
            }
        });
        props.put(MEDIATOR, mediator);
        return props;
    }

    /** A new instance for each bundle that gets the service, as each {@code ServiceLoader} makes its own. */
    private record Instances(Class<?> cls) implements ServiceFactory<Object> {

        @Override
        public Object getService(Bundle bundle, ServiceRegistration<Object> registration) {
            try {
                return cls.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                LOG.warn("cannot make a {} for {}: {}", cls.getName(), bundle.getSymbolicName(), e.toString());
                return null;
            }
        }

        @Override
        public void ungetService(Bundle bundle, ServiceRegistration<Object> registration, Object service) {
            // nothing to release: a provider is a plain object
        }
    }
}
