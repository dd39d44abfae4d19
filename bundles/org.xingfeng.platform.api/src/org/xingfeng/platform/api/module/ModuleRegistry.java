package org.xingfeng.platform.api.module;

import java.util.List;

import org.xingfeng.platform.api.remote.Remote;

/** The modules currently installed and active, sorted by id. */
@Remote
public interface ModuleRegistry {

    List<ModuleInfo> modules();
}
