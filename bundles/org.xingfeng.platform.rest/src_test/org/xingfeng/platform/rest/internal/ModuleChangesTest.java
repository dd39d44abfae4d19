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
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;

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

    @Test
    void aFailureJustAfterAModuleCameBackCountsAsTheChangesNotTheServers() {
        BundleContext context = (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(),
                new Class<?>[] { BundleContext.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getBundles" -> new Bundle[0];
                    case "addBundleListener", "removeBundleListener" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        ModuleChanges changes = new ModuleChanges(context);
        Bundle rest = named("org.xingfeng.evaluations.rest");
        String path = "/api/v1/evaluations/indicators";
        assertFalse(changes.goingOrGone(path), "a module never changed: a failure is the server's");
        changes.bundleChanged(new BundleEvent(BundleEvent.STOPPING, rest));
        assertTrue(changes.going(path));
        changes.bundleChanged(new BundleEvent(BundleEvent.UNINSTALLED, rest));
        assertTrue(changes.goingOrGone(path));
        // reinstalled: the REST runtime may still answer from its application of before for a moment
        changes.bundleChanged(new BundleEvent(BundleEvent.STARTED, rest));
        assertFalse(changes.going(path), "the module serves again");
        assertTrue(changes.goingOrGone(path), "a failure on its way back is the change's");
        assertFalse(changes.goingOrGone("/api/v1/matters"), "another module is not concerned");
    }

    static Bundle named(String symbolicName) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] { Bundle.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("getSymbolicName")) {
                        return symbolicName;
                    }
                    if (method.getName().equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
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
