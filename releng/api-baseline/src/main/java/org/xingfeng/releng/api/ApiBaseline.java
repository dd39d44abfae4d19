package org.xingfeng.releng.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The API baseline of every bundle: each bundle's exported packages, with their versions and public signatures, are
 * kept in a committed snapshot ({@code releng/api-baseline/snapshots/<bundle>.api}). The build reads them again from
 * the compiled classes and fails when a package's signatures differ from its snapshot while its version did not move
 * enough: an addition needs the next minor version, a removal or change the next major (below 1.0 the next minor,
 * as the importers' ranges are {@code [0.n,0.n+1)}). After a deliberate change and bump the snapshot is written
 * again with {@code releng/bin/api-snapshot}.
 *
 * <pre>
 * ApiBaseline check|update &lt;project root&gt;
 * </pre>
 */
public final class ApiBaseline {

    static final String UPDATE_COMMAND = "releng/bin/api-snapshot";

    private final Path bundles;
    private final Path snapshots;

    ApiBaseline(Path bundles, Path snapshots) {
        this.bundles = bundles;
        this.snapshots = snapshots;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !(args[0].equals("check") || args[0].equals("update"))) {
            throw new IllegalArgumentException("usage: ApiBaseline check|update <project root>");
        }
        Path root = Path.of(args[1]).toAbsolutePath().normalize();
        ApiBaseline baseline = new ApiBaseline(root.resolve("bundles"), root.resolve("releng/api-baseline/snapshots"));
        if (args[0].equals("update")) {
            for (String line : baseline.update()) {
                System.out.println(line);
            }
            return;
        }
        Result result = baseline.check();
        result.notes().forEach(n -> System.out.println("[api-baseline] " + n));
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("API baseline: " + result.problems().size()
                    + " exported package(s) changed without the version they need\n  "
                    + String.join("\n  ", result.problems())
                    + "\nBump the package's version (package-info @Version, the bundle's Export-Package and"
                    + " the importers' ranges), build, then record the new API with " + UPDATE_COMMAND);
        }
        System.out.println("[api-baseline] " + result.packages()
                + " exported packages checked against their snapshots, none changed without its version");
    }

    /** What {@link #check()} found. */
    record Result(int packages, List<String> problems, List<String> notes) {
    }

    /** Every bundle's exported API as it is built now: bundle symbolic name to its packages. */
    Map<String, List<PackageApi>> current() throws IOException {
        Map<String, List<PackageApi>> all = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(bundles)) {
            for (Path dir : dirs.sorted().toList()) {
                Path mf = dir.resolve("META-INF/MANIFEST.MF");
                if (!Files.isRegularFile(mf)) {
                    continue;
                }
                Manifest manifest;
                try (InputStream in = Files.newInputStream(mf)) {
                    manifest = new Manifest(in);
                }
                String bsn = manifest.getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0].strip();
                Map<String, Version> exports = exports(manifest.getMainAttributes().getValue("Export-Package"));
                if (exports.isEmpty()) {
                    continue;
                }
                Path classes = dir.resolve("target/classes");
                if (!Files.isDirectory(classes) && !Files.isDirectory(dir.resolve("src"))) {
                    // a bundle without sources (a manifest-only fragment): its packages hold resources only
                    classes = dir.resolve("META-INF/no-classes");
                } else if (!Files.isDirectory(classes)) {
                    throw new IllegalStateException(bsn + " exports packages but is not built (no " + classes
                            + "): build the bundles first");
                }
                List<PackageApi> packages = new ArrayList<>();
                for (Map.Entry<String, Version> e : exports.entrySet()) {
                    Optional<String> annotated = ApiReader.packageInfoVersion(classes, e.getKey());
                    if (annotated.isPresent() && !Version.parse(annotated.get()).equals(e.getValue())) {
                        throw new IllegalStateException(bsn + ": package " + e.getKey() + " is exported as "
                                + e.getValue() + " but its package-info says @Version(\"" + annotated.get() + "\")");
                    }
                    packages.add(PackageApi.of(e.getKey(), e.getValue(), ApiReader.read(classes, e.getKey())));
                }
                all.put(bsn, packages);
            }
        }
        return all;
    }

    /** Compares the built API with the snapshots. */
    Result check() throws IOException {
        Map<String, List<PackageApi>> now = current();
        Map<String, List<PackageApi>> then = snapshots();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int count = 0;
        for (Map.Entry<String, List<PackageApi>> bundle : now.entrySet()) {
            Map<String, PackageApi> recorded = byName(then.getOrDefault(bundle.getKey(), List.of()));
            for (PackageApi pkg : bundle.getValue()) {
                count++;
                PackageApi before = recorded.remove(pkg.name());
                if (before == null) {
                    problems.add(pkg.name() + " (" + bundle.getKey() + ", " + pkg.version()
                            + "): a new exported package without a snapshot; record it with " + UPDATE_COMMAND);
                    continue;
                }
                problems.addAll(compare(bundle.getKey(), before, pkg, notes));
            }
            for (PackageApi gone : recorded.values()) {
                problems.add(gone.name() + " (" + bundle.getKey() + ", " + gone.version()
                        + "): no longer exported, a removal; if it is meant, record it with " + UPDATE_COMMAND);
            }
        }
        for (String bsn : then.keySet()) {
            if (!now.containsKey(bsn)) {
                problems.add(bsn + ": its snapshot names exported packages but the bundle exports none now"
                        + " (or is gone); if it is meant, record it with " + UPDATE_COMMAND);
            }
        }
        return new Result(count, problems, notes);
    }

    /** The problems of one package (none when its version moved enough for its change). */
    static List<String> compare(String bsn, PackageApi before, PackageApi now, List<String> notes) {
        List<String> problems = new ArrayList<>();
        if (now.version().compareTo(before.version()) < 0) {
            problems.add(now.name() + " (" + bsn + "): version " + now.version() + " is below the snapshot's "
                    + before.version());
            return problems;
        }
        PackageApi.Change change = now.changeSince(before);
        Version needed = PackageApi.needed(before.version(), change);
        if (now.version().compareTo(needed) < 0) {
            List<String> removed = now.removedSince(before);
            List<String> added = now.addedSince(before);
            StringBuilder s = new StringBuilder(now.name()).append(" (").append(bsn).append("): ")
                    .append(change == PackageApi.Change.BREAKING ? "a removal or change" : "an addition")
                    .append(" needs version ").append(needed).append(" or above, the package is still ")
                    .append(now.version());
            removed.stream().limit(10).forEach(l -> s.append("\n      - ").append(l));
            added.stream().limit(10).forEach(l -> s.append("\n      + ").append(l));
            if (removed.size() > 10 || added.size() > 10) {
                s.append("\n      ... (").append(removed.size()).append(" removed, ").append(added.size())
                        .append(" added)");
            }
            problems.add(s.toString());
        } else if (change != PackageApi.Change.NONE || !now.version().equals(before.version())) {
            notes.add(now.name() + " (" + bsn + "): changed and moved from " + before.version() + " to "
                    + now.version() + "; the snapshot is behind, record it with " + UPDATE_COMMAND);
        }
        return problems;
    }

    /** Writes every bundle's snapshot from the built classes; returns what it did. */
    List<String> update() throws IOException {
        Map<String, List<PackageApi>> now = current();
        Files.createDirectories(snapshots);
        List<String> done = new ArrayList<>();
        try (Stream<Path> files = Files.list(snapshots)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".api")).toList()) {
                String bsn = f.getFileName().toString().replaceFirst("\\.api$", "");
                if (!now.containsKey(bsn)) {
                    Files.delete(f);
                    done.add("removed " + f.getFileName());
                }
            }
        }
        for (Map.Entry<String, List<PackageApi>> bundle : now.entrySet()) {
            Path f = snapshots.resolve(bundle.getKey() + ".api");
            String text = format(bundle.getKey(), bundle.getValue());
            if (!Files.isRegularFile(f) || !Files.readString(f, StandardCharsets.UTF_8).equals(text)) {
                Files.writeString(f, text, StandardCharsets.UTF_8);
                done.add("wrote " + f.getFileName());
            }
        }
        if (done.isEmpty()) {
            done.add("snapshots unchanged");
        }
        return done;
    }

    static String format(String bsn, List<PackageApi> packages) {
        StringBuilder s = new StringBuilder();
        s.append("# The exported API of ").append(bsn)
                .append(", read from its compiled classes; checked by the build.\n");
        s.append("# Do not edit: after a deliberate change and version bump run ").append(UPDATE_COMMAND).append('\n');
        for (PackageApi p : packages) {
            s.append("package ").append(p.name()).append(' ').append(p.version()).append('\n');
            for (String l : p.lines()) {
                s.append("  ").append(l).append('\n');
            }
        }
        return s.toString();
    }

    static List<PackageApi> parse(String text) {
        List<PackageApi> packages = new ArrayList<>();
        String name = null;
        Version version = null;
        TreeSet<String> lines = null;
        for (String l : text.split("\n")) {
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("package ")) {
                if (name != null) {
                    packages.add(PackageApi.of(name, version, lines));
                }
                String[] parts = l.substring(8).strip().split(" ");
                name = parts[0];
                version = Version.parse(parts[1]);
                lines = new TreeSet<>();
            } else if (lines != null) {
                lines.add(l.strip());
            }
        }
        if (name != null) {
            packages.add(PackageApi.of(name, version, lines));
        }
        return packages;
    }

    private Map<String, List<PackageApi>> snapshots() throws IOException {
        Map<String, List<PackageApi>> all = new TreeMap<>();
        if (!Files.isDirectory(snapshots)) {
            return all;
        }
        try (Stream<Path> files = Files.list(snapshots)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".api")).sorted().toList()) {
                all.put(f.getFileName().toString().replaceFirst("\\.api$", ""),
                        parse(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return all;
    }

    private static Map<String, PackageApi> byName(List<PackageApi> packages) {
        Map<String, PackageApi> m = new LinkedHashMap<>();
        packages.forEach(p -> m.put(p.name(), p));
        return m;
    }

    /** The packages of an Export-Package header with their versions (0.0.0 when none is given). */
    static Map<String, Version> exports(String header) {
        Map<String, Version> exports = new TreeMap<>();
        if (header == null || header.isBlank()) {
            return exports;
        }
        for (String clause : split(header, ',')) {
            List<String> parts = split(clause, ';');
            Version version = new Version(0, 0, 0);
            List<String> names = new ArrayList<>();
            for (String part : parts) {
                String p = part.strip();
                if (p.startsWith("version=") || p.startsWith("specification-version=")) {
                    version = Version.parse(p.substring(p.indexOf('=') + 1).replace("\"", ""));
                } else if (!p.contains("=")) {
                    names.add(p);
                }
            }
            for (String n : names) {
                exports.put(n, version);
            }
        }
        return exports;
    }

    private static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : s.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == sep && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }
}
