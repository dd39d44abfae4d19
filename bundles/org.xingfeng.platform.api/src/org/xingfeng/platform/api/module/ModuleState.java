package org.xingfeng.platform.api.module;

/** Where an installed module stands. */
public enum ModuleState {
    /** All its bundles are active: it serves. */
    ACTIVE,
    /** Installed, but stopped by an administrator (or not yet started): its resources and views are absent. */
    STOPPED,
    /** Some bundles active, some not (starting, stopping, or a bundle failed to resolve: see the bundles). */
    PARTIAL
}
