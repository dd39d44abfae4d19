package org.xingfeng.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ModuleChangesTest {

    @Test
    void aModulesBundlesNameItsIdThePlatformsAndTheProductsNone() {
        assertEquals("evaluations", ModuleChanges.moduleId("org.xingfeng.evaluations.rest"));
        assertEquals("windows", ModuleChanges.moduleId("org.xingfeng.windows.core"));
        assertNull(ModuleChanges.moduleId("org.xingfeng.platform.core"));
        assertNull(ModuleChanges.moduleId("org.xingfeng.server"));
        assertNull(ModuleChanges.moduleId("org.eclipse.osgitech.rest"));
        assertNull(ModuleChanges.moduleId(null));
    }

    @Test
    void aRestPathNamesItsModuleAnyOtherPathNone() {
        assertEquals("evaluations", ModuleChanges.moduleOfPath("/api/v1/evaluations/submissions"));
        assertEquals("matters", ModuleChanges.moduleOfPath("/api/v1/matters"));
        assertEquals("windows", ModuleChanges.moduleOfPath("/api/v1/windows?x=1"));
        assertEquals("org", ModuleChanges.moduleOfPath("/api/v1/org/units")); // not a module: no bundles of that name
        assertNull(ModuleChanges.moduleOfPath("/api/v1/"));
        assertNull(ModuleChanges.moduleOfPath("/guide/matters/units/2"));
        assertNull(ModuleChanges.moduleOfPath("/api/v10/evaluations"));
        assertNull(ModuleChanges.moduleOfPath(null));
    }
}
