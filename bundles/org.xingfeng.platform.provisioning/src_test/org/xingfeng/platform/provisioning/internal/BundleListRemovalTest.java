package org.xingfeng.platform.provisioning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IInstallableUnitFragment;
import org.eclipse.equinox.p2.metadata.ITouchpointType;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitFragmentDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A removal's and an install's lines of the bundle list, on units and fragments shaped as the server's profile holds them. */
class BundleListRemovalTest {

    private static final ITouchpointType ECLIPSE = MetadataFactory.createTouchpointType("org.eclipse.equinox.p2.osgi",
            Version.create("1.0.0"));
    private static final ITouchpointType NATIVE = MetadataFactory.createTouchpointType("org.eclipse.equinox.p2.native",
            Version.create("1.0.0"));

    private static final String LIST = """
            #encoding=UTF-8
            #version=1
            org.xingfeng.evaluations.api,0.1.0.v202612050820,plugins/org.xingfeng.evaluations.api_0.1.0.v202612050820.jar,4,false
            org.xingfeng.evaluations.core,0.1.0.v202612050820,plugins/org.xingfeng.evaluations.core_0.1.0.v202612050820.jar,5,true
            org.xingfeng.evaluations.core,0.0.9,plugins/org.xingfeng.evaluations.core_0.0.9.jar,4,false
            org.xingfeng.matters.core,0.1.0.v202612050820,plugins/org.xingfeng.matters.core_0.1.0.v202612050820.jar,5,true
            """;

    /** As the build's products publish every bundle's default: install, uninstall, and nothing on unconfigure. */
    private final IInstallableUnitFragment bundleDefault = fragment("tooling.osgi.bundle.default",
            Map.of("install", "installBundle(bundle:${artifact})", "uninstall", "uninstallBundle(bundle:${artifact})",
                    "unconfigure", ""));
    /** A bundle's start level, as the product's configuration unit sets it. */
    private final IInstallableUnitFragment startLevel = fragment("toolingorg.xingfeng.evaluations.core",
            Map.of("configure", "setStartLevel(startLevel:5);markStarted(started: true);", "unconfigure",
                    "setStartLevel(startLevel:-1);markStarted(started: false);"));

    private final IInstallableUnit api = bundle("org.xingfeng.evaluations.api", bundleDefault);
    private final IInstallableUnit core = bundle("org.xingfeng.evaluations.core", bundleDefault, startLevel);
    private final IInstallableUnit feature = unit("org.xingfeng.evaluations.feature.group", null, Map.of());

    @Test
    void aModuleDropsItsBundlesLinesAndKeepsEveryOtherByteAsItWas() {
        BundleListRemoval removal = BundleListRemoval.of(List.of(feature, api, core, bundleDefault)).orElseThrow();
        assertEquals(Set.of(new BundleListRemoval.Line("org.xingfeng.evaluations.api", "0.1.0.v202612050820"),
                new BundleListRemoval.Line("org.xingfeng.evaluations.core", "0.1.0.v202612050820")),
                removal.dropped());
        assertEquals(
                """
                        #encoding=UTF-8
                        #version=1
                        org.xingfeng.evaluations.core,0.0.9,plugins/org.xingfeng.evaluations.core_0.0.9.jar,4,false
                        org.xingfeng.matters.core,0.1.0.v202612050820,plugins/org.xingfeng.matters.core_0.1.0.v202612050820.jar,5,true
                        """,
                removal.applyTo(LIST));
        // lines ended as Windows ends them stay so, and a last line without its end is kept whole
        String crlf = LIST.replace("\n", "\r\n").stripTrailing();
        String after = removal.applyTo(crlf);
        assertFalse(after.contains("evaluations.api"), after);
        assertTrue(after.endsWith("matters.core_0.1.0.v202612050820.jar,5,true"), after);
        assertEquals(4, after.split("\r\n").length, after);
    }

    @Test
    void anInstructionBeyondABundlesOwnLineLeavesTheRemovalToTheTouchpoint() {
        IInstallableUnit product = unit("org.xingfeng.server.product", ECLIPSE,
                Map.of("unconfigure", "setProgramProperty(propName:eclipse.product,propValue:);"));
        IInstallableUnit launcher = unit("org.xingfeng.server.launcher", ECLIPSE,
                Map.of("uninstall", "cleanupzip(source:@artifact, target:${installFolder});"));
        IInstallableUnit otherTouchpoint = unit("org.xingfeng.native", NATIVE,
                Map.of("uninstall", "uninstallBundle(bundle:${artifact})"));
        IInstallableUnit otherLevel = bundle("org.xingfeng.evaluations.ui", fragment("toolingorg.xingfeng.ui",
                Map.of("unconfigure", "setStartLevel(startLevel:4)")));
        // a unit that unmarks a bundle it does not take out: that line stays, changed
        IInstallableUnit unmarksOnly = unit("org.xingfeng.unmarks", ECLIPSE,
                Map.of("unconfigure", "markStarted(started:false);"));
        for (IInstallableUnit odd : List.of(product, launcher, otherTouchpoint, otherLevel, unmarksOnly)) {
            assertEquals(Optional.empty(), BundleListRemoval.of(List.of(api, odd)), odd.getId());
        }
    }

    @Test
    void unitsThatInstallNoBundleDropNothing() {
        BundleListRemoval removal = BundleListRemoval.of(List.of(feature, bundleDefault, startLevel)).orElseThrow();
        assertEquals(Set.of(), removal.dropped());
        assertEquals(LIST, removal.applyTo(LIST));
    }

