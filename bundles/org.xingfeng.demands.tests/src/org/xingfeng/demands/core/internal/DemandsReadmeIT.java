package org.xingfeng.demands.core.internal;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.ReadmeRest;

/**
 * The README's demands table against the operations the runtime answers under {@code /api/v1/demands}, both ways (the
 * platform's README checks leave the module's rows to this test).
 */
class DemandsReadmeIT {

    @Test
    void theReadmeDocumentsEveryOperationOfTheModuleAndNoOther() throws Exception {
        ReadmeRest.assertModuleTable("### Demands (民生诉求)", "demands");
    }
}
