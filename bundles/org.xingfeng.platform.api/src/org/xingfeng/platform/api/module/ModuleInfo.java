package org.xingfeng.platform.api.module;

import java.util.List;

/** A snapshot of an installed module, as {@code /health} and the modules view show it. */
public record ModuleInfo(String id, String nameZh, String nameEn, String version, List<RoleDefinition> roles) {

    public ModuleInfo {
        roles = List.copyOf(roles);
    }

    public static ModuleInfo of(ModuleDescriptor d) {
        return new ModuleInfo(d.id(), d.nameZh(), d.nameEn(), d.version(), d.roles());
    }
}
