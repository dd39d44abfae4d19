package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.xingfeng.platform.testing.Modules;

/**
 * Embedded Derby's JDBC package stays Derby's own. The Derby client bundle exports a package of the same name
 * ({@code org.apache.derby.jdbc}); when a fragment of Derby imported it, the resolver was free to wire Derby to the
 * client's, and a server whose Java had changed came up without its embedded data source.
 */
class DerbyWiringIT {

    private static final String JDBC = "org.apache.derby.jdbc";

    @Test
    void derbyImportsNoneOfItsOwnPackages() {
        BundleWiring derby = wiring("derby");
        // what derby and its fragments declare; other packages it may import (its dynamic import reaches the client's
        // messages, a package of the client's fragment)
        Set<String> declared = new HashSet<>(packages(derby.getRevision()));
        for (BundleWire f : derby.getProvidedWires(BundleRevision.HOST_NAMESPACE)) {
            declared.addAll(packages(f.getRequirer()));
        }
        assertTrue(declared.contains(JDBC), "neither derby nor a fragment of it declares " + JDBC);
        for (BundleWire w : derby.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            String pkg = (String) w.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
            assertFalse(declared.contains(pkg), "derby imports its own " + pkg + " from "
                    + w.getProvider().getSymbolicName() + " instead of providing it");
        }
        assertTrue(derby.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE).stream()
                .anyMatch(c -> JDBC.equals(c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))),
                "derby does not provide " + JDBC);
    }

    @Test
    void derbysFragmentsAskForNoneOfDerbysPackages() {
        BundleWiring derby = wiring("derby");
        List<BundleWire> fragments = derby.getProvidedWires(BundleRevision.HOST_NAMESPACE);
        assertFalse(fragments.isEmpty(), "derby has no fragments (its data sources are in derbytools)");
        for (BundleWire f : fragments) {
            BundleRevision fragment = f.getRequirer();
            fragment.getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE).forEach(r -> assertFalse(
                    r.getDirectives().getOrDefault("filter", "").contains("org.apache.derby."),
                    fragment.getSymbolicName() + " asks for " + r.getDirectives().get("filter")));
        }
    }

    @Test
    void thePlatformTakesTheEmbeddedDataSourceFromDerby() {
        Optional<BundleWire> jdbc = wiring("org.xingfeng.platform.core")
                .getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)
                .stream()
                .filter(w -> JDBC.equals(w.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)))
                .findFirst();
        assertTrue(jdbc.isPresent(), "the platform's core is not wired to " + JDBC);
        assertEquals("derby", jdbc.get().getProvider().getSymbolicName());
    }

    private static List<String> packages(BundleRevision revision) {
        return revision.getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE).stream()
                .map(c -> (String) c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)).toList();
    }

    private static BundleWiring wiring(String symbolicName) {
        BundleWiring wiring = Modules.bundle(symbolicName).adapt(BundleWiring.class);
        assertNotNull(wiring, symbolicName + " is not resolved");
        return wiring;
    }
}
