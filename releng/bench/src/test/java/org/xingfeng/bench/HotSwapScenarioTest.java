package org.xingfeng.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

/** The module admin's timing line, as the server logs it, read back by the hot-swap scenario. */
class HotSwapScenarioTest {

    @Test
    void readsTheModuleAdminsTimes() {
        Matcher m = HotSwapScenario.P2_TIMES.matcher("2026-12-04 17:45:32 INFO P2ModuleAdmin - uninstall training: "
                + "planned in 904 ms, p2 engine 1059 ms, bundles applied in 55 ms");
        assertTrue(m.find());
        assertEquals("uninstall training", m.group(1));
        assertEquals("904", m.group(2));
        assertEquals("1059", m.group(3));
        assertEquals("55", m.group(4));
        assertFalse(HotSwapScenario.P2_TIMES.matcher("INFO P2ModuleAdmin - installed").find());
    }
}
