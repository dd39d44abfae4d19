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
        ModuleRegistry r = registry.getService();
        if (r != null) {
            for (ModuleInfo m : r.modules()) {
                if (m.id().equals(moduleId)) {
                    return "zh".equals(locale.getLanguage()) ? m.nameZh() : m.nameEn();
                }
            }
        }
        return moduleId;
    }

    @Override
    public void close() {
        registry.close();
    }
}
