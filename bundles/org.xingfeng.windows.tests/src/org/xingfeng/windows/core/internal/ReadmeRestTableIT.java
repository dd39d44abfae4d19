package org.xingfeng.windows.core.internal;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.ReadmeRest;

/** The README's windows table names every operation of the module the runtime answers under the API, and no other. */
class ReadmeRestTableIT {

    @Test
    void theReadmeDocumentsEveryWindowsOperation() throws Exception {
        ReadmeRest.assertModuleTable("### Windows (窗口与排队)", "windows");
    }
}
