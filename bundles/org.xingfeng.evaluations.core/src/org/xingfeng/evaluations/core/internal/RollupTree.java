package org.xingfeng.evaluations.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keeps the roll-ups in step with the organisation tree. The unit and matter roll-ups of a unit count its whole
 * subtree, so when a unit gets another parent its own rows are exactly what moves: they are taken from the
 * ancestors it left and added to those it joined (a few rows per day, not a rescan of the evaluations). What the
 * roll-ups count under is kept in EVAL_UNIT_TREE; {@link #reconcile} compares it with the current tree, in the
 * caller's transaction, under the lock row, so two servers on one database never move the same counts twice and a
 * move made while this module was not installed is caught up at its next start.
 */
final class RollupTree {

    static final long LOCK_ROW = -1;

    /** What one reconcile did. */
    record Outcome(UnitTree tree, int moved, int added, int removed) {
        boolean changed() {
            return moved + added + removed > 0;
        }
    }

    private RollupTree() {
    }

    /** Brings EVAL_UNIT_TREE and the roll-ups to {@code current}; returns it with what changed. */
    static Outcome reconcile(Connection c, UnitTree current) throws SQLException {
        lock(c);
        Map<Long, Long> stored = stored(c);
        if (stored.isEmpty()) {
            // first start (or an upgrade): the roll-ups were made with the tree as it is
            insert(c, current, current.units());
            bump(c);
            return new Outcome(current, 0, current.units().size(), 0);
        }
        Map<Long, Long> working = new HashMap<>(stored);
        List<Long> moved = new ArrayList<>();
        Set<Long> added = new HashSet<>();
        for (long u : current.units()) {
            if (!stored.containsKey(u)) {
                added.add(u);
            } else if (!Objects.equals(stored.get(u), current.parent(u))) {
                moved.add(u);
            }
        }
        // new units first (they hold no counts yet), then moves top-down, so every step is a move within a tree
        for (long u : added) {
            working.put(u, current.parent(u));
        }
        moved.sort(Comparator.comparingInt(current::depth));
        try (PreparedStatement up = c.prepareStatement("UPDATE EVAL_UNIT_TREE SET PARENT_ID = ? WHERE UNIT_ID = ?")) {
            for (long u : moved) {
                Long to = current.parent(u);
                move(c, u, UnitTree.chain(working, working.get(u)), UnitTree.chain(working, to));
                working.put(u, to);
                setLong(up, 1, to);
                up.setLong(2, u);
                up.executeUpdate();
            }
        }
        insert(c, current, added);
        Set<Long> removed = new HashSet<>(stored.keySet());
        removed.removeAll(current.units());
        try (PreparedStatement del = c.prepareStatement("DELETE FROM EVAL_UNIT_TREE WHERE UNIT_ID = ?")) {
            for (long u : removed) {
                del.setLong(1, u);
                del.executeUpdate();
            }
        }
        Outcome outcome = new Outcome(current, moved.size(), added.size(), removed.size());
        if (outcome.changed()) {
            bump(c);
        }
        return outcome;
    }

    /** After a full rebuild from the current tree: EVAL_UNIT_TREE becomes that tree. */
    static void reset(Connection c, UnitTree current) throws SQLException {
        lock(c);
        try (PreparedStatement del = c.prepareStatement("DELETE FROM EVAL_UNIT_TREE WHERE UNIT_ID <> ?")) {
            del.setLong(1, LOCK_ROW);
            del.executeUpdate();
        }
        insert(c, current, current.units());
        bump(c);
    }

    /** The tree the roll-ups count under, read in the caller's transaction under the lock row. */
    static UnitTree lockedTree(Connection c) throws SQLException {
        lock(c);
        return new UnitTree(stored(c));
    }

    /** Takes {@code unit}'s own unit and matter rows away from {@code from}'s units and adds them to {@code to}'s. */
    private static void move(Connection c, long unit, List<Long> from, List<Long> to) throws SQLException {
        List<Long> leave = new ArrayList<>(from);
        leave.removeAll(to);
        List<Long> join = new ArrayList<>(to);
        join.removeAll(from);
        if (leave.isEmpty() && join.isEmpty()) {
            return;
        }
        SortedMap<Rollup, long[]> deltas = new TreeMap<>();
        String own = Long.toString(unit);
        String prefix = Rollup.within(unit, "");
        // two range reads on the primary key (DIM, RKEY, DAY): the unit's row per day, its matters' rows per day
        for (String dim : new String[] { "U", "M" }) {
            try (PreparedStatement q = c.prepareStatement("SELECT RKEY, DAY, N1, N2, N3, N4, N5, X1, X2, X3, X4, X5 "
                    + "FROM EVAL_ROLLUP WHERE DIM = ? AND " + ("U".equals(dim) ? "RKEY = ?" : "RKEY LIKE ?"))) {
                q.setString(1, dim);
                q.setString(2, "U".equals(dim) ? own : prefix + "%");
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String key = rs.getString(1);
                        if ("M".equals(dim) && !key.startsWith(prefix)) {
                            continue;
                        }
                        String matter = "M".equals(dim) ? key.substring(prefix.length()) : null;
                        LocalDate day = rs.getDate(2).toLocalDate();
                        long[] counts = new long[RollupStore.WIDTH];
                        for (int i = 0; i < RollupStore.WIDTH; i++) {
                            counts[i] = rs.getLong(3 + i);
                        }
                        for (long a : leave) {
                            add(deltas, rowKey(dim, a, matter, day), counts, -1);
                        }
                        for (long a : join) {
                            add(deltas, rowKey(dim, a, matter, day), counts, 1);
                        }
                    }
                }
            }
        }
        RollupStore.apply(c, deltas);
    }

    private static Rollup rowKey(String dim, long unit, String matter, LocalDate day) {
        return new Rollup(dim, matter == null ? Long.toString(unit) : Rollup.within(unit, matter), day);
    }

    private static void add(SortedMap<Rollup, long[]> deltas, Rollup key, long[] counts, int sign) {
        long[] d = deltas.computeIfAbsent(key, k -> new long[RollupStore.WIDTH]);
        for (int i = 0; i < d.length; i++) {
            d[i] += sign * counts[i];
        }
    }

    /** Holds the lock row until the transaction ends (made at the first use). */
    private static void lock(Connection c) throws SQLException {
        try (PreparedStatement up = c
                .prepareStatement("UPDATE EVAL_UNIT_TREE SET PARENT_ID = PARENT_ID WHERE UNIT_ID = ?")) {
            up.setLong(1, LOCK_ROW);
            if (up.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ins = c
                .prepareStatement("INSERT INTO EVAL_UNIT_TREE (UNIT_ID, PARENT_ID) VALUES (?, 0)")) {
            ins.setLong(1, LOCK_ROW);
            ins.executeUpdate();
        }
    }

    private static void bump(Connection c) throws SQLException {
        try (PreparedStatement up = c
                .prepareStatement("UPDATE EVAL_UNIT_TREE SET PARENT_ID = PARENT_ID + 1 WHERE UNIT_ID = ?")) {
            up.setLong(1, LOCK_ROW);
            up.executeUpdate();
        }
    }

    private static Map<Long, Long> stored(Connection c) throws SQLException {
        Map<Long, Long> parents = new HashMap<>();
        try (PreparedStatement q = c
                .prepareStatement("SELECT UNIT_ID, PARENT_ID FROM EVAL_UNIT_TREE WHERE UNIT_ID <> ?")) {
            q.setLong(1, LOCK_ROW);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long parent = rs.getLong(2);
                    Long parentId = rs.wasNull() ? null : parent; // before reading the next column
                    parents.put(rs.getLong(1), parentId);
                }
            }
        }
        return parents;
    }

    private static void insert(Connection c, UnitTree tree, Set<Long> units) throws SQLException {
        if (units.isEmpty()) {
            return;
        }
        try (PreparedStatement ins = c
                .prepareStatement("INSERT INTO EVAL_UNIT_TREE (UNIT_ID, PARENT_ID) VALUES (?, ?)")) {
            for (long u : units) {
                ins.setLong(1, u);
                setLong(ins, 2, tree.parent(u));
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }
}
