package org.xingfeng.platform.api.module;

import java.util.List;

/** The modules currently installed and active, sorted by id. */
public interface ModuleRegistry {

    List<ModuleInfo> modules();
}
