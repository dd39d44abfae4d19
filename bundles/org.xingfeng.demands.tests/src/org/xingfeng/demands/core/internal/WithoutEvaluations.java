package org.xingfeng.demands.core.internal;

import org.osgi.framework.Bundle;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Modules;

/**
 * Runs work with the evaluations module stopped (its core and REST bundles, as on a server without it; its API stays,
 * as an optional import does not come undone), started again afterwards.
 */
final class WithoutEvaluations {

    static final String CORE = "org.xingfeng.evaluations.core";

    private WithoutEvaluations() {
    }

    static Bundle core() {
        return Modules.bundle(CORE);
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

    static void run(Modules.Work work) throws Exception {
        Modules.without("evaluations", () -> {
            awaitGone();
            work.run();
        });
    }
}
