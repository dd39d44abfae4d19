package org.xingfeng.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The evaluations module's side of the bench: its REST calls, and a product database holding --rows evaluations
 * (one year of days up to yesterday) bulk-loaded over JDBC with their cases and roll-up rows, as the reports and the
 * unit move measure them. One is made per run and shared by the scenarios that need it.
 */
final class EvaluationsData {

    static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai"); // Bureau.DEFAULT_ZONE: the server's DAY column
    static final String SUBMIT = "/api/v1/evaluations/submissions";
    static final int LOAD_BATCH = 1_000;
    /** The rate limits the load and the logins would hit. */
    static final List<String> SERVER_OPTIONS = List.of("-Dxingfeng.ratelimit.evaluations.submit=100000000",
            "-Dxingfeng.ratelimit.auth.login=100000");

    /**
     * As {@link #SERVER_OPTIONS}, with the evaluations demo rating none of the demo records: every evaluation in the
     * database is then the bench's own, and the counts can be checked against what it sent or loaded.
     */
    static final List<String> OWN_EVALUATIONS_ONLY = Stream
            .concat(SERVER_OPTIONS.stream(), Stream.of("-Dxingfeng.sharePercent=0")).toList();

    record LoadResult(long rows, long cases, long rollups, long firstId, long lastId, double loadSeconds,
            double statsSeconds) {
    }

    record RawScan(long count, double firstMs, double medianMs, long rollupCount, double rollupFirstMs,
            double rollupMedianMs) {
    }

    /** A period of days, both ends included. */
    record Period(LocalDate from, LocalDate to) {
    }

    final Path data;
    final DemoOrg org;
    final LocalDate from;
    final LocalDate to;
    final LoadResult load;
    final Period quarter;
    final long county;
    final RawScan raw;
    /** The server on the loaded data, once a scenario has started it (shared with the next one). */
    ServerProcess server;
    String token;

    private EvaluationsData(Path data, DemoOrg org, LocalDate from, LocalDate to, LoadResult load, Period quarter,
            long county,
            RawScan raw) {
        this.data = data;
        this.org = org;
        this.from = from;
        this.to = to;
        this.load = load;
        this.quarter = quarter;
        this.county = county;
        this.raw = raw;
    }

    /** The run's loaded evaluations: made now (a server start for the schema and the demo city, then the load). */
    static EvaluationsData of(Run run) throws Exception {
        if (run.loaded != null) {
            return run.loaded;
        }
        long rows = run.options.number("rows", 10_000_000L);
        if (rows < 1000) {
            throw new IllegalArgumentException("--rows must be at least 1000");
        }
        Path data = run.work().resolve("reports-data");
        ServerProcess s = ServerProcess.start(run, run.fullServer(), data, "reports-schema", OWN_EVALUATIONS_ONLY);
        System.out.printf("  server ready in %d ms (fresh database, demo data): reads the demo organisation%n",
                s.readyMillis);
        DemoOrg org;
        try {
            org = DemoOrg.read(s.base, Http.login(s.base, ServerProcess.PASSWORD));
            System.out.println("  " + org.describe());
            // the demo's loaders finish here: stopped before, they would go on in the servers measured on the load
            System.out.printf("  server at rest %d ms later (the demo's loaders done)%n", s.waitIdle(300));
        } finally {
            s.stop();
        }
        LocalDate to = LocalDate.now(BUREAU).minusDays(1);
        LocalDate from = to.minusDays(364);
        Path db = data.resolve("db");
        LoadResult load = bulkLoad(db, org, rows, from, to);
        System.out.printf(Locale.ROOT,
                "  bulk load (durability=test, batches of %,d): %,d evaluations, %,d cases, %,d roll-up rows "
                        + "in %.0f s (%,.0f rows/s); statistics %.0f s; database %s%n",
                LOAD_BATCH, load.rows, load.cases,
                load.rollups, load.loadSeconds, load.rows / load.loadSeconds, load.statsSeconds,
                Stats.gib(Run.sizeOf(db)));
        Period q = fullQuarters(from, to).get(0);
        long county = org.counties.get(0).id();
        RawScan raw = rawScan(db, county, q.from, q.to);
        System.out.printf(Locale.ROOT,
                "  raw SQL, county %d, %s..%s (server stopped, default page cache): COUNT(*) = %,d; "
                        + "first %s ms, then median %s ms of 5%n",
                county, q.from, q.to, raw.count, Stats.ms(raw.firstMs),
                Stats.ms(raw.medianMs));
        System.out.printf(Locale.ROOT,
                "  same figure from EVAL_ROLLUP over JDBC: %,d; first %s ms, then median %s ms of 5 (%s)%n",
                raw.rollupCount, Stats.ms(raw.rollupFirstMs), Stats.ms(raw.rollupMedianMs),
                raw.rollupCount == raw.count ? "counts match" : "MISMATCH");
        run.loaded = new EvaluationsData(data, org, from, to, load, q, county, raw);
        return run.loaded;
    }

