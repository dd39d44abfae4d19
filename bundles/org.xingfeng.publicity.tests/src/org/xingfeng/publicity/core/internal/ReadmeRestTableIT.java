package org.xingfeng.publicity.core.internal;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.ReadmeRest;

/** The README's publicity table names every operation of the module the runtime answers under the API, and no other. */
class ReadmeRestTableIT {

    @Test
    void theReadmeDocumentsEveryPublicityOperation() throws Exception {
        ReadmeRest.assertModuleTable("### Publicity (宣传)", "publicity");
    }
}
