package org.xingfeng.client.internal.shell;

import java.util.Locale;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.xingfeng.platform.api.module.ModuleInfo;
import org.xingfeng.platform.api.module.ModuleRegistry;

/** A module's name in the client's language, read from the module registry (the id when the module is unknown). */
public final class ModuleNames implements AutoCloseable {

    private final ServiceTracker<ModuleRegistry, ModuleRegistry> registry;

    ModuleNames(BundleContext context) {
        registry = new ServiceTracker<>(context, ModuleRegistry.class, null);
        registry.open();
    }

    public String name(String moduleId, Locale locale) {
        return names(locale).apply(moduleId);
    }

    /**
     * Every module's name in {@code locale}, read from the registry once: connected to a server the registry is a
     * remote proxy, and each of its calls is a request.
     */
    public java.util.function.Function<String, String> names(Locale locale) {
        ModuleRegistry r = registry.getService();
        java.util.Map<String, String> byId = new java.util.HashMap<>();
        if (r != null) {
            for (ModuleInfo m : r.modules()) {
                byId.put(m.id(), "zh".equals(locale.getLanguage()) ? m.nameZh() : m.nameEn());
            }
        }
        return id -> byId.getOrDefault(id, id);
    }

    @Override
    public void close() {
        registry.close();
    }
}
