package org.xingfeng.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The machine's limit for durable commits: raw embedded Derby over JDBC in a scratch database, default durability
 * (the log forced at each commit), a table with a primary key and a unique 20-character index.
 */
final class DerbyCommits {

    record Limit(int threads, int rowsPerCommit, long commits, double seconds, long[] sorted) {
        double commitsPerSecond() {
            return commits / seconds;
        }

        double rowsPerSecond() {
            return commits * (double) rowsPerCommit / seconds;
        }

        String summary() {
            return String.format(Locale.ROOT, "%,.0f commits/s (%,.0f rows/s); commit p50 %s ms, p99 %s ms",
                    commitsPerSecond(),
                    rowsPerSecond(), Stats.ms(Stats.percentileMs(sorted, 0.5)),
                    Stats.ms(Stats.percentileMs(sorted, 0.99)));
        }
    }

    private static final String INSERT = "INSERT INTO T VALUES (?, ?, ?, ?)";

    private final Path dir;
    private final Duration round;
    private final AtomicLong ids = new AtomicLong();

    DerbyCommits(Path dir, Duration round) {
        this.dir = dir;
        this.round = round;
    }

    private String url() {
        return "jdbc:derby:" + dir;
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url() + ";create=true");
        try (Statement s = c.createStatement(); ResultSet rs = c.getMetaData().getTables(null, "APP", "T", null)) {
            if (!rs.next()) {
                s.execute(
                        "CREATE TABLE T (ID BIGINT NOT NULL PRIMARY KEY, CODE VARCHAR(20) NOT NULL, SCORE INT NOT NULL, "
                                + "CREATED_AT TIMESTAMP NOT NULL)");
                s.execute("CREATE UNIQUE INDEX T_CODE ON T (CODE)");
            }
        }
        return c;
    }

    private static void bind(PreparedStatement ps, long id) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, String.format("R-%018x", id * 0x9E3779B97F4A7C15L)); // 20 chars, unique, scattered over the index
        ps.setInt(3, (int) (id % 5) + 1);
        ps.setTimestamp(4, new Timestamp(System.currentTimeMillis()));
    }

    /** One row per commit from the given number of threads, for the round's length, after a 2 s warm-up. */
    Limit perRow(int threads) throws Exception {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            c.setAutoCommit(true); // warm-up: compile the statement and load the classes
            long end = System.nanoTime() + 2_000_000_000L;
            while (System.nanoTime() < end) {
                bind(ps, ids.incrementAndGet());
                ps.executeUpdate();
            }
        }
        long start = System.nanoTime();
        long end = start + round.toNanos();
        long[][] lat = new long[threads][];
        int[] n = new int[threads];
        Thread[] ts = new Thread[threads];
        Exception[] failure = new Exception[1];
        for (int t = 0; t < threads; t++) {
            int me = t;
            ts[t] = new Thread(() -> {
                long[] l = new long[4096];
                int k = 0;
                try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(INSERT)) {
                    c.setAutoCommit(true);
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) {
                            break;
                        }
                        bind(ps, ids.incrementAndGet());
                        ps.executeUpdate();
                        if (k == l.length) {
                            l = Arrays.copyOf(l, k * 2);
                        }
                        l[k++] = System.nanoTime() - t0;
                    }
                } catch (Exception e) {
                    failure[0] = e;
                }
                lat[me] = l;
                n[me] = k;
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Limit(threads, 1, Arrays.stream(n).sum(), seconds, Stats.merge(lat, n));
    }

    /** One thread committing batches of the given size (the writer's largest batch), for half the round (3 s at least). */
    Limit batches(int batch) throws Exception {
        long start = System.nanoTime();
        long end = start + Math.max(3, round.toSeconds() / 2) * 1_000_000_000L;
        long[] l = new long[1024];
        int k = 0;
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            c.setAutoCommit(false);
            while (true) {
                long t0 = System.nanoTime();
                if (t0 >= end) {
                    break;
                }
                for (int i = 0; i < batch; i++) {
                    bind(ps, ids.incrementAndGet());
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
                if (k == l.length) {
                    l = Arrays.copyOf(l, k * 2);
                }
                l[k++] = System.nanoTime() - t0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = Arrays.copyOf(l, k);
        Arrays.sort(sorted);
        return new Limit(1, batch, k, seconds, sorted);
    }

    /** Shuts the scratch database down and deletes it. */
    void drop() throws IOException {
        shutdown(url());
        Run.deleteTree(dir);
    }

    static void shutdown(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) { // 08006: the normal answer to a shutdown
                System.err.println("   database shutdown: " + e.getMessage());
            }
        }
    }
}
