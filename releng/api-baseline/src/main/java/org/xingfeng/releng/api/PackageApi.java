package org.xingfeng.releng.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** One exported package: its name, its exported version and its public signatures (see {@link ApiReader}). */
record PackageApi(String name, Version version, SortedSet<String> lines) {

    /** What a caller or implementer of the package meets when the API goes from {@code before} to this. */
    enum Change {
        NONE, ADDITION, BREAKING
    }

    /** The lines gone (removed or changed) since {@code before}. */
    List<String> removedSince(PackageApi before) {
        List<String> gone = new ArrayList<>(before.lines);
        gone.removeAll(lines);
        return gone;
    }

    /** The lines new since {@code before}. */
    List<String> addedSince(PackageApi before) {
        List<String> added = new ArrayList<>(lines);
        added.removeAll(before.lines);
        return added;
    }

    /**
     * The kind of change since {@code before}: anything removed or changed breaks callers; a new abstract method in an
     * interface or abstract class breaks its implementers too (unless the type is marked {@code @ProviderType}: only
     * the providing bundle implements it); anything else new is an addition.
     */
    Change changeSince(PackageApi before) {
        if (!removedSince(before).isEmpty()) {
            return Change.BREAKING;
        }
        List<String> added = addedSince(before);
        if (added.isEmpty()) {
            return Change.NONE;
        }
        Map<String, String> types = new HashMap<>();
        for (String l : lines) {
            if (l.startsWith("type ")) {
                String rest = l.substring(5);
                types.put(rest.substring(0, rest.indexOf(' ')), rest);
            }
        }
        for (String l : added) {
            if (l.startsWith("method ") && l.contains(") public abstract ")) {
                String owner = l.substring(7, l.substring(0, l.indexOf('(')).lastIndexOf('.'));
                String type = types.getOrDefault(owner, "");
                boolean existed = before.lines.stream().anyMatch(b -> b.startsWith("type " + owner + " "));
                if (existed && !type.contains("@ProviderType")) {
                    return Change.BREAKING;
                }
            }
        }
        return Change.ADDITION;
    }

    /** The lowest version this package needs after {@code change} from {@code before}'s version. */
    static Version needed(Version before, Change change) {
        return switch (change) {
            case NONE -> before;
            // an addition moves the minor version
            case ADDITION -> new Version(before.major(), before.minor() + 1, 0);
            // a removal or change moves the major version; below 1.0 the minor is the major (ranges [0.n,0.n+1))
            case BREAKING -> before.major() == 0 ? new Version(0, before.minor() + 1, 0)
                    : new Version(before.major() + 1, 0, 0);
        };
    }

    static PackageApi of(String name, Version version, SortedSet<String> lines) {
        TreeSet<String> ordered = new TreeSet<>(BY_TYPE);
        ordered.addAll(lines);
        return new PackageApi(name, version, ordered);
    }

    /** Lines grouped by their type: the type's own line, then its constructors, fields and methods. */
    static final Comparator<String> BY_TYPE = Comparator.comparing(PackageApi::owner)
            .thenComparingInt(PackageApi::rank).thenComparing(Comparator.naturalOrder());

    private static String owner(String line) {
        String rest = line.substring(line.indexOf(' ') + 1);
        if (line.startsWith("type ") || line.startsWith("constructor ")) {
            return rest.split("[ (]", 2)[0];
        }
        String member = rest.split("[ (]", 2)[0];
        return member.substring(0, member.lastIndexOf('.'));
    }

    private static int rank(String line) {
        return line.startsWith("type ") ? 0 : line.startsWith("constructor ") ? 1 : line.startsWith("field ") ? 2 : 3;
    }
}
