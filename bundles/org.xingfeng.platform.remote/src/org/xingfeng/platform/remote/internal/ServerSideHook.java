package org.xingfeng.platform.remote.internal;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.hooks.service.ListenerHook.ListenerInfo;

/**
 * Keeps the client's proxies away from the server's side: the core and REST bundles of the platform and of every
 * module ({@code org.xingfeng.<id>.core}, {@code org.xingfeng.<id>.rest}) and the server's own bundle never see a
 * service this bundle registered, neither when they look one up nor when one comes. Their components therefore bind
 * the services of the framework they run in, never a proxy that would send their calls back to a server (themselves,
 * when server and client share a framework, or another county's). The client's views, which are meant to take the
 * proxies, are not touched.
 */
final class ServerSideHook implements FindHook, EventListenerHook {

    /** The bundles that implement or serve the services: the same naming the client's own start-up relies on. */
    static final Pattern SERVER_SIDE = Pattern.compile("org\\.xingfeng\\.(?:[a-z0-9]+\\.(?:core|rest)|server)");

    private final Bundle proxies;

    ServerSideHook(Bundle proxies) {
        this.proxies = proxies;
    }

    static boolean serverSide(Bundle b) {
        return b != null && serverSide(b.getSymbolicName());
    }

    static boolean serverSide(String symbolicName) {
        return symbolicName != null && SERVER_SIDE.matcher(symbolicName).matches();
    }

    private boolean isProxy(ServiceReference<?> reference) {
        return proxies.equals(reference.getBundle()) && Boolean.TRUE.equals(reference.getProperty("xingfeng.remote"));
    }

    @Override
    public void find(BundleContext context, String name, String filter, boolean allServices,
            Collection<ServiceReference<?>> references) {
        if (!serverSide(bundleOf(context))) {
            return;
        }
        references.removeIf(this::isProxy);
    }

    @Override
    public void event(ServiceEvent event, Map<BundleContext, Collection<ListenerInfo>> listeners) {
        if (!isProxy(event.getServiceReference())) {
            return;
        }
        for (Iterator<BundleContext> it = listeners.keySet().iterator(); it.hasNext();) {
            if (serverSide(bundleOf(it.next()))) {
                it.remove();
            }
        }
    }

    private static Bundle bundleOf(BundleContext context) {
        try {
            return context.getBundle();
        } catch (IllegalStateException e) {
            return null; // a context no longer valid
        }
    }
}
