package org.xingfeng.evaluations.core.internal;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.itests.Api;
import org.xingfeng.platform.itests.ConfigurationTable;

/** The README's configuration table against the metatype of a runtime with the evaluations module. */
class ConfigurationTableIT {

    @Test
    void theReadmeDocumentsEveryDesignatedAttributeAndNothingElse() throws Exception {
        Api.awaitReady();
        ConfigurationTable.check();
    }
}