    @Test
    void theFileIsReplacedWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bundles.info");
        Files.writeString(file, LIST, StandardCharsets.UTF_8);
        BundleListRemoval.of(List.of(api)).orElseThrow().applyTo(file);
        assertFalse(Files.readString(file).contains("evaluations.api"));
        assertTrue(Files.readString(file).contains("evaluations.core,0.1.0"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "nothing else left in the folder");
        }
    }

    @Test
    void anInstallAddsItsBundlesLinesInTheListsOrderWithTheirStartLevels() {
        IInstallableUnitFragment installDefault = fragment("tooling.osgi.bundle.default",
                Map.of("install", "installBundle(bundle:${artifact})", "uninstall",
                        "uninstallBundle(bundle:${artifact})"));
        IInstallableUnitFragment level5 = fragment("toolingorg.xingfeng.evaluations.core",
                Map.of("configure", "setStartLevel(startLevel:5);markStarted(started: true);"));
        IInstallableUnit newApi = bundle("org.xingfeng.evaluations.api", installDefault);
        IInstallableUnit newCore = bundle("org.xingfeng.evaluations.core", installDefault, level5);
        BundleListAddition addition = BundleListAddition.of(List.of(feature, newApi, newCore, installDefault))
                .orElseThrow();
        assertEquals(2, addition.entries().size());
        String without = BundleListRemoval.of(List.of(api, core)).orElseThrow().applyTo(LIST);
        String with = addition.applyTo(without, key -> "plugins/" + key.getId() + "_" + key.getVersion() + ".jar", 4);
        String n = System.lineSeparator();
        assertEquals("#encoding=UTF-8" + n + "#version=1" + n
                + "org.xingfeng.evaluations.api,0.1.0.v202612050820,"
                + "plugins/org.xingfeng.evaluations.api_0.1.0.v202612050820.jar,4,false" + n
                // the newer release before the older, as p2 sorts them
                + "org.xingfeng.evaluations.core,0.1.0.v202612050820,"
                + "plugins/org.xingfeng.evaluations.core_0.1.0.v202612050820.jar,5,true" + n
                + "org.xingfeng.evaluations.core,0.0.9,plugins/org.xingfeng.evaluations.core_0.0.9.jar,4,false" + n
                + "org.xingfeng.matters.core,0.1.0.v202612050820,"
                + "plugins/org.xingfeng.matters.core_0.1.0.v202612050820.jar,5,true" + n, with);
    }

    @Test
    void anInstallAskingForMoreThanALineIsLeftToTheTouchpoint() {
        IInstallableUnitFragment unzip = fragment("tooling.unzipped", Map.of("install",
                "installBundle(bundle:${artifact})", "zipped", "true"));
        IInstallableUnit programProperty = unit("org.xingfeng.server.product", ECLIPSE,
                Map.of("configure", "setProgramProperty(propName:eclipse.product,propValue:x);"));
        IInstallableUnit marksOnly = unit("org.xingfeng.marks", ECLIPSE,
                Map.of("configure", "markStarted(started:true);"));
        for (IInstallableUnit odd : List.of(bundle("org.xingfeng.unzipped", unzip), programProperty, marksOnly)) {
            assertEquals(Optional.empty(), BundleListAddition.of(List.of(feature, odd)), odd.getId());
        }
    }

    /** A bundle unit with its configuration fragments attached, as the removal gives it to the engine. */
    private static IInstallableUnit bundle(String name, IInstallableUnitFragment... fragments) {
        InstallableUnitDescription d = description(name);
        d.setTouchpointType(ECLIPSE);
        d.addTouchpointData(MetadataFactory.createTouchpointData(Map.of("manifest", "Bundle-SymbolicName: " + name)));
        d.addProvidedCapabilities(List.of(MetadataFactory.createProvidedCapability("osgi.bundle", name,
                Version.create("0.1.0.v202612050820"))));
        d.setArtifacts(new IArtifactKey[] { new Artifact(name, Version.create("0.1.0.v202612050820")) });
        return MetadataFactory.createResolvedInstallableUnit(MetadataFactory.createInstallableUnit(d), fragments);
    }

    /** A bundle's artifact key (p2 makes its own only inside its bundles). */
    private record Artifact(String getId, Version getVersion) implements IArtifactKey {
        @Override
        public String getClassifier() {
            return "osgi.bundle";
        }

        @Override
        public String toExternalForm() {
            return getClassifier() + "," + getId + "," + getVersion;
        }
    }

    private static IInstallableUnit unit(String id, ITouchpointType type, Map<String, String> instructions) {
        InstallableUnitDescription d = description(id);
        if (type != null) {
            d.setTouchpointType(type);
        }
        if (!instructions.isEmpty()) {
            d.addTouchpointData(MetadataFactory.createTouchpointData(new LinkedHashMap<>(instructions)));
        }
        return MetadataFactory.createInstallableUnit(d);
    }

    private static IInstallableUnitFragment fragment(String id, Map<String, String> instructions) {
        InstallableUnitFragmentDescription d = new InstallableUnitFragmentDescription();
        d.setId(id);
        d.setVersion(Version.create("1.0.0"));
        d.setTouchpointType(ECLIPSE);
        d.addTouchpointData(MetadataFactory.createTouchpointData(new LinkedHashMap<>(instructions)));
        return MetadataFactory.createInstallableUnitFragment(d);
    }

    private static InstallableUnitDescription description(String id) {
        InstallableUnitDescription d = new InstallableUnitDescription();
        d.setId(id);
        d.setVersion(Version.create("0.1.0.v202612050820"));
        return d;
    }
}