    /** The server on the loaded data: started now (timed, after the load) or the one a scenario before left running. */
    ServerProcess server(Run run) throws IOException, InterruptedException {
        if (server == null) {
            server = ServerProcess.start(run, run.fullServer(), data, "reports", OWN_EVALUATIONS_ONLY);
            token = Http.login(server.base, ServerProcess.PASSWORD);
        }
        return server;
    }

    /** Stops the server and deletes the data; the run's next scenario that needs them loads afresh. */
    static void release(Run run) throws IOException, InterruptedException {
        EvaluationsData d = run.loaded;
        run.loaded = null;
        if (d != null) {
            if (d.server != null) {
                d.server.stop();
            }
            Run.deleteTree(d.data);
        }
    }

    /** A raw SQL count in the server's words, for the limit column. */
    String rawCell() {
        return String.format(Locale.ROOT,
                "raw SQL `COUNT(*)` of a county quarter (%,d rows), server stopped: first %s ms, median %s ms",
                raw.count, Stats.ms(raw.firstMs), Stats.ms(raw.medianMs));
    }

    // ---- REST ----

    static long evaluationsTotal(String base, String token) throws IOException, InterruptedException {
        String body = Http.getOk(base + "/api/v1/evaluations?size=1", token);
        Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(body);
        if (!m.find()) {
            throw new IOException("no total in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    /** Counted levels 5..1 of a satisfaction answer; extra is e.g. "&by=UNIT" (then summed over the rows). */
    static long[] satisfactionCounts(String base, String token, long unitId, LocalDate from, LocalDate to, String extra)
            throws IOException, InterruptedException {
        String body = Http.getOk(
                base + "/api/v1/evaluations/satisfaction?unitId=" + unitId + "&from=" + from + "&to=" + to + extra,
                token);
        Matcher m = Pattern
                .compile("\"counted\":\\{\"verySatisfied\":(\\d+),\"satisfied\":(\\d+),\"basicallySatisfied\":(\\d+),"
                        + "\"dissatisfied\":(\\d+),\"veryDissatisfied\":(\\d+)\\}")
                .matcher(body);
        long[] c = new long[5];
        boolean any = false;
        while (m.find()) {
            any = true;
            for (int i = 0; i < 5; i++) {
                c[i] += Long.parseLong(m.group(i + 1));
            }
        }
        if (!any) {
            throw new IOException("no counts in " + body);
        }
        return c;
    }

    static long satisfactionTotal(String base, String token, long unitId, LocalDate from, LocalDate to)
            throws IOException, InterruptedException {
        return Arrays.stream(satisfactionCounts(base, token, unitId, from, to, "")).sum();
    }

    /** Submits one evaluation with its ticket (issued with the administrator's token); returns its id. */
    static long postOne(String base, String token, DemoOrg org, String recordNo)
            throws IOException, InterruptedException {
        DemoOrg.Eval e = DemoOrg.Eval.random(org, new SplittableRandom(7));
        HttpResponse<String> r = Http.send(Http.post(base + SUBMIT,
                e.json(recordNo, EvaluationTickets.issue(base, token, e, recordNo))));
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IOException("POST " + SUBMIT + " answered " + r.statusCode() + ": " + r.body());
        }
        return Long.parseLong(m.group(1));
    }

    // ---- bulk load ----

    static final String INSERT_EVALUATION = "INSERT INTO EVAL_EVALUATION (ID, UNIT_ID, RECORD_NO, SCORE, CHANNEL, WINDOW_NO, "
            + "STAFF_NUMBER, STAFF_ID, SECTION_ID, MATTER_CODE, REMARK, TAGS, REAL_NAME, CITIZEN_NAME, CITIZEN_PHONE, INDICATORS, "
            + "CREATED_AT, DAY, APPEAL) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_CASE = "INSERT INTO EVAL_CASE (ID, EVALUATION_ID, UNIT_ID, SCORE, REAL_NAME, STATE, OPENED_ON, "
            + "CALLBACK_DUE, RECTIFY_DUE, RECTIFIED_ON, CLOSED_ON, APPEAL_UPHELD) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_ROLLUP = "INSERT INTO EVAL_ROLLUP (DIM, RKEY, DAY, N1, N2, N3, N4, N5, X1, X2, X3, X4, X5) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * Loads the evaluations day by day into the counties (the leaves of the load, so that a county's raw count and its
     * unit roll-up are the same figure), ids, record numbers and days ascending as the server would have written them,
     * with a closed case for each bad one and the roll-up rows of each day computed as Rollup.keysOf does: U unit and
     * each ancestor; M "unit/matter" for the unit and each ancestor; W "unit/window"; S staff; C section.
     */
    static LoadResult bulkLoad(Path db, DemoOrg org, long rows, LocalDate from, LocalDate to) throws Exception {
        String url = "jdbc:derby:" + db;
        System.setProperty("derby.system.durability", "test");
        System.setProperty("derby.storage.pageCacheSize", "60000");
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url)) {
            return bulkLoad(c, org, rows, from, to, true, t0);
        } finally {
            DerbyCommits.shutdown(url); // a clean shutdown: everything is on disk before the server opens it
            System.clearProperty("derby.system.durability");
            System.clearProperty("derby.storage.pageCacheSize");
        }
    }

    /**
     * The load itself, into the product's database on any connection (embedded Derby, PostgreSQL), then the
     * database's statistics of the three tables. With {@code countiesOnly} false the evaluations go wherever
     * {@link DemoOrg#pick} sends them (townships and village stations too). {@code t0}: when the load's clock started
     * (Derby's includes its boot).
     */
    static LoadResult bulkLoad(Connection c, DemoOrg org, long rows, LocalDate from, LocalDate to,
            boolean countiesOnly, long t0) throws SQLException {
        long loaded = 0;
        long cases = 0;
        long rollups = 0;
        c.setAutoCommit(false);
        long evaluationId = nextId(c, "EVAL_EVALUATION");
        long caseId = nextId(c, "EVAL_CASE");
        long firstId = evaluationId;
        // reserve the ids first, as IdBlocks would: the server's next block starts after the loaded rows
        setNextId(c, "EVAL_EVALUATION", evaluationId + rows);
        long badEstimate = rows / 10 + 1000;
        setNextId(c, "EVAL_CASE", caseId + badEstimate);
        c.commit();
        int days = (int) (to.toEpochDay() - from.toEpochDay() + 1);
        SplittableRandom r = new SplittableRandom(20260101);
        long report = Math.max(rows / 10, 1);
        long lastReportAt = System.nanoTime();
        long lastReportRows = 0;
        try (PreparedStatement ev = c.prepareStatement(INSERT_EVALUATION);
                PreparedStatement cs = c.prepareStatement(INSERT_CASE);
                PreparedStatement ru = c.prepareStatement(INSERT_ROLLUP)) {
            int inBatch = 0;
            boolean casesInBatch = false;
            for (int d = 0; d < days; d++) {
                LocalDate day = from.plusDays(d);
                long perDay = rows / days + (d < rows % days ? 1 : 0);
                Date sqlDay = Date.valueOf(day);
                long dayStart = day.atTime(8, 30).atZone(BUREAU).toInstant().toEpochMilli();
                Map<String, long[]> dayRollups = new HashMap<>();
                LocalDate callbackDue = addWorkingDays(day, 1);
                LocalDate rectifyDue = addWorkingDays(day, 15);
                for (long i = 0; i < perDay; i++) {
                    DemoOrg.Eval e = DemoOrg.Eval.random(org, r, countiesOnly);
                    long id = evaluationId++;
                    ev.setLong(1, id);
                    ev.setLong(2, e.unit().id());
                    ev.setString(3, recordNo(loaded));
                    ev.setInt(4, e.score());
                    ev.setString(5, "WINDOW_DEVICE");
                    ev.setString(6, e.windowNo());
                    ev.setString(7, e.staff() == null ? null : e.staff().number());
                    setLong(ev, 8, e.staff() == null ? null : e.staff().id());
                    setLong(ev, 9, e.staff() == null ? null : e.staff().sectionId());
                    ev.setString(10, e.matterCode());
                    ev.setString(11, null);
                    ev.setString(12, null);
                    ev.setBoolean(13, false);
                    ev.setString(14, null);
                    ev.setString(15, null);
                    ev.setString(16, null);
                    // spread over the opening hours, ascending within the day
                    ev.setTimestamp(17, new Timestamp(dayStart + (i * 9 * 3_600_000L) / Math.max(1, perDay)));
                    ev.setDate(18, sqlDay);
                    ev.setString(19, "NONE");
                    ev.addBatch();
                    if (e.score() <= 2) {
                        cs.setLong(1, caseId++);
                        cs.setLong(2, id);
                        cs.setLong(3, e.unit().id());
                        cs.setInt(4, e.score());
                        cs.setBoolean(5, false);
                        cs.setString(6, "CLOSED");
                        cs.setDate(7, sqlDay);
                        cs.setDate(8, Date.valueOf(callbackDue));
                        cs.setDate(9, Date.valueOf(rectifyDue));
                        cs.setDate(10, Date.valueOf(rectifyDue));
                        cs.setDate(11, Date.valueOf(rectifyDue));
                        cs.setBoolean(12, false);
                        cs.addBatch();
                        casesInBatch = true;
                        cases++;
                    }
                    for (String key : e.rollupKeys()) {
                        dayRollups.computeIfAbsent(key, k -> new long[5])[e.score() - 1]++;
                    }
                    loaded++;
                    if (++inBatch == LOAD_BATCH) {
                        ev.executeBatch();
                        if (casesInBatch) {
                            cs.executeBatch();
                        }
                        c.commit();
                        inBatch = 0;
                        casesInBatch = false;
                    }
                    if (loaded % report == 0) {
                        long now = System.nanoTime();
                        System.out.printf(Locale.ROOT, "     %,d rows, %s, %,.0f rows/s lately, load average %s%n",
                                loaded, day,
                                (loaded - lastReportRows) / ((now - lastReportAt) / 1e9), Machine.loadAverage());
                        lastReportAt = now;
                        lastReportRows = loaded;
                    }
                }
                List<String> keys = new ArrayList<>(dayRollups.keySet());
                keys.sort(null);
                for (String key : keys) {
                    long[] n = dayRollups.get(key);
                    ru.setString(1, key.substring(0, 1));
                    ru.setString(2, key.substring(1));
                    ru.setDate(3, sqlDay);
                    for (int k = 0; k < 5; k++) {
                        ru.setLong(4 + k, n[k]);
                        ru.setLong(9 + k, 0);
                    }
                    ru.addBatch();
                    rollups++;
                }
                ru.executeBatch();
            }
            if (inBatch > 0) {
                ev.executeBatch();
                if (casesInBatch) {
                    cs.executeBatch();
                }
            }
            c.commit();
        }
        if (cases > badEstimate) { // keep the case ids free too
            setNextId(c, "EVAL_CASE", caseId);
            c.commit();
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long s0 = System.nanoTime();
        c.setAutoCommit(true);
        boolean derby = c.getMetaData().getDatabaseProductName().contains("Derby");
        try (Statement s = c.createStatement()) {
            for (String t : List.of("EVAL_EVALUATION", "EVAL_ROLLUP", "EVAL_CASE")) {
                s.execute(derby ? "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + t + "', NULL)"
                        : "ANALYZE " + t);
            }
        }
        double statsSeconds = (System.nanoTime() - s0) / 1e9;
        return new LoadResult(loaded, cases, rollups, firstId, evaluationId - 1, loadSeconds, statsSeconds);
    }

    /** "L" and 10 digits: ascending, so the unique index grows at its end as it would in service. */
    static String recordNo(long n) {
        char[] c = new char[11];
        c[0] = 'L';
        for (int i = 10; i >= 1; i--, n /= 10) {
            c[i] = (char) ('0' + n % 10);
        }
        return new String(c);
    }

    /** Weekdays only: the server's working-day calendar also knows holidays, which do not matter here. */
    static LocalDate addWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        while (n > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n--;
            }
        }
        return d;
    }

