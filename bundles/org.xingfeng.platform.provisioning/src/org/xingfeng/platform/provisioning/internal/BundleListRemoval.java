package org.xingfeng.platform.provisioning.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.ITouchpointData;
import org.eclipse.equinox.p2.metadata.ITouchpointInstruction;
import org.eclipse.equinox.p2.query.QueryUtil;

/**
 * A removal's change to the simple configurator's bundle list ({@code bundles.info}), made without p2's Eclipse
 * touchpoint. The touchpoint, asked to undo a bundle's install, loads the installation's whole configuration (every
 * installed bundle's manifest read and resolved into a bundle state), drops the bundle's line, and resolves it all
 * again to save: most of a removal's time on a busy server. When every unit going asks only for what that comes to
 * (a bundle's {@code uninstallBundle}, its start level and started mark cleared as its line goes), p2's engine takes
 * the units out of the profile without their configuration fragments and without the unconfigure phase, and this
 * drops the bundles' lines itself, as the touchpoint would: by symbolic name and version. Any other instruction (a
 * program property, a zip to clean up, a mark on a line that stays) leaves the removal to the touchpoint.
 */
final class BundleListRemoval {

    /** The touchpoint type whose instructions these are. */
    private static final String ECLIPSE_TOUCHPOINT = "org.eclipse.equinox.p2.osgi";
    private static final String UNINSTALL = "uninstall";
    private static final String UNCONFIGURE = "unconfigure";
    private static final String UNINSTALL_BUNDLE = "uninstallBundle(bundle:${artifact})";
    /** What unconfiguring a bundle may ask for: both only clear its own line, which goes anyway. */
    private static final Set<String> CLEARING = Set.of("setStartLevel(startLevel:-1)", "markStarted(started:false)");

    /** A bundle's line in the list: symbolic name and version. */
    record Line(String symbolicName, String version) {
    }

    private final Set<Line> dropped;

    private BundleListRemoval(Set<Line> dropped) {
        this.dropped = dropped;
    }

    /**
     * The lines the removal of {@code resolved} (the units with their configuration fragments attached, as the engine
     * would run them) drops, or empty when one of them asks for more than this does.
     */
    static Optional<BundleListRemoval> of(Collection<IInstallableUnit> resolved) {
        Set<Line> dropped = new LinkedHashSet<>();
        for (IInstallableUnit iu : resolved) {
            if (QueryUtil.isFragment(iu)) {
                continue; // the engine runs no fragment's instructions on the fragment itself
            }
            boolean uninstallsBundle = false;
            boolean clears = false;
            Optional<List<Action>> actions = actionsOf(iu, UNINSTALL, UNCONFIGURE);
            if (actions.isEmpty()) {
                return Optional.empty();
            }
            for (Action a : actions.get()) {
                if (a.phase().equals(UNINSTALL) && a.action().equals(UNINSTALL_BUNDLE)) {
                    uninstallsBundle = true;
                } else if (a.phase().equals(UNCONFIGURE) && CLEARING.contains(a.action())) {
                    clears = true;
                } else {
                    return Optional.empty();
                }
            }
            if (clears && !uninstallsBundle) {
                return Optional.empty(); // a line that stays would change
            }
            if (uninstallsBundle) {
                Optional<Line> line = bundleOf(iu);
                if (line.isEmpty()) {
                    return Optional.empty();
                }
                dropped.add(line.get());
            }
        }
        return Optional.of(new BundleListRemoval(Set.copyOf(dropped)));
    }

    /** The bundles whose lines go. */
    Set<Line> dropped() {
        return dropped;
    }

    /** {@code bundlesInfo} (the list's text) without the dropped bundles' lines; every other line as it was. */
    String applyTo(String bundlesInfo) {
        StringBuilder kept = new StringBuilder(bundlesInfo.length());
        for (String line : bundlesInfo.split("(?<=\n)")) {
            Line bundle = lineOf(line);
            if (bundle == null || !dropped.contains(bundle)) {
                kept.append(line);
            }
        }
        return kept.toString();
    }

    /**
     * Rewrites the list at {@code file} without the dropped lines, whole or not at all (a new file moved over the old
     * one), as a crash must not leave half a list for the next start.
     */
    void applyTo(Path file) throws IOException {
        replace(file, applyTo(Files.readString(file, StandardCharsets.UTF_8)));
    }

    /** Replaces {@code file}'s text whole: a new file beside it, moved over it. */
    static void replace(Path file, String text) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.writeString(next, text, StandardCharsets.UTF_8);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A list line's bundle ({@code name,version,location,startLevel,started}); null for a comment. */
    static Line lineOf(String line) {
        if (line.startsWith("#")) {
            return null;
        }
        String[] fields = line.split(",", 3);
        return fields.length < 3 ? null : new Line(fields[0].trim(), fields[1].trim());
    }

    /** An action a unit's instructions ask of a phase, without blanks ({@code markStarted(started:true)}). */
    record Action(String phase, String action) {
    }

    /**
     * The actions {@code iu}'s instructions (its own and its attached fragments') ask of the given phases, in order;
     * empty when a touchpoint other than Eclipse's is to run them.
     */
    static Optional<List<Action>> actionsOf(IInstallableUnit iu, String... phases) {
        List<Action> all = new ArrayList<>();
        for (ITouchpointData data : iu.getTouchpointData()) {
            for (Map.Entry<String, ITouchpointInstruction> instruction : data.getInstructions().entrySet()) {
                if (!List.of(phases).contains(instruction.getKey())) {
                    continue; // the manifest, another phase's instructions
                }
                for (String action : actions(instruction.getValue())) {
                    all.add(new Action(instruction.getKey(), action));
                }
            }
        }
        if (!all.isEmpty() && !ECLIPSE_TOUCHPOINT.equals(touchpointType(iu))) {
            return Optional.empty();
        }
        return Optional.of(all);
    }

    /** The actions of an instruction, without blanks ({@code a(x: 1); b();} gives {@code a(x:1)} and {@code b()}). */
    private static List<String> actions(ITouchpointInstruction instruction) {
        String body = instruction.getBody() == null ? "" : instruction.getBody().replaceAll("\\s+", "");
        return java.util.Arrays.stream(body.split(";")).filter(a -> !a.isEmpty()).toList();
    }

    private static String touchpointType(IInstallableUnit iu) {
        return iu.getTouchpointType() == null ? null : iu.getTouchpointType().getId();
    }

    /** The bundle a unit installs, by the {@code osgi.bundle} capability it provides (as the touchpoint finds it). */
    static Optional<Line> bundleOf(IInstallableUnit iu) {
        for (IProvidedCapability capability : iu.getProvidedCapabilities()) {
            if ("osgi.bundle".equals(capability.getNamespace())) {
                return Optional.of(new Line(capability.getName(), capability.getVersion().toString()));
            }
        }
        return Optional.empty();
    }
}
