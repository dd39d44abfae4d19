package org.xingfeng.platform.testing;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/** A module's bundles in the test runtime, for tests of a module that works with another one and without it. */
public final class Modules {

    private Modules() {
    }

    /** What runs while a module is away. */
    public interface Work {
        void run() throws Exception;
    }

    /** The bundle of that symbolic name (the test fails when the runtime has none). */
    public static Bundle bundle(String symbolicName) {
        for (Bundle b : FrameworkUtil.getBundle(Modules.class).getBundleContext().getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("the test runtime has no " + symbolicName);
    }

    /**
     * Runs {@code work} with the module's REST and core bundles stopped, as on a server without it (its API stays: an
     * optional import of it does not come undone), and starts them again afterwards, the server ready again.
     */
    public static void without(String moduleId, Work work) throws Exception {
        List<Bundle> stopped = new ArrayList<>();
        try {
            for (String part : List.of("rest", "core")) {
                Bundle b = bundle("org.xingfeng." + moduleId + "." + part);
                b.stop(Bundle.STOP_TRANSIENT);
                stopped.add(0, b);
            }
            work.run();
        } finally {
            for (Bundle b : stopped) {
                try {
                    b.start(Bundle.START_TRANSIENT);
                } catch (BundleException e) {
                    throw new AssertionError(b.getSymbolicName() + " did not start again", e);
                }
            }
            Api.awaitReady();
        }
    }
}
