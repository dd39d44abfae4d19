package org.xingfeng.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Dictionary;
import java.util.Hashtable;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

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

    @Test
    void onlyABundleWithComponentsServesItsModule() {
        Hashtable<String, String> core = new Hashtable<>();
        core.put("Bundle-SymbolicName", "org.xingfeng.windows.core");
        core.put("Service-Component", "OSGI-INF/org.xingfeng.windows.core.internal.QueueServiceImpl.xml");
        Hashtable<String, String> api = new Hashtable<>();
        api.put("Bundle-SymbolicName", "org.xingfeng.windows.api");
        assertTrue(ModuleChanges.serves(bundle(core)));
        assertFalse(ModuleChanges.serves(bundle(api)), "the API bundle stays for others' imports");
    }

    static Bundle bundle(Dictionary<String, String> headers) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] { Bundle.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("getHeaders")) {
                        return headers;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
