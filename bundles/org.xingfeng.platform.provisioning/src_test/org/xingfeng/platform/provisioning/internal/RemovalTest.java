package org.xingfeng.platform.provisioning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IInstallableUnitFragment;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitFragmentDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.query.CollectionResult;
import org.junit.jupiter.api.Test;

/** What a module's removal takes out of an installation, on units shaped as the build publishes them. */
class RemovalTest {

    private static final String IU = IInstallableUnit.NAMESPACE_IU_ID;
    private static final String PACKAGE = "java.package";
    /** What the build's bundle units provide and the configuration fragments' hosts ask for. */
    private static final String TYPE = "org.eclipse.equinox.p2.eclipse.type";

    /** A server's profile properties, as the director writes them. */
    private static final java.util.Map<String, String> ENVIRONMENT = java.util.Map.of(
            "org.eclipse.equinox.p2.environments", "osgi.nl=zh_CN,osgi.ws=gtk,osgi.arch=x86_64,osgi.os=linux");

    private final List<IInstallableUnit> units = new ArrayList<>();

    // the server: product -> platform feature -> its bundles; a module: feature -> its bundles
    private final IInstallableUnit platformApi = unit("org.xingfeng.platform.api", provides(PACKAGE, "org.x.api"));
    private final IInstallableUnit shared = unit("org.apache.poi", provides(PACKAGE, "org.apache.poi"));
    private final IInstallableUnit platformCore = unit("org.xingfeng.platform.core", imports("org.x.api"),
            imports("org.apache.poi"));
    private final IInstallableUnit platform = unit("org.xingfeng.platform.feature.group",
            requires(platformApi), requires(platformCore));
    private final IInstallableUnit product = unit("org.xingfeng.server.product", requires(platform));
    private final IInstallableUnit moduleApi = unit("org.xingfeng.evaluations.api",
            provides(PACKAGE, "org.x.evaluations.api"), imports("org.x.api"));
    private final IInstallableUnit moduleOnly = unit("com.example.only.evaluations",
            provides(PACKAGE, "com.example.only"));
    private final IInstallableUnit moduleCore = unit("org.xingfeng.evaluations.core",
            imports("org.x.evaluations.api"), imports("org.x.api"), imports("org.apache.poi"),
            imports("com.example.only"));
    private final IInstallableUnit module = unit("org.xingfeng.evaluations.feature.group", requires(moduleApi),
            requires(moduleCore));
    private final IInstallableUnitFragment bundleDefault = fragment("tooling.osgi.bundle.default",
            MetadataFactory.createRequirement(TYPE, "bundle", VersionRange.emptyRange, null, false, true, false));
    private final IInstallableUnitFragment coreStartLevel = fragment("toolingorg.xingfeng.platform.core",
            MetadataFactory.createRequirement(TYPE, "bundle", VersionRange.emptyRange, null, false, true, false),
            MetadataFactory.createRequirement(IU, "org.xingfeng.platform.core", VersionRange.emptyRange, null,
                    false, false, false));

    RemovalTest() {
        for (IInstallableUnit bundle : List.of(platformApi, shared, platformCore, moduleApi, moduleOnly,
                moduleCore)) {
            // every bundle unit also says it is a bundle, which the configuration fragments' hosts ask for
            units.set(units.indexOf(bundle), withBundleCapability(bundle));
        }
        // the product reaches its configuration fragments, as the build's product does
        units.set(units.indexOf(product), unit(product, requires(bundleDefault), requires(coreStartLevel)));
    }

    @Test
    void aModuleTakesItsOwnUnitsAndNothingTheRestNeeds() {
        Set<String> gone = ids(goneWithModule());
        assertEquals(Set.of("org.xingfeng.evaluations.feature.group", "org.xingfeng.evaluations.api",
                "org.xingfeng.evaluations.core", "com.example.only.evaluations"), gone);
    }

    @Test
    void whatTheRemainingRootsReachIsWhatTheyRequire() {
        Set<String> reached = ids(removal().reachedFrom(List.of(byId(product))));
        assertTrue(reached.containsAll(Set.of("org.xingfeng.platform.core", "org.apache.poi",
                "tooling.osgi.bundle.default", "toolingorg.xingfeng.platform.core")));
        assertFalse(reached.contains("org.xingfeng.evaluations.api"));
    }

