package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RollupTree} on a scratch in-memory Derby: after units moved (also several at once, while nobody was
 * watching), the roll-ups are exactly what counting the evaluations afresh under the new tree gives.
 */
class RollupTreeTest {

    record Eval(long unit, int score, String matter, LocalDate day, boolean excluded) {
    }

    static final LocalDate D1 = LocalDate.of(2026, 3, 2);
    static final LocalDate D2 = LocalDate.of(2026, 3, 3);
    static final List<Eval> EVALS = List.of(new Eval(5, 5, "M1", D1, false), new Eval(5, 1, "M1", D1, false),
            new Eval(5, 4, null, D2, true), new Eval(4, 2, "M2", D1, false), new Eval(4, 5, "M1", D2, false),
            new Eval(2, 3, "M1", D1, false), new Eval(3, 5, "M2", D2, false), new Eval(6, 1, "M1", D1, false));

    Connection c;

    @BeforeEach
    void open() throws SQLException {
        c = new EmbeddedDriver().connect("jdbc:derby:memory:rolluptree" + System.nanoTime() + ";create=true",
                new Properties());
        try (Statement s = c.createStatement()) {
            s.execute(
                    "CREATE TABLE EVAL_ROLLUP (DIM VARCHAR(1) NOT NULL, RKEY VARCHAR(100) NOT NULL, DAY DATE NOT NULL, "
                            + "N1 BIGINT NOT NULL, N2 BIGINT NOT NULL, N3 BIGINT NOT NULL, N4 BIGINT NOT NULL, N5 BIGINT NOT NULL, "
                            + "X1 BIGINT NOT NULL, X2 BIGINT NOT NULL, X3 BIGINT NOT NULL, X4 BIGINT NOT NULL, X5 BIGINT NOT NULL, "
                            + "PRIMARY KEY (DIM, RKEY, DAY))");
            s.execute("CREATE TABLE EVAL_ROLLUP_MONTH (MONTH_START DATE NOT NULL PRIMARY KEY, STAMP BIGINT NOT NULL)");
            s.execute("CREATE TABLE EVAL_UNIT_TREE (UNIT_ID BIGINT NOT NULL PRIMARY KEY, PARENT_ID BIGINT)");
        }
        c.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        c.rollback();
        c.close();
    }

    /** Parents by unit: 1 province; 2 and 3 cities; 4 a county under 2; 5 a township under 4; 6 a county under 3. */
    static UnitTree tree(long... childParentPairs) {
        Map<Long, Long> parents = new HashMap<>(Map.of(2L, 1L, 3L, 1L, 4L, 2L, 5L, 4L, 6L, 3L));
        parents.put(1L, null);
        for (int i = 0; i < childParentPairs.length; i += 2) {
            parents.put(childParentPairs[i], childParentPairs[i + 1]);
        }
        return new UnitTree(parents);
    }

    static SortedMap<Rollup, long[]> counted(UnitTree tree) {
        SortedMap<Rollup, long[]> rows = new TreeMap<>();
        for (Eval e : EVALS) {
            RollupStore.add(rows, Rollup.keysOf(tree.selfAndAncestors(e.unit), "1", null, null, e.matter, e.day),
                    e.score,
                    e.excluded, 1);
        }
        return rows;
    }

    /** EVAL_ROLLUP as text, rows of zeros left out. */
    Map<String, String> table() throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM EVAL_ROLLUP")) {
            while (rs.next()) {
                long[] n = new long[10];
                for (int i = 0; i < 10; i++) {
                    n[i] = rs.getLong(4 + i);
                }
                if (Arrays.stream(n).anyMatch(v -> v != 0)) {
                    rows.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getDate(3), Arrays.toString(n));
                }
            }
        }
        return rows;
    }

    Map<String, String> expected(UnitTree tree) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM EVAL_ROLLUP");
        }
        RollupStore.apply(c, counted(tree));
        return table();
    }

    @Test
    void movedUnitsTakeTheirCountsAlongAndNothingMovesTwice() throws SQLException {
        UnitTree before = tree();
        // what the roll-ups must be under the tree after the moves: the county 4 and its township 5 swap places
        // (5 under city 3, 4 under 5) and city 3's county 6 goes to city 2
        UnitTree after = tree(5, 3, 4, 5, 6, 2);
        Map<String, String> wantBefore = expected(before);
        Map<String, String> want = expected(after);
        assertFalse(want.equals(wantBefore));

        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM EVAL_ROLLUP");
        }
        RollupStore.apply(c, counted(before));
        RollupTree.Outcome first = RollupTree.reconcile(c, before);
        assertEquals(0, first.moved());
        assertEquals(6, first.added(), "the first reconcile records the tree the roll-ups were made with");
        assertEquals(wantBefore, table());

        RollupTree.Outcome moved = RollupTree.reconcile(c, after);
        assertEquals(3, moved.moved());
        assertEquals(want, table());
        assertEquals(after, RollupTree.lockedTree(c));

        RollupTree.Outcome again = RollupTree.reconcile(c, after);
        assertFalse(again.changed(), "a second reconcile finds nothing to move");
        assertEquals(want, table());
    }

    @Test
    void newAndRemovedUnitsMoveNoCounts() throws SQLException {
        UnitTree before = tree();
        RollupStore.apply(c, counted(before));
        RollupTree.reconcile(c, before);
        Map<String, String> start = table();
        Map<Long, Long> grown = new HashMap<>(Map.of(2L, 1L, 3L, 1L, 4L, 2L, 5L, 4L, 6L, 3L, 7L, 6L));
        grown.put(1L, null);
        RollupTree.Outcome outcome = RollupTree.reconcile(c, new UnitTree(grown));
        assertEquals(1, outcome.added());
        assertEquals(0, outcome.moved());
        assertEquals(start, table());
        grown.remove(7L);
        assertEquals(1, RollupTree.reconcile(c, new UnitTree(grown)).removed());
        assertEquals(start, table());
    }
}