    static long nextId(Connection c, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT NEXT_ID FROM EVAL_ID_BLOCK WHERE NAME = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(ID) FROM " + name)) {
            rs.next();
            return rs.getLong(1) + 1;
        }
    }

    static void setNextId(Connection c, String name, long next) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE EVAL_ID_BLOCK SET NEXT_ID = ? WHERE NAME = ?")) {
            up.setLong(1, next);
            up.setString(2, name);
            if (up.executeUpdate() == 0) {
                try (PreparedStatement ins = c
                        .prepareStatement("INSERT INTO EVAL_ID_BLOCK (NAME, NEXT_ID) VALUES (?, ?)")) {
                    ins.setString(1, name);
                    ins.setLong(2, next);
                    ins.executeUpdate();
                }
            }
        }
    }

    static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    /** The limit: what a satisfaction figure costs without roll-ups, on the same database, booted afresh. */
    static RawScan rawScan(Path db, long unitId, LocalDate from, LocalDate to) throws SQLException {
        String url = "jdbc:derby:" + db;
        try (Connection c = DriverManager.getConnection(url)) {
            double[] scan = new double[6];
            double[] roll = new double[6];
            long count = 0;
            long rolled = 0;
            for (int i = 0; i < 6; i++) {
                long t0 = System.nanoTime();
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT COUNT(*) FROM EVAL_EVALUATION WHERE UNIT_ID = ? AND DAY BETWEEN ? AND ?")) {
                    q.setLong(1, unitId);
                    q.setDate(2, Date.valueOf(from));
                    q.setDate(3, Date.valueOf(to));
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        count = rs.getLong(1);
                    }
                }
                scan[i] = (System.nanoTime() - t0) / 1e6;
                t0 = System.nanoTime();
                try (PreparedStatement q = c
                        .prepareStatement("SELECT SUM(N1), SUM(N2), SUM(N3), SUM(N4), SUM(N5) FROM EVAL_ROLLUP "
                                + "WHERE DIM = 'U' AND RKEY = ? AND DAY BETWEEN ? AND ?")) {
                    q.setString(1, Long.toString(unitId));
                    q.setDate(2, Date.valueOf(from));
                    q.setDate(3, Date.valueOf(to));
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        rolled = 0;
                        for (int k = 1; k <= 5; k++) {
                            rolled += rs.getLong(k);
                        }
                    }
                }
                roll[i] = (System.nanoTime() - t0) / 1e6;
            }
            return new RawScan(count, scan[0], Stats.median(Arrays.copyOfRange(scan, 1, 6)), rolled, roll[0],
                    Stats.median(Arrays.copyOfRange(roll, 1, 6)));
        } finally {
            DerbyCommits.shutdown(url);
        }
    }

    /** The calendar quarters lying wholly within the days (the whole span when none does). */
    static List<Period> fullQuarters(LocalDate from, LocalDate to) {
        List<Period> list = new ArrayList<>();
        LocalDate q = LocalDate.of(from.getYear(), ((from.getMonthValue() - 1) / 3) * 3 + 1, 1);
        for (; !q.isAfter(to); q = q.plusMonths(3)) {
            LocalDate end = q.plusMonths(3).minusDays(1);
            if (!q.isBefore(from) && !end.isAfter(to)) {
                list.add(new Period(q, end));
            }
        }
        if (list.isEmpty()) {
            list.add(new Period(from, to));
        }
        return list;
    }

    /** The calendar months lying wholly within the days (the whole span when none does). */
    static List<Period> fullMonths(LocalDate from, LocalDate to) {
        List<Period> list = new ArrayList<>();
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
            LocalDate end = m.plusMonths(1).minusDays(1);
            if (!m.isBefore(from) && !end.isAfter(to)) {
                list.add(new Period(m, end));
            }
        }
        if (list.isEmpty()) {
            list.add(new Period(from, to));
        }
        return list;
    }
}
