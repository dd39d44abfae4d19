package org.xingfeng.platform.api.module;

import java.util.List;

/**
 * A module as the administrator sees it: its feature ({@code org.xingfeng.<id>}), version, state and
 * bundles. Names come from the module's descriptor while it is active, else they are empty.
 */
public record InstalledModule(String id, String featureId, String nameZh, String nameEn, String version,
        ModuleState state, List<ModuleBundle> bundles) {

    public InstalledModule {
        bundles = List.copyOf(bundles);
    }
}
