package org.xingfeng.demands.core.internal;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.ConfigurationTable;

/** The README's Configuration table against the metatype of this runtime (the platform and the demands module). */
class ConfigurationTableIT {

    @Test
    void theReadmeTableMatchesTheRuntimesMetatype() throws Exception {
        ConfigurationTable.check();
    }
}
