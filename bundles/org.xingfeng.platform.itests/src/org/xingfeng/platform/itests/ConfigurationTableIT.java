package org.xingfeng.platform.itests;

import org.junit.jupiter.api.Test;

/** The README's configuration table against the platform runtime's metatype. */
class ConfigurationTableIT {

    @Test
    void theReadmeDocumentsEveryDesignatedAttributeAndNothingElse() throws Exception {
        Api.awaitReady();
        ConfigurationTable.check();
    }
}
