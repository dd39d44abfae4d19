package org.xingfeng.matters.core.internal;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.ReadmeRest;

/** The README's matters table names every operation of the module the runtime answers under the API, and no other. */
class ReadmeRestTableIT {

    @Test
    void theReadmeDocumentsEveryMattersOperation() throws Exception {
        ReadmeRest.assertModuleTable("### Matters (事项清单)", "matters");
    }
}
