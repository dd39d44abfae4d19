package org.xingfeng.platform.provisioning.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.ITouchpointData;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.osgi.framework.Version;

/**
 * An install's change to the simple configurator's bundle list ({@code bundles.info}), made without p2's Eclipse
 * touchpoint, for the reason {@link BundleListRemoval} gives: the touchpoint loads and resolves the whole installation
 * twice to add a few lines. When every unit coming asks only for a bundle's line ({@code installBundle}, with its start
 * level and started mark), p2's engine installs the units without their configuration fragments and without the
 * configure phase (it still fetches the artifacts into the installation), and this adds each bundle's line as p2's
 * simple configurator manipulator writes it: {@code name,version,location,startLevel,started}, the location relative
 * to the installation, the list sorted by symbolic name and the newer version first. Any other instruction (a folder
 * unzipped, a program property) leaves the install to the touchpoint.
 */
final class BundleListAddition {

    private static final String INSTALL = "install";
    private static final String CONFIGURE = "configure";
    private static final String INSTALL_BUNDLE = "installBundle(bundle:${artifact})";
    private static final Pattern START_LEVEL = Pattern.compile("setStartLevel\\(startLevel:(\\d{1,3})\\)");
    private static final Pattern STARTED = Pattern.compile("markStarted\\(started:(true|false)\\)");

    /** A bundle's line to add: the bundle, its artifact (where the file is), its start level (-1: the default). */
    record Entry(BundleListRemoval.Line bundle, IArtifactKey artifact, int startLevel, boolean started) {
    }

    private final List<Entry> entries;

    private BundleListAddition(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * The lines installing {@code resolved} (the units with their configuration fragments attached, as p2's planner
     * gives them) adds, or empty when one of them asks for more than this does.
     */
    static Optional<BundleListAddition> of(Collection<IInstallableUnit> resolved) {
        List<Entry> entries = new ArrayList<>();
        for (IInstallableUnit iu : resolved) {
            if (QueryUtil.isFragment(iu)) {
                continue; // the engine runs no fragment's instructions on the fragment itself
            }
            boolean installsBundle = false;
            boolean configures = false;
            int level = -1;
            boolean started = false;
            for (ITouchpointData data : iu.getTouchpointData()) {
                if (data.getInstruction("zipped") != null) {
                    return Optional.empty(); // a bundle unpacked into a folder
                }
            }
            Optional<List<BundleListRemoval.Action>> actions = BundleListRemoval.actionsOf(iu, INSTALL, CONFIGURE);
            if (actions.isEmpty()) {
                return Optional.empty();
            }
            for (BundleListRemoval.Action a : actions.get()) {
                Matcher levelSet = START_LEVEL.matcher(a.action());
                Matcher startedSet = STARTED.matcher(a.action());
                if (a.phase().equals(INSTALL) && a.action().equals(INSTALL_BUNDLE)) {
                    installsBundle = true;
                } else if (a.phase().equals(CONFIGURE) && levelSet.matches()) {
                    level = Integer.parseInt(levelSet.group(1));
                    configures = true;
                } else if (a.phase().equals(CONFIGURE) && startedSet.matches()) {
                    started = Boolean.parseBoolean(startedSet.group(1));
                    configures = true;
                } else {
                    return Optional.empty();
                }
            }
            if (configures && !installsBundle) {
                return Optional.empty(); // it would change a line that is there already
            }
            if (installsBundle) {
                Optional<BundleListRemoval.Line> bundle = BundleListRemoval.bundleOf(iu);
                if (bundle.isEmpty() || iu.getArtifacts().size() != 1) {
                    return Optional.empty();
                }
                entries.add(new Entry(bundle.get(), iu.getArtifacts().iterator().next(), level, started));
            }
        }
        return Optional.of(new BundleListAddition(List.copyOf(entries)));
    }

    List<Entry> entries() {
        return entries;
    }

    /**
     * {@code bundlesInfo} (the list's text) with the new bundles' lines, each at its place in the list's order (by
     * symbolic name, the newer version first); a line for a bundle the list has already is replaced. {@code location}
     * gives an artifact's location as the list writes it (relative to the installation); {@code defaultLevel} is the
     * start level of a bundle that sets none.
     */
    String applyTo(String bundlesInfo, Function<IArtifactKey, String> location, int defaultLevel) {
        List<String> header = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : bundlesInfo.split("\\R")) {
            if (line.isEmpty()) {
                continue;
            }
            (line.startsWith("#") ? header : lines).add(line);
        }
        for (Entry e : entries) {
            lines.removeIf(line -> e.bundle().equals(BundleListRemoval.lineOf(line)));
            lines.add(e.bundle().symbolicName() + "," + e.bundle().version() + "," + location.apply(e.artifact())
                    + "," + (e.startLevel() < 0 ? defaultLevel : e.startLevel()) + "," + e.started());
        }
        lines.sort(Comparator.comparing((String line) -> bundle(line).symbolicName())
                .thenComparing(line -> Version.parseVersion(bundle(line).version()), Comparator.reverseOrder()));
        String end = System.lineSeparator(); // as p2 writes it
        StringBuilder text = new StringBuilder();
        header.forEach(h -> text.append(h).append(end));
        lines.forEach(l -> text.append(l).append(end));
        return text.toString();
    }

    /** A line's bundle; a line that names none sorts by its text. */
    private static BundleListRemoval.Line bundle(String line) {
        BundleListRemoval.Line bundle = BundleListRemoval.lineOf(line);
        return bundle != null ? bundle : new BundleListRemoval.Line(line, "0");
    }

    /** As {@link #applyTo(String, Function, int)} on the list at {@code file}, replaced whole. */
    void applyTo(Path file, Function<IArtifactKey, String> location, int defaultLevel) throws IOException {
        BundleListRemoval.replace(file,
                applyTo(Files.readString(file, StandardCharsets.UTF_8), location, defaultLevel));
    }
}
