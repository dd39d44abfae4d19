package org.xingfeng.evaluations.core.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.xingfeng.evaluations.api.LevelCounts;

/**
 * EVAL_ROLLUP in plain SQL. Counts are arrays of ten: [0..4] counted levels 1..5, [5..9] excluded levels 1..5.
 * Writers change rows in key order (the map is sorted), so two writers never deadlock on them.
 */
final class RollupStore {

    static final int WIDTH = 10;
    private static final String COLUMNS = "N1, N2, N3, N4, N5, X1, X2, X3, X4, X5";
    private static final String SUMS = "SUM(N1), SUM(N2), SUM(N3), SUM(N4), SUM(N5), SUM(X1), SUM(X2), SUM(X3), SUM(X4), SUM(X5)";

    private RollupStore() {
    }

    /** Adds the deltas, creating rows that do not exist yet, in the caller's transaction. */
    static void apply(Connection c, SortedMap<Rollup, long[]> deltas) throws SQLException {
        if (deltas.isEmpty()) {
            return;
        }
        List<Map.Entry<Rollup, long[]>> entries = new ArrayList<>(deltas.entrySet());
        int[] updated;
        try (PreparedStatement up = c.prepareStatement("UPDATE EVAL_ROLLUP SET N1 = N1 + ?, N2 = N2 + ?, N3 = N3 + ?, "
                + "N4 = N4 + ?, N5 = N5 + ?, X1 = X1 + ?, X2 = X2 + ?, X3 = X3 + ?, X4 = X4 + ?, X5 = X5 + ? "
                + "WHERE DIM = ? AND RKEY = ? AND DAY = ?")) {
            for (Map.Entry<Rollup, long[]> e : entries) {
                long[] d = e.getValue();
                for (int i = 0; i < WIDTH; i++) {
                    up.setLong(i + 1, d[i]);
                }
                up.setString(11, e.getKey().dim());
                up.setString(12, e.getKey().key());
                up.setDate(13, Date.valueOf(e.getKey().day()));
                up.addBatch();
            }
            updated = up.executeBatch();
        }
        boolean missing = false;
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO EVAL_ROLLUP (DIM, RKEY, DAY, " + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < entries.size(); n++) {
                if (updated[n] == 0) {
                    Map.Entry<Rollup, long[]> e = entries.get(n);
                    ins.setString(1, e.getKey().dim());
                    ins.setString(2, e.getKey().key());
                    ins.setDate(3, Date.valueOf(e.getKey().day()));
                    long[] d = e.getValue();
                    for (int i = 0; i < WIDTH; i++) {
                        ins.setLong(i + 4, d[i]);
                    }
                    ins.addBatch();
                    missing = true;
                }
            }
            if (missing) {
                ins.executeBatch();
            }
        }
        TreeSet<LocalDate> months = new TreeSet<>();
        for (Rollup r : deltas.keySet()) {
            months.add(r.day().withDayOfMonth(1));
        }
        bump(c, months);
    }

    /**
     * Raises the stamps of the months (first days), in order, in the caller's transaction: every change of EVAL_ROLLUP
     * rows must, so that the day counts of closed months a server keeps ({@link MonthSums}) are read again. A month without
     * a stamp row counts as stamp 0.
     */
    static void bump(Connection c, Collection<LocalDate> months) throws SQLException {
        if (months.isEmpty()) {
            return;
        }
        List<LocalDate> list = new ArrayList<>(months);
        int[] updated;
        try (PreparedStatement up = c
                .prepareStatement("UPDATE EVAL_ROLLUP_MONTH SET STAMP = STAMP + 1 WHERE MONTH_START = ?")) {
            for (LocalDate m : list) {
                up.setDate(1, Date.valueOf(m));
                up.addBatch();
            }
            updated = up.executeBatch();
        }
        try (PreparedStatement ins = c
                .prepareStatement("INSERT INTO EVAL_ROLLUP_MONTH (MONTH_START, STAMP) VALUES (?, 1)")) {
            boolean any = false;
            for (int i = 0; i < list.size(); i++) {
                if (updated[i] == 0) {
                    ins.setDate(1, Date.valueOf(list.get(i)));
                    ins.addBatch();
                    any = true;
                }
            }
            if (any) {
                ins.executeBatch();
            }
        }
    }

    /** Deletes every roll-up row, raising the stamps of the months that had any. */
    static void deleteAll(Connection c) throws SQLException {
        TreeSet<LocalDate> months = new TreeSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT DISTINCT DAY FROM EVAL_ROLLUP")) {
            while (rs.next()) {
                months.add(rs.getDate(1).toLocalDate().withDayOfMonth(1));
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM EVAL_ROLLUP");
        }
        bump(c, months);
    }

    /** The stamps of the months (first days) from {@code first} to {@code last}; a month without a row is missing. */
    static Map<LocalDate, Long> stamps(EntityManager em, LocalDate first, LocalDate last) {
        Query q = em.createNativeQuery(
                "SELECT MONTH_START, STAMP FROM EVAL_ROLLUP_MONTH WHERE MONTH_START BETWEEN ? AND ?");
        q.setParameter(1, Date.valueOf(first)).setParameter(2, Date.valueOf(last));
        Map<LocalDate, Long> stamps = new HashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            stamps.put(localDate(r[0]), ((Number) r[1]).longValue());
        }
        return stamps;
    }

    /**
     * The day rows of the keys (or of the keys starting with {@code prefix}, when it is not null) over [from, to], per
     * month (first day) and key: the counts of day d at [(d - 1) * WIDTH, d * WIDTH).
     */
    static Map<LocalDate, Map<String, int[]>> dayRows(EntityManager em, String dim, List<String> keys, String prefix,
            LocalDate from, LocalDate to) {
        Map<LocalDate, Map<String, int[]>> result = new HashMap<>();
        for (List<String> chunk : prefix != null ? List.of(List.<String>of()) : chunks(keys)) {
            String which = prefix != null ? "RKEY LIKE ?"
                    : chunk.size() == 1 ? "RKEY = ?" : "RKEY IN (" + marks(chunk.size()) + ")";
            Query q = em.createNativeQuery("SELECT RKEY, DAY, " + COLUMNS + " FROM EVAL_ROLLUP WHERE DIM = ? AND "
                    + which + " AND DAY BETWEEN ? AND ?");
            int p = 1;
            q.setParameter(p++, dim);
            if (prefix != null) {
                q.setParameter(p++, prefix + "%");
            } else {
                for (String k : chunk) {
                    q.setParameter(p++, k);
                }
            }
            q.setParameter(p++, Date.valueOf(from)).setParameter(p, Date.valueOf(to));
            for (Object row : q.getResultList()) {
                Object[] r = (Object[]) row;
                String key = (String) r[0];
                if (prefix != null && !key.startsWith(prefix)) {
                    continue;
                }
                LocalDate day = localDate(r[1]);
                int[] days = result.computeIfAbsent(day.withDayOfMonth(1), m -> new HashMap<>())
                        .computeIfAbsent(key, k -> new int[day.lengthOfMonth() * WIDTH]);
                long[] c = counts(r, 2);
                for (int i = 0; i < WIDTH; i++) {
                    days[(day.getDayOfMonth() - 1) * WIDTH + i] = Math.toIntExact(c[i]);
                }
            }
        }
        return result;
    }

    private static List<List<String>> chunks(List<String> keys) {
        List<List<String>> chunks = new ArrayList<>();
        for (int start = 0; start < keys.size(); start += 200) {
            chunks.add(keys.subList(start, Math.min(keys.size(), start + 200)));
        }
        return chunks;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static LocalDate localDate(Object day) {
        return day instanceof Date sql ? sql.toLocalDate() : (LocalDate) day;
    }

    static void add(SortedMap<Rollup, long[]> deltas, Collection<Rollup> keys, int score, boolean excluded, int sign) {
        int slot = (excluded ? 5 : 0) + score - 1;
        for (Rollup k : keys) {
            deltas.computeIfAbsent(k, x -> new long[WIDTH])[slot] += sign;
        }
    }

    /** Sums of one key over [from, to]. */
    static long[] sum(EntityManager em, String dim, String key, LocalDate from, LocalDate to) {
        return sumByKey(em, dim, List.of(key), from, to).getOrDefault(key, new long[WIDTH]);
    }

    /** Sums per key over [from, to] for the given keys (at most a few hundred at a time). */
    static Map<String, long[]> sumByKey(EntityManager em, String dim, List<String> keys, LocalDate from, LocalDate to) {
        Map<String, long[]> result = new LinkedHashMap<>();
        for (List<String> chunk : chunks(keys)) {
            Query q = em.createNativeQuery("SELECT RKEY, " + SUMS + " FROM EVAL_ROLLUP WHERE DIM = ? AND "
                    + (chunk.size() == 1 ? "RKEY = ?" : "RKEY IN (" + marks(chunk.size()) + ")")
                    + " AND DAY BETWEEN ? AND ? GROUP BY RKEY");
            int p = 1;
            q.setParameter(p++, dim);
            for (String k : chunk) {
                q.setParameter(p++, k);
            }
            q.setParameter(p++, Date.valueOf(from)).setParameter(p, Date.valueOf(to));
            for (Object row : q.getResultList()) {
                Object[] r = (Object[]) row;
                result.put((String) r[0], counts(r, 1));
            }
        }
        return result;
    }

    /** Sums per key over [from, to] for the keys that start with {@code prefix} ("unitId/": no LIKE wildcards in it). */
    static Map<String, long[]> sumByPrefix(EntityManager em, String dim, String prefix, LocalDate from, LocalDate to) {
        Query q = em.createNativeQuery("SELECT RKEY, " + SUMS + " FROM EVAL_ROLLUP WHERE DIM = ? AND RKEY LIKE ? "
                + "AND DAY BETWEEN ? AND ? GROUP BY RKEY");
        q.setParameter(1, dim).setParameter(2, prefix + "%")
                .setParameter(3, Date.valueOf(from)).setParameter(4, Date.valueOf(to));
        Map<String, long[]> result = new LinkedHashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            String key = (String) r[0];
            if (key.startsWith(prefix)) {
                result.put(key, counts(r, 1));
            }
        }
        return result;
    }

    /** One key's rows day by day over [from, to]. */
    static Map<LocalDate, long[]> byDay(EntityManager em, String dim, String key, LocalDate from, LocalDate to) {
        Query q = em.createNativeQuery("SELECT DAY, " + COLUMNS + " FROM EVAL_ROLLUP WHERE DIM = ? AND RKEY = ? "
                + "AND DAY BETWEEN ? AND ? ORDER BY DAY");
        q.setParameter(1, dim).setParameter(2, key).setParameter(3, Date.valueOf(from)).setParameter(4,
                Date.valueOf(to));
        Map<LocalDate, long[]> result = new LinkedHashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            result.put(localDate(r[0]), counts(r, 1));
        }
        return result;
    }

    private static long[] counts(Object[] row, int offset) {
        long[] c = new long[WIDTH];
        for (int i = 0; i < WIDTH; i++) {
            Object v = row[offset + i];
            c[i] = v == null ? 0 : ((Number) v).longValue();
        }
        return c;
    }

    static LevelCounts counted(long[] c) {
        return new LevelCounts(c[4], c[3], c[2], c[1], c[0]);
    }

    static LevelCounts excluded(long[] c) {
        return new LevelCounts(c[9], c[8], c[7], c[6], c[5]);
    }
}
