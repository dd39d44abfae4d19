package org.xingfeng.evaluations.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A snapshot of the organisation tree as parents by unit: what roll-up keys are made from. Immutable. */
final class UnitTree {

    static final UnitTree EMPTY = new UnitTree(Map.of());

    /** Unit id to parent id (null for a root). */
    private final Map<Long, Long> parents;

    UnitTree(Map<Long, Long> parents) {
        this.parents = Collections.unmodifiableMap(new HashMap<>(parents));
    }

    boolean contains(long unitId) {
        return parents.containsKey(unitId);
    }

    Long parent(long unitId) {
        return parents.get(unitId);
    }

    Set<Long> units() {
        return parents.keySet();
    }

    boolean isEmpty() {
        return parents.isEmpty();
    }

    /** The unit and its ancestors, the unit first; empty for an unknown unit. */
    List<Long> selfAndAncestors(long unitId) {
        return chain(parents, unitId);
    }

    /** Number of ancestors. */
    int depth(long unitId) {
        return Math.max(0, chain(parents, unitId).size() - 1);
    }

    /** {@code start} and its ancestors in {@code parents} (empty for null or an unknown unit; a cycle is cut). */
    static List<Long> chain(Map<Long, Long> parents, Long start) {
        List<Long> chain = new ArrayList<>();
        Long u = start;
        while (u != null && parents.containsKey(u) && chain.size() < 32 && !chain.contains(u)) {
            chain.add(u);
            u = parents.get(u);
        }
        return chain;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitTree t && t.parents.equals(parents);
    }

    @Override
    public int hashCode() {
        return parents.hashCode();
    }
}
