package org.xingfeng.platform.provisioning.internal;

import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.xingfeng.platform.api.module.ModuleState;

/** Bundle states as the administrator reads them, and a module's state from its bundles'. */
final class BundleStates {

    private BundleStates() {
    }

    static String name(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> String.valueOf(state);
        };
    }

    /** A bundle that does something when started (DS components or an activator); API bundles and fragments do not. */
    static boolean startable(Bundle b) {
        var headers = b.getHeaders("");
        return headers.get(Constants.FRAGMENT_HOST) == null
                && (headers.get("Service-Component") != null || headers.get(Constants.BUNDLE_ACTIVATOR) != null);
    }

    static boolean running(Bundle b) {
        return b.getState() == Bundle.ACTIVE || b.getState() == Bundle.STARTING;
    }

    static ModuleState moduleState(List<Bundle> bundles) {
        List<Bundle> startable = bundles.stream().filter(BundleStates::startable).toList();
        long running = startable.stream().filter(BundleStates::running).count();
        if (running == startable.size()) {
            return ModuleState.ACTIVE;
        }
        return running == 0 ? ModuleState.STOPPED : ModuleState.PARTIAL;
    }
}
