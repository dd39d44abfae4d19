package org.xingfeng.evaluations.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.persistence.EntityManagerFactory;

import org.xingfeng.platform.api.persistence.Jpa;

/**
 * Counts EVAL_ROLLUP afresh from EVAL_EVALUATION under the given tree, in one transaction, and records that tree in
 * EVAL_UNIT_TREE: after a restore or a bulk load. Streams the evaluations once and keeps the roll-up rows in memory (a row per key and day: a few hundred
 * thousand for a city's year).
 */
final class RollupRebuild {

    private RollupRebuild() {
    }

    /**
     * @param inTransaction given the count, runs before the commit (the audit entry, which then commits or rolls back
     *            with the roll-ups)
     * @return the number of evaluations counted
     */
    static long run(EntityManagerFactory emf, UnitTree tree, java.util.function.LongConsumer inTransaction) {
        // the platform's transaction helper: the audit entry recorded by inTransaction joins this transaction
        return Jpa.inTransaction(emf, em -> {
            try {
                Connection c = em.unwrap(Connection.class);
                SortedMap<Rollup, long[]> rows = new TreeMap<>();
                long n = 0;
                try (PreparedStatement q = c
                        .prepareStatement("SELECT UNIT_ID, WINDOW_NO, STAFF_ID, SECTION_ID, MATTER_CODE, DAY, "
                                + "SCORE, APPEAL FROM EVAL_EVALUATION")) {
                    q.setFetchSize(1000);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            long staff = rs.getLong(3);
                            Long staffId = rs.wasNull() ? null : staff;
                            long section = rs.getLong(4);
                            Long sectionId = rs.wasNull() ? null : section;
                            var keys = Rollup.keysOf(tree.selfAndAncestors(rs.getLong(1)), rs.getString(2), staffId,
                                    sectionId, rs.getString(5), rs.getDate(6).toLocalDate());
                            RollupStore.add(rows, keys, rs.getInt(7), "UPHELD".equals(rs.getString(8)), 1);
                            n++;
                        }
                    }
                }
                RollupStore.deleteAll(c);
                RollupStore.apply(c, rows);
                RollupTree.reset(c, tree);
                inTransaction.accept(n);
                return n;
            } catch (SQLException e) {
                throw new IllegalStateException("roll-ups not rebuilt", e);
            }
        });
    }
}
