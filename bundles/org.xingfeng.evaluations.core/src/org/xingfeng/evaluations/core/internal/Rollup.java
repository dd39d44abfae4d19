package org.xingfeng.evaluations.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.xingfeng.evaluations.api.Dimension;

/** A roll-up row's key: dimension, key and day. The keys an evaluation counts under are {@link #keysOf}. */
record Rollup(String dim, String key, LocalDate day) implements Comparable<Rollup> {

    static String code(Dimension d) {
        return switch (d) {
            case UNIT -> "U";
            case WINDOW -> "W";
            case STAFF -> "S";
            case SECTION -> "C";
            case MATTER -> "M";
        };
    }

    /** Key of a window or matter within a unit. */
    static String within(long unitId, String local) {
        return unitId + "/" + local;
    }

    /**
     * Every roll-up an evaluation counts under: its unit and each unit above it; its window within its unit;
     * its staff member and section; its matter within its unit and each unit above it.
     */
    static List<Rollup> keysOf(List<Long> unitAndAncestors, String windowNo, Long staffId, Long sectionId,
            String matterCode, LocalDate day) {
        List<Rollup> keys = new ArrayList<>(4 + 2 * unitAndAncestors.size());
        for (long u : unitAndAncestors) {
            keys.add(new Rollup("U", Long.toString(u), day));
            if (matterCode != null) {
                keys.add(new Rollup("M", within(u, matterCode), day));
            }
        }
        if (windowNo != null && !unitAndAncestors.isEmpty()) {
            keys.add(new Rollup("W", within(unitAndAncestors.get(0), windowNo), day));
        }
        if (staffId != null) {
            keys.add(new Rollup("S", staffId.toString(), day));
        }
        if (sectionId != null) {
            keys.add(new Rollup("C", sectionId.toString(), day));
        }
        return keys;
    }

    @Override
    public int compareTo(Rollup o) {
        int c = dim.compareTo(o.dim);
        if (c == 0) {
            c = key.compareTo(o.key);
        }
        return c != 0 ? c : day.compareTo(o.day);
    }
}