    @Test
    void aUnitAnotherRootNeedsStays() {
        // a second module whose feature also requires evaluations' api bundle
        IInstallableUnit other = unit("org.xingfeng.windows.feature.group", requires(byId(moduleApi)));
        Set<String> gone = ids(goneWithModule(other));
        assertFalse(gone.contains("org.xingfeng.evaluations.api"));
        assertTrue(gone.contains("org.xingfeng.evaluations.core"));
    }

    @Test
    void anOptionalGreedyRequirementKeepsAUnitAndANonGreedyOneDoesNot() {
        IInstallableUnit greedy = unit("org.xingfeng.platform.greedy", MetadataFactory.createRequirement(PACKAGE,
                "com.example.only", VersionRange.emptyRange, null, true, false, true));
        IInstallableUnit lazy = unit("org.xingfeng.platform.lazy", MetadataFactory.createRequirement(PACKAGE,
                "org.x.evaluations.api", VersionRange.emptyRange, null, true, false, false));
        Set<String> gone = ids(goneWithModule(greedy, lazy));
        assertFalse(gone.contains("com.example.only.evaluations"));
        assertTrue(gone.contains("org.xingfeng.evaluations.api"));
    }

    @Test
    void aRequirementThatOnlyTheRemovedUnitsMetIsNamed() {
        // a platform bundle that must have a package only evaluations' api exports, without bringing it (non-greedy)
        IInstallableUnit needy = unit("org.xingfeng.platform.needy", MetadataFactory.createRequirement(PACKAGE,
                "org.x.evaluations.api", VersionRange.emptyRange, null, false, false, false));
        Set<IInstallableUnit> gone = goneWithModule(needy);
        assertTrue(ids(gone).contains("org.xingfeng.evaluations.api"));
        List<String> unmet = removal().unmetAfter(gone);
        assertEquals(1, unmet.size(), unmet.toString());
        assertTrue(unmet.get(0).startsWith("org.xingfeng.platform.needy "), unmet.toString());
        // the module's own removal breaks nothing that stays
        assertEquals(List.of(), removal().unmetAfter(goneWithModule()));
    }

    @Test
    void aRequirementFilteredOutHereKeepsNothingAndOneThatMatchesDoes() {
        // as the client product requires its module features only while the director installs it as a root
        IInstallableUnit installing = unit("org.xingfeng.client.product",
                MetadataFactory.createRequirement(IU, "org.xingfeng.evaluations.feature.group", VersionRange.emptyRange,
                        "(|(org.eclipse.equinox.p2.install.mode.root=true)(org.xingfeng.client.product.install.mode.root=true))",
                        false, false, true));
        IInstallableUnit onLinux = unit("org.xingfeng.linux.only", MetadataFactory.createRequirement(IU,
                "com.example.only.evaluations", VersionRange.emptyRange, "(osgi.os=linux)", false, false, true));
        IInstallableUnit onWindows = unit("org.xingfeng.win32.only", MetadataFactory.createRequirement(IU,
                "org.xingfeng.evaluations.core", VersionRange.emptyRange, "(osgi.os=win32)", false, false, true));
        Set<IInstallableUnit> gone = goneWithModule(installing, onLinux, onWindows);
        assertEquals(Set.of("org.xingfeng.evaluations.feature.group", "org.xingfeng.evaluations.api",
                "org.xingfeng.evaluations.core"), ids(gone));
        // the Windows-only requirement on a unit that goes does not count on Linux
        assertEquals(List.of(), removal().unmetAfter(gone));
    }

    @Test
    void aNamedUnitGoesEvenWhereAnOptionalRequirementAsksForItButOneThatMustBeMetIsNamed() {
        IInstallableUnit optional = unit("org.xingfeng.optional.user", MetadataFactory.createRequirement(IU,
                "org.xingfeng.evaluations.feature.group", VersionRange.emptyRange, null, true, false, true));
        Set<IInstallableUnit> gone = goneWithModule(optional);
        assertTrue(ids(gone).contains("org.xingfeng.evaluations.feature.group"));
        assertEquals(List.of(), removal().unmetAfter(gone));

        IInstallableUnit needing = unit("org.xingfeng.demands.feature.group", requires(byId(module)));
        List<String> unmet = removal().unmetAfter(goneWithModule(needing));
        assertEquals(1, unmet.size(), unmet.toString());
        assertTrue(unmet.get(0).startsWith("org.xingfeng.demands.feature.group "), unmet.toString());
    }

