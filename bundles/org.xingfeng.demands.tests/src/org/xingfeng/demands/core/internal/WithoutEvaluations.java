package org.xingfeng.demands.core.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.xingfeng.platform.testing.Api;

/** Runs work with the evaluations module's core stopped (as on a server without it), started again afterwards. */
final class WithoutEvaluations {

    static final String CORE = "org.xingfeng.evaluations.core";

    private WithoutEvaluations() {
    }

    static Bundle core() {
        for (Bundle b : FrameworkUtil.getBundle(WithoutEvaluations.class).getBundleContext().getBundles()) {
            if (CORE.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("the test runtime has no " + CORE);
    }

    interface Work {
        void run() throws Exception;
    }

    static void run(Work work) throws Exception {
        Bundle core = core();
        core.stop(Bundle.STOP_TRANSIENT);
        try {
            work.run();
        } finally {
            try {
                core.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                throw new AssertionError("evaluations did not start again", e);
            }
            Api.awaitReady();
        }
    }
}
