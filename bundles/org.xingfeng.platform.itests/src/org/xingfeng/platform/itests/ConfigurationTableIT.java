package org.xingfeng.platform.itests;

import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.ConfigurationTable;

import org.junit.jupiter.api.Test;

/** The README's configuration table against the platform runtime's metatype. */
class ConfigurationTableIT {

    @Test
    void theReadmeDocumentsEveryDesignatedAttributeAndNothingElse() throws Exception {
        Api.awaitReady();
        ConfigurationTable.check();
    }
}
