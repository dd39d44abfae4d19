package org.xingfeng.evaluations.core.internal;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.ReadmeRest;

/** The README's evaluations table names every operation of the module the runtime answers under the API, and no other. */
class ReadmeRestTableIT {

    @Test
    void theReadmeDocumentsEveryEvaluationsOperation() throws Exception {
        // the submissions are a servlet's (the intake's fast path), not in the REST runtime's index
        ReadmeRest.assertModuleTable("### Evaluations (好差评)", "evaluations", "POST /api/v1/evaluations/submissions");
    }
}
