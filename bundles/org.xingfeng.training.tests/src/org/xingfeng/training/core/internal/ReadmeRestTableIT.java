package org.xingfeng.training.core.internal;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.ReadmeRest;

/** The README's training table names every operation of the module the runtime answers under the API, and no other. */
class ReadmeRestTableIT {

    @Test
    void theReadmeDocumentsEveryTrainingOperation() throws Exception {
        ReadmeRest.assertModuleTable("### Training (培训)", "training");
    }
}
