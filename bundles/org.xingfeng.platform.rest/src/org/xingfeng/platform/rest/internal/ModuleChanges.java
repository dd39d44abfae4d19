package org.xingfeng.platform.rest.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.xingfeng.platform.api.rest.RestConstants;

/**
 * Which module a REST path belongs to ({@code /api/v1/<module id>/...}, the module's bundles being
 * {@code org.xingfeng.<module id>.*}) and whether that module is going: from the moment one of its bundles begins to
 * stop (an administrator's stop, removal or update) until none of them runs any more. Meanwhile its requests would meet
 * resources and services being taken down, so they answer 503 ({@link ModuleChangeFilter}); once it is gone they
 * answer 404 as for any path no resource serves.
 */
@Component(service = ModuleChanges.class, immediate = true)
public class ModuleChanges implements SynchronousBundleListener {

    static final String BUNDLE_PREFIX = "org.xingfeng.";
    static final String PATH_PREFIX = "/" + RestConstants.API_BASE + "/";

    private final BundleContext context;
    private final Set<String> going = ConcurrentHashMap.newKeySet();
    /** Modules one of whose bundles stopped and none started since: gone, or partly (a request may meet that). */
    private final Set<String> stopped = ConcurrentHashMap.newKeySet();
    /**
     * When a module's bundle last started again (System.nanoTime): the REST runtime answers from its previous
     * application until it has made the next one, and a request meeting the removed module's resource there fails.
     */
    private final Map<String, Long> cameBack = new ConcurrentHashMap<>();
    /** How long after a module came back such a failure still counts as the change's, not the server's. */
    static final long COMING_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

    @Activate
    public ModuleChanges(BundleContext context) {
        this.context = context;
        context.addBundleListener(this);
        for (Bundle b : context.getBundles()) {
            String id = moduleId(b.getSymbolicName());
            if (id != null && b.getState() == Bundle.STOPPING) {
                going.add(id);
            }
        }
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        String id = moduleId(event.getBundle().getSymbolicName());
        if (id == null) {
            return;
        }
        switch (event.getType()) {
            case BundleEvent.STOPPING -> going.add(id);
            case BundleEvent.STARTED -> {
                if (going.remove(id) | stopped.remove(id)) {
                    cameBack.put(id, System.nanoTime());
                }
            }
            case BundleEvent.STOPPED, BundleEvent.UNINSTALLED, BundleEvent.UNRESOLVED -> {
                stopped.add(id);
                if (!anyRunning(id)) {
                    going.remove(id);
                }
            }
            default -> {
                // installed, resolved, starting, updated: nothing goes
            }
        }
    }

    /** Whether the module that owns this request path is being stopped or removed now. */
    public boolean going(String path) {
        String id = moduleOfPath(path);
        return id != null && going.contains(id);
    }

    /**
     * Whether a request on this path that failed unexpectedly met its module going or gone: being stopped, or one of
     * its bundles stopped and none started since (a request begun just before the stop, answered after it). Bundles
     * that never ran (a lazy one not yet asked for, a test's) do not count: a real failure stays a 500.
     */
    public boolean goingOrGone(String path) {
        String id = moduleOfPath(path);
        if (id == null) {
            return false;
        }
        Long back = cameBack.get(id);
        return going.contains(id) || stopped.contains(id)
                || back != null && System.nanoTime() - back < COMING_NANOS;
    }

    /** Whether a bundle of the module that serves still runs. */
    private boolean anyRunning(String id) {
        for (Bundle b : context.getBundles()) {
            if (id.equals(moduleId(b.getSymbolicName())) && serves(b)
                    && (b.getState() & (Bundle.ACTIVE | Bundle.STARTING | Bundle.STOPPING)) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bundle serves when it declares components (its services, its resources). Its API bundle, which declares none
     * and stays for the optional imports of others, does not count, or a module stopped without it would stay going.
     */
    static boolean serves(Bundle b) {
        return b.getHeaders("").get("Service-Component") != null;
    }

    /** {@code org.xingfeng.<id>.<part>} to the module id; null for the platform's and the products' bundles. */
    static String moduleId(String symbolicName) {
        if (symbolicName == null || !symbolicName.startsWith(BUNDLE_PREFIX)) {
            return null;
        }
        String rest = symbolicName.substring(BUNDLE_PREFIX.length());
        int dot = rest.indexOf('.');
        if (dot <= 0) {
            return null; // org.xingfeng.server, org.xingfeng.client
        }
        String id = rest.substring(0, dot);
        return id.equals("platform") ? null : id;
    }

    /** {@code /api/v1/<id>/...} (or {@code /api/v1/<id>}) to the id; null for any other path. */
    static String moduleOfPath(String path) {
        if (path == null || !path.startsWith(PATH_PREFIX)) {
            return null;
        }
        int start = PATH_PREFIX.length();
        int end = start;
        while (end < path.length() && path.charAt(end) != '/' && path.charAt(end) != '?') {
            end++;
        }
        return end > start ? path.substring(start, end) : null;
    }
}
