package org.xingfeng.demands.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.xingfeng.platform.testing.Api;

/**
 * Runs work with the evaluations module stopped (its core and REST bundles, as on a server without it; its API stays,
 * as an optional import does not come undone), started again afterwards.
 */
final class WithoutEvaluations {

    static final String CORE = "org.xingfeng.evaluations.core";
    static final List<String> MODULE = List.of("org.xingfeng.evaluations.rest", CORE);

    private WithoutEvaluations() {
    }

    static Bundle bundle(String name) {
        for (Bundle b : FrameworkUtil.getBundle(WithoutEvaluations.class).getBundleContext().getBundles()) {
            if (name.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("the test runtime has no " + name);
    }

    static Bundle core() {
        return bundle(CORE);
    }

    /**
     * Waits until the REST whiteboard has let the module's resources go (while it re-forms the application it may
     * answer 500 for a moment): their list answers 404.
     */
    static void awaitGone() throws InterruptedException {
        String admin = Api.admin();
        int status = 0;
        for (int i = 0; i < 300 && status != 404; i++) {
            status = Api.get("/api/v1/evaluations", admin).status();
            if (status != 404) {
                Thread.sleep(200);
            }
        }
        if (status != 404) {
            throw new AssertionError("the evaluations resources are still there: " + status);
        }
    }

    interface Work {
        void run() throws Exception;
    }

    static void run(Work work) throws Exception {
        List<Bundle> stopped = new ArrayList<>();
        for (String name : MODULE) {
            Bundle b = bundle(name);
            b.stop(Bundle.STOP_TRANSIENT);
            stopped.add(0, b);
        }
        try {
            awaitGone();
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