    @Test
    void aRemovedBundleCarriesTheFragmentThatInstalledIt() {
        List<IInstallableUnit> resolved = removal().resolved(List.of(byId(moduleCore), byId(platformCore),
                byId(bundleDefault)));
        assertEquals(List.of("tooling.osgi.bundle.default"), fragmentIds(resolved.get(0)));
        // the more specific fragment wins where two attach
        assertEquals(List.of("toolingorg.xingfeng.platform.core"), fragmentIds(resolved.get(1)));
        // a fragment is given as it is
        assertEquals(byId(bundleDefault), resolved.get(2));
        assertEquals(byId(moduleCore), resolved.get(0).unresolved());
    }

    // ---- units

    private Removal removal() {
        return new Removal(new CollectionResult<>(units), ENVIRONMENT);
    }

    /** What removing the module takes, with {@code otherRoots} installed beside the product and the module. */
    private Set<IInstallableUnit> goneWithModule(IInstallableUnit... otherRoots) {
        List<IInstallableUnit> roots = new ArrayList<>(List.of(byId(product), byId(module)));
        roots.addAll(Arrays.asList(otherRoots));
        return removal().unitsToRemove(roots, List.of(byId(module)));
    }

    private IInstallableUnit byId(IInstallableUnit iu) {
        return units.stream().filter(u -> u.getId().equals(iu.getId())).findFirst().orElseThrow();
    }

    private static Set<String> ids(java.util.Collection<IInstallableUnit> ius) {
        return ius.stream().map(IInstallableUnit::getId).collect(Collectors.toSet());
    }

    private static List<String> fragmentIds(IInstallableUnit resolved) {
        return resolved.getFragments().stream().map(IInstallableUnit::getId).toList();
    }

    private static IRequirement requires(IInstallableUnit iu) {
        return MetadataFactory.createRequirement(IU, iu.getId(), new VersionRange(iu.getVersion(), true,
                iu.getVersion(), true), null, false, false, true);
    }

    private static IRequirement imports(String pkg) {
        return MetadataFactory.createRequirement(PACKAGE, pkg, VersionRange.emptyRange, null, false, false, true);
    }

    private static IProvidedCapability provides(String namespace, String name) {
        return MetadataFactory.createProvidedCapability(namespace, name, Version.create("1.0.0"));
    }

    private IInstallableUnit unit(String id, Object... parts) {
        InstallableUnitDescription d = new InstallableUnitDescription();
        describe(d, id, parts);
        IInstallableUnit iu = MetadataFactory.createInstallableUnit(d);
        units.add(iu);
        return iu;
    }

    /** {@code iu} again with more parts (a requirement or capability). */
    private static IInstallableUnit unit(IInstallableUnit iu, Object... more) {
        InstallableUnitDescription d = new InstallableUnitDescription();
        List<Object> parts = new ArrayList<>(iu.getRequirements());
        parts.addAll(iu.getProvidedCapabilities().stream()
                .filter(c -> !IU.equals(c.getNamespace())).toList());
        parts.addAll(Arrays.asList(more));
        describe(d, iu.getId(), parts.toArray());
        return MetadataFactory.createInstallableUnit(d);
    }

    private static IInstallableUnit withBundleCapability(IInstallableUnit bundle) {
        return unit(bundle, provides(TYPE, "bundle"));
    }

    private IInstallableUnitFragment fragment(String id, IRequirement... host) {
        InstallableUnitFragmentDescription d = new InstallableUnitFragmentDescription();
        describe(d, id);
        d.setHost(host);
        IInstallableUnitFragment f = MetadataFactory.createInstallableUnitFragment(d);
        units.add(f);
        return f;
    }

    private static void describe(InstallableUnitDescription d, String id, Object... parts) {
        Version v = Version.create("1.0.0");
        d.setId(id);
        d.setVersion(v);
        List<IProvidedCapability> caps = new ArrayList<>(List.of(MetadataFactory.createProvidedCapability(IU, id, v)));
        List<IRequirement> reqs = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof IRequirement r) {
                reqs.add(r);
            } else {
                caps.add((IProvidedCapability) p);
            }
        }
        d.setCapabilities(caps.toArray(IProvidedCapability[]::new));
        d.setRequirements(reqs.toArray(IRequirement[]::new));
    }
}
