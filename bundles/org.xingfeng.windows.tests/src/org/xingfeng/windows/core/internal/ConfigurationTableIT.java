package org.xingfeng.windows.core.internal;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.ConfigurationTable;

/** The README's configuration table against the metatype of a runtime with the windows module. */
class ConfigurationTableIT {

    @Test
    void theReadmeDocumentsEveryDesignatedAttributeAndNothingElse() throws Exception {
        Api.awaitReady();
        ConfigurationTable.check();
    }
}
