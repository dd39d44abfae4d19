// Benchmark of the evaluations module (好差评) in the built Xingfeng server product. Every figure is printed beside
// the machine's own limit, measured in the same run, so the ratio means something on a shared, noisy machine. Not a
// test: it prints numbers and exits 0 (1 only if the server could not be started or measured at all).
//
//   java -cp DERBY_JARS releng/bench/EvaluationsBench.java PRODUCT_DIR [--rows N] [--round S] [--warmup S]
//        [--calls N]                                    (usually through releng/bin/bench-evaluations)
//
// 1. Durable commits of raw embedded Derby (JDBC, scratch database, default durability): 1 and 16 threads.
// 2. HTTP ingest, POST /api/v1/evaluations/submissions with 32 and 64 keep-alive clients, beside a JDK HttpServer
//    answering the same POSTs; afterwards the stored rows are counted against the 201s.
// 3. Satisfaction reports on --rows (default 10,000,000) evaluations bulk-loaded into the product's database, beside
//    a raw SQL count over the evaluations of a county quarter on the same database.
//
// Only connects to 127.0.0.1. Data go to a temporary directory that is deleted at the end (about 4.2 GiB for 10 M rows).

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public class EvaluationsBench {

    static final String PASSWORD = "Bench-admin-2026";
    static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai"); // Bureau.DEFAULT_ZONE: the server's DAY column
    static final Duration START_LIMIT = Duration.ofSeconds(180);
    static final int MAX_PER_THREAD = 4_000_000;
    static final int[] INGEST_CLIENTS = { 32, 64 };
    static final int DERBY_THREADS_MANY = 16;
    static final int LOAD_BATCH = 1_000;
    static final String SUBMIT = "/api/v1/evaluations/submissions";
    static final double TARGET_RATE = 5_000;
    static final double TARGET_P99_MS = 50;
    static final double TARGET_REPORT_MS = 200;

    // Options
    static long rows = 10_000_000L;
    static Duration round = Duration.ofSeconds(15);
    static Duration warmup = Duration.ofSeconds(20); // the JIT needs it: shorter warm-ups understate the server
    static Duration derbyRound = Duration.ofSeconds(10);
    static int calls = 200;
    static boolean reportsPhase = true;
    static String serverOpts = ""; // extra system properties for the server, e.g. to try a Derby setting

    static final List<Process> running = new CopyOnWriteArrayList<>();
    static Path work;

    static final HttpClient probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    static final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) {
        Path product = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--rows" -> rows = Long.parseLong(args[++i].replace("_", "").replace(",", ""));
                    case "--round" -> round = Duration.ofSeconds(Long.parseLong(args[++i]));
                    case "--warmup" -> warmup = Duration.ofSeconds(Long.parseLong(args[++i]));
                    case "--derby-round" -> derbyRound = Duration.ofSeconds(Long.parseLong(args[++i]));
                    case "--calls" -> calls = Integer.parseInt(args[++i]);
                    case "--no-reports" -> reportsPhase = false;
                    case "--server-opts" -> serverOpts = args[++i];
                    default -> {
                        if (args[i].startsWith("--") || product != null) {
                            throw new IllegalArgumentException("unknown argument " + args[i]);
                        }
                        product = Path.of(args[i]);
                    }
                }
            }
            if (product == null || rows < 1000 || calls < 1) {
                throw new IllegalArgumentException("PRODUCT_DIR is required; --rows >= 1000; --calls >= 1");
            }
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: java -cp DERBY_JARS EvaluationsBench.java PRODUCT_DIR [--rows N] [--round S] "
                    + "[--warmup S] [--derby-round S] [--calls N] [--no-reports] [--server-opts '-Dname=value ...']");
            System.exit(2);
        }
        Path script = product.toAbsolutePath().resolve("xingfeng-server.sh");
        if (!Files.isExecutable(script)) {
            System.err.println("not found or not executable: " + script);
            System.exit(2);
        }
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int code = 0;
        try {
            work = Files.createTempDirectory("xingfeng-eval-bench-");
            System.setProperty("derby.stream.error.file", work.resolve("derby-bench.log").toString());
            Runtime.getRuntime().addShutdownHook(new Thread(EvaluationsBench::cleanUp));
            run(script);
        } catch (Exception e) {
            System.out.flush();
            System.err.println("bench failed: " + e);
            e.printStackTrace();
            code = 1;
        } finally {
            cleanUp();
        }
        System.exit(code);
    }

    // ---- the run ----

    static void run(Path script) throws Exception {
        long benchStart = System.nanoTime();
        Machine machine = Machine.read();
        System.out.println("Xingfeng evaluations (好差评) benchmark");
        System.out.println("  " + machine.describe());
        System.out.println("  1-minute load average at start: " + machine.loadStart);
        System.out.printf(Locale.ROOT, "  rows for the report phase: %,d; ingest rounds %d s after a %d s warm-up; %d report calls per kind%n",
                rows, round.toSeconds(), warmup.toSeconds(), calls);
        if (!serverOpts.isBlank()) {
            System.out.println("  extra server options: " + serverOpts);
        }
        if (!reportsPhase) {
            System.out.println("  --no-reports: phases 1 and 2 only");
        }
        System.out.println();

        // 1. The machine's limit for durable commits.
        System.out.println("1. Machine limit: raw embedded Derby, default durability (log forced at each commit), scratch database");
        DerbyLimit d1 = derbyCommits(1);
        System.out.println("   1 thread,   1 row per commit: " + d1.summary());
        DerbyLimit d16 = derbyCommits(DERBY_THREADS_MANY);
        System.out.println("   " + DERBY_THREADS_MANY + " threads, 1 row per commit: " + d16.summary());
        DerbyLimit dBatch = derbyBatchCommits(500);
        System.out.println("   1 thread, 500 rows per commit (the writer's largest batch): " + dBatch.summary());
        dropDerbyScratch();
        System.out.println();

        // 2. HTTP ingest on the product, beside a JDK HttpServer answering the same POSTs.
        Path data = work.resolve("data");
        Server server = Server.launch(script, data, "ingest");
        System.out.printf("2. HTTP ingest: server ready in %d ms (fresh database, demo data)%n", server.readyMillis);
        String token = login(server.base);
        Org org = Org.read(server.base, token);
        System.out.println("   " + org.describe());
        HttpServer baseline = null;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<IngestRow> ingest = new ArrayList<>();
        long acknowledged = 0;
        long stored;
        try {
            baseline = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
            baseline.setExecutor(pool);
            baseline.createContext("/", EvaluationsBench::answerBaseline);
            baseline.start();
            String baseUrl = "http://127.0.0.1:" + baseline.getAddress().getPort();
            Result w = ingest(server.base, org, 32, warmup, "w");
            acknowledged += w.created;
            System.out.printf("   warm-up server   %d s, C=32: %s%n", warmup.toSeconds(), w.summary());
            Result wb = ingest(baseUrl, org, 32, Duration.ofSeconds(Math.min(10, warmup.toSeconds())), "x");
            System.out.printf("   warm-up baseline %d s, C=32: %s%n", Math.min(10, warmup.toSeconds()), wb.summary());
            int k = 0;
            for (int c : INGEST_CLIENTS) {
                Result s = ingest(server.base, org, c, round, "r" + k);
                acknowledged += s.created;
                System.out.printf("   server   POST %s C=%-2d %s%n", SUBMIT, c, s.summary());
                Result b = ingest(baseUrl, org, c, round, "b" + k++);
                System.out.printf("   baseline POST %s C=%-2d %s%n", SUBMIT, c, b.summary());
                ingest.add(new IngestRow(c, s, b));
            }
        } finally {
            if (baseline != null) {
                baseline.stop(0);
            }
            pool.shutdownNow();
        }
        stored = evaluationsTotal(server.base, token);
        long[] today = satisfactionCounts(server.base, token, org.root, LocalDate.now(BUREAU).minusDays(1),
                LocalDate.now(BUREAU).plusDays(1), "");
        long rolledUp = Arrays.stream(today).sum();
        System.out.printf(Locale.ROOT, "   durability: %,d answered 201; stored rows (GET /api/v1/evaluations total) %,d; "
                + "roll-up total of the root unit %,d: %s%n", acknowledged, stored, rolledUp,
                stored == acknowledged && rolledUp == acknowledged ? "all match" : "MISMATCH");
        server.stop();
        System.out.println();
        if (!reportsPhase) {
            String loadEnd = Machine.loadAverage();
            System.out.println("Summary (phases 1 and 2)");
            printLimits(d1, d16, dBatch);
            printIngest(ingest, acknowledged, stored, rolledUp);
            System.out.println("1-minute load average: " + machine.loadStart + " at start, " + loadEnd + " at end; run took "
                    + (System.nanoTime() - benchStart) / 1_000_000_000L + " s");
            return;
        }

        // 3. Bulk load, raw SQL limit, reports after a restart.
        System.out.printf(Locale.ROOT, "3. Reports on %,d stored evaluations%n", rows);
        LocalDate loadTo = LocalDate.now(BUREAU).minusDays(1);
        LocalDate loadFrom = loadTo.minusDays(364);
        Path db = data.resolve("db");
        LoadResult load = bulkLoad(db, org, loadFrom, loadTo);
        System.out.printf(Locale.ROOT, "   bulk load (durability=test, batches of %,d): %,d evaluations, %,d cases, %,d roll-up rows "
                + "in %.0f s (%,.0f rows/s); statistics %.0f s; database %s%n", LOAD_BATCH, load.rows, load.cases,
                load.rollups, load.loadSeconds, load.rows / load.loadSeconds, load.statsSeconds, gib(sizeOf(db)));
        Quarter q = fullQuarters(loadFrom, loadTo).get(0);
        long county = org.counties.get(0).id;
        RawScan raw = rawScan(db, county, q.from, q.to);
        System.out.printf(Locale.ROOT, "   raw SQL, county %d, %s..%s (server stopped, default page cache): COUNT(*) = %,d; "
                + "first %s ms, then median %s ms of 5%n", county, q.from, q.to, raw.count, ms(raw.firstMs), ms(raw.medianMs));
        System.out.printf(Locale.ROOT, "   same figure from EVAL_ROLLUP over JDBC: %,d; first %s ms, then median %s ms of 5 (%s)%n",
                raw.rollupCount, ms(raw.rollupFirstMs), ms(raw.rollupMedianMs),
                raw.rollupCount == raw.count ? "counts match" : "MISMATCH");

        server = Server.launch(script, data, "reports");
        System.out.printf("   server restarted on %s in %d ms%n", gib(sizeOf(db)), server.readyMillis);
        token = login(server.base);
        Reports reports = reports(server.base, token, org, loadFrom, loadTo, q, county);
        long[] year = satisfactionCounts(server.base, token, org.root, loadFrom, loadTo, "");
        long yearTotal = Arrays.stream(year).sum();
        System.out.printf(Locale.ROOT, "   root unit over the loaded year: %,d counted (loaded %,d): %s%n", yearTotal, load.rows,
                yearTotal == load.rows ? "match" : "MISMATCH");
        UnitMove move = moveCounty(server.base, token, org, county, loadFrom, loadTo);
        System.out.printf(Locale.ROOT, "   county %d (%,d evaluations in the year) moved from unit %d to a new city: roll-ups followed in "
                + "%s ms (old parent %,d -> %,d, new city %,d): %s%n", county, move.countyTotal, move.oldParent, ms(move.followMs),
                move.oldParentBefore, move.oldParentAfter, move.newCityTotal, move.ok() ? "counts match" : "MISMATCH");
        long after = postOne(server.base, org, "after-load");
        System.out.printf(Locale.ROOT, "   a new evaluation after the load: id %,d (loaded ids end at %,d): %s%n", after,
                load.lastId, after > load.lastId ? "no collision" : "COLLISION");
        server.stop();

        String loadEnd = Machine.loadAverage();
        long seconds = (System.nanoTime() - benchStart) / 1_000_000_000L;
        System.out.println();
        printTable(machine, loadEnd, seconds, d1, d16, dBatch, ingest, acknowledged, stored, rolledUp, load, raw, q, county,
                reports, yearTotal, after, move);
    }

    // ---- 1. Derby limit ----

    record DerbyLimit(int threads, int rowsPerCommit, long commits, double seconds, long[] sorted) {
        double commitsPerSecond() {
            return commits / seconds;
        }

        double rowsPerSecond() {
            return commits * (double) rowsPerCommit / seconds;
        }

        String summary() {
            return String.format(Locale.ROOT, "%,.0f commits/s (%,.0f rows/s); commit p50 %s ms, p99 %s ms", commitsPerSecond(),
                    rowsPerSecond(), ms(pct(sorted, 0.5)), ms(pct(sorted, 0.99)));
        }
    }

    static String scratchUrl() {
        return "jdbc:derby:" + work.resolve("scratch-db");
    }

    static final AtomicLong scratchIds = new AtomicLong();

    static Connection scratch() throws SQLException {
        Connection c = DriverManager.getConnection(scratchUrl() + ";create=true");
        try (Statement s = c.createStatement()) {
            ResultSet rs = c.getMetaData().getTables(null, "APP", "T", null);
            if (!rs.next()) {
                s.execute("CREATE TABLE T (ID BIGINT NOT NULL PRIMARY KEY, CODE VARCHAR(20) NOT NULL, SCORE INT NOT NULL, "
                        + "CREATED_AT TIMESTAMP NOT NULL)");
                s.execute("CREATE UNIQUE INDEX T_CODE ON T (CODE)");
            }
        }
        return c;
    }

    static void insertScratch(PreparedStatement ps, long id) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, String.format("R-%018x", id * 0x9E3779B97F4A7C15L)); // 20 chars, unique, scattered over the index
        ps.setInt(3, (int) (id % 5) + 1);
        ps.setTimestamp(4, new Timestamp(System.currentTimeMillis()));
    }

    static DerbyLimit derbyCommits(int threads) throws Exception {
        try (Connection c = scratch()) {
            // brief warm-up: compile the statement and load the classes
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO T VALUES (?, ?, ?, ?)")) {
                long end = System.nanoTime() + 2_000_000_000L;
                while (System.nanoTime() < end) {
                    insertScratch(ps, scratchIds.incrementAndGet());
                    ps.executeUpdate();
                }
            }
        }
        long start = System.nanoTime();
        long end = start + derbyRound.toNanos();
        long[][] lat = new long[threads][];
        int[] n = new int[threads];
        Thread[] ts = new Thread[threads];
        Exception[] failure = new Exception[1];
        for (int t = 0; t < threads; t++) {
            int me = t;
            ts[t] = new Thread(() -> {
                long[] l = new long[4096];
                int k = 0;
                try (Connection c = scratch(); PreparedStatement ps = c.prepareStatement("INSERT INTO T VALUES (?, ?, ?, ?)")) {
                    c.setAutoCommit(true);
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) {
                            break;
                        }
                        insertScratch(ps, scratchIds.incrementAndGet());
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
        return new DerbyLimit(threads, 1, Arrays.stream(n).sum(), seconds, merge(lat, n));
    }

    static DerbyLimit derbyBatchCommits(int batch) throws Exception {
        long start = System.nanoTime();
        long end = start + Math.max(3, derbyRound.toSeconds() / 2) * 1_000_000_000L;
        long[] l = new long[1024];
        int k = 0;
        try (Connection c = scratch(); PreparedStatement ps = c.prepareStatement("INSERT INTO T VALUES (?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            while (true) {
                long t0 = System.nanoTime();
                if (t0 >= end) {
                    break;
                }
                for (int i = 0; i < batch; i++) {
                    insertScratch(ps, scratchIds.incrementAndGet());
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
        return new DerbyLimit(1, batch, k, seconds, sorted);
    }

    static void dropDerbyScratch() throws IOException {
        shutdownDatabase(scratchUrl());
        deleteTree(work.resolve("scratch-db"));
    }

    static void shutdownDatabase(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) { // 08006: the normal answer to a shutdown
                System.err.println("   database shutdown: " + e.getMessage());
            }
        }
    }

    // ---- 2. HTTP ingest ----

    /** The demo organisation as the server reports it. */
    record Unit(long id, Long parentId, String level, List<Long> chain, List<Staff> staff, List<String> matters, int windows) {
    }

    record Staff(long id, String number, long unitId, Long sectionId) {
    }

    static final class Org {
        final Map<Long, Unit> units = new LinkedHashMap<>();
        final List<Unit> counties = new ArrayList<>();
        final List<Unit> townships = new ArrayList<>();
        final List<Unit> leaves = new ArrayList<>(); // where evaluations are given: counties and their township stations
        final List<Unit> parents = new ArrayList<>(); // units with sub-units, for by=UNIT
        long root;

        static Org read(String base, String token) throws IOException, InterruptedException {
            Org o = new Org();
            // the demo city is made in the background after start: wait until the tree has not changed for 3 s
            String units = getOk(base + "/api/v1/org/units", token);
            for (int i = 0, same = 0; i < 90 && same < 3; i++) {
                Thread.sleep(1000);
                String again = getOk(base + "/api/v1/org/units", token);
                same = again.equals(units) ? same + 1 : 0;
                units = again;
            }
            Matcher m = Pattern.compile("\\{\"id\":(\\d+),\"parentId\":(null|\\d+),[^{}]*?\"level\":\"(\\w+)\"").matcher(units);
            Map<Long, Long> parent = new LinkedHashMap<>();
            Map<Long, String> level = new LinkedHashMap<>();
            while (m.find()) {
                long id = Long.parseLong(m.group(1));
                parent.put(id, m.group(2).equals("null") ? null : Long.parseLong(m.group(2)));
                level.put(id, m.group(3));
            }
            Map<Long, List<Staff>> staff = new HashMap<>();
            for (int page = 0; page < 100; page++) {
                String body = getOk(base + "/api/v1/org/staff?size=100&page=" + page, token);
                Matcher s = Pattern.compile("\\{\"id\":(\\d+),\"staffNumber\":\"([^\"]+)\",\"name\":\"[^\"]*\",\"unitId\":(\\d+),"
                        + "\"sectionId\":(null|\\d+)").matcher(body);
                int found = 0;
                while (s.find()) {
                    found++;
                    long unit = Long.parseLong(s.group(3));
                    staff.computeIfAbsent(unit, x -> new ArrayList<>()).add(new Staff(Long.parseLong(s.group(1)), s.group(2), unit,
                            s.group(4).equals("null") ? null : Long.parseLong(s.group(4))));
                }
                if (found < 100) {
                    break;
                }
            }
            // the matters module loads its demo list in the background after start: wait until it has settled
            Map<Long, List<String>> matters = matterCodes(base, token, level, parent.keySet());
            for (int i = 0; i < 30; i++) {
                Thread.sleep(1000);
                Map<Long, List<String>> again = matterCodes(base, token, level, parent.keySet());
                boolean everyCounty = level.entrySet().stream()
                        .allMatch(e -> !"COUNTY".equals(e.getValue()) || again.containsKey(e.getKey()));
                if (again.equals(matters) && everyCounty) {
                    break;
                }
                matters = again;
            }
            for (long id : parent.keySet()) {
                if ("COUNTY".equals(level.get(id)) && !matters.containsKey(id)) { // no matters module data: made-up codes
                    for (int i = 1; i <= 40; i++) {
                        matters.computeIfAbsent(id, x -> new ArrayList<>()).add(id + "-M" + i);
                    }
                }
            }
            buildUnits(o, parent, level, staff, matters);
            if (o.counties.isEmpty()) {
                throw new IOException("no county units; is demo data on? " + units);
            }
            return o;
        }

        static Map<Long, List<String>> matterCodes(String base, String token, Map<Long, String> level, Iterable<Long> ids)
                throws IOException, InterruptedException {
            Map<Long, List<String>> matters = new HashMap<>();
            for (long id : ids) {
                if (!"COUNTY".equals(level.get(id))) {
                    continue;
                }
                for (int page = 0; page < 20; page++) {
                    String body = getOrNull(base + "/api/v1/matters/items?size=100&unitId=" + id + "&page=" + page, token);
                    Matcher c = Pattern.compile("\"implementationCode\":\"([^\"]+)\"").matcher(body == null ? "" : body);
                    int found = 0;
                    while (c.find()) {
                        found++;
                        matters.computeIfAbsent(id, x -> new ArrayList<>()).add(c.group(1));
                    }
                    if (found < 100) {
                        break;
                    }
                }
            }
            return matters;
        }

        static void buildUnits(Org o, Map<Long, Long> parent, Map<Long, String> level, Map<Long, List<Staff>> staff,
                Map<Long, List<String>> matters) {
            for (long id : parent.keySet()) {
                List<Long> chain = new ArrayList<>();
                for (Long u = id; u != null && chain.size() < 16; u = parent.get(u)) {
                    chain.add(u);
                }
                String lv = level.get(id);
                Long county = "TOWNSHIP".equals(lv) ? parent.get(id) : (Long) id;
                Unit u = new Unit(id, parent.get(id), lv, List.copyOf(chain), staff.getOrDefault(id, List.of()),
                        matters.getOrDefault(county, List.of()), "TOWNSHIP".equals(lv) ? 3 : 12);
                o.units.put(id, u);
                if (parent.get(id) == null) {
                    o.root = id;
                }
                if ("COUNTY".equals(lv)) {
                    o.counties.add(u);
                } else if ("TOWNSHIP".equals(lv)) {
                    o.townships.add(u);
                }
            }
            for (Unit u : o.units.values()) {
                if (parent.containsValue(u.id)) {
                    o.parents.add(u);
                }
            }
            o.leaves.addAll(o.counties);
            o.leaves.addAll(o.townships);
        }

        /** A county 85 % of the time, else a township station; only counties (the leaves of the load) if asked. */
        Unit pick(SplittableRandom r, boolean countiesOnly) {
            if (countiesOnly || townships.isEmpty() || r.nextInt(100) < 85) {
                return counties.get(r.nextInt(counties.size()));
            }
            return townships.get(r.nextInt(townships.size()));
        }

        String describe() {
            int staff = units.values().stream().mapToInt(u -> u.staff.size()).sum();
            int matters = counties.stream().mapToInt(u -> u.matters.size()).sum();
            return String.format(Locale.ROOT, "demo organisation: %d units (%d counties, %d township stations), %d staff, "
                    + "%d matter codes; ingest goes 85 %% to counties, 15 %% to township stations; the load to counties", units.size(),
                    counties.size(), townships.size(), staff, matters);
        }
    }

    /** One evaluation's fields, spread like a service hall's: ~5 % bad (levels 1, 2). */
    record Eval(Unit unit, int score, String windowNo, Staff staff, String matterCode) {
        static Eval random(Org org, SplittableRandom r) {
            return random(org, r, false);
        }

        static Eval random(Org org, SplittableRandom r, boolean countiesOnly) {
            Unit u = org.pick(r, countiesOnly);
            int p = r.nextInt(1000);
            int score = p < 20 ? 1 : p < 50 ? 2 : p < 110 ? 3 : p < 300 ? 4 : 5;
            Staff s = u.staff.isEmpty() || r.nextInt(10) == 0 ? null : u.staff.get(r.nextInt(u.staff.size()));
            String matter = u.matters.isEmpty() ? null : u.matters.get(r.nextInt(u.matters.size()));
            return new Eval(u, score, Integer.toString(1 + r.nextInt(u.windows)), s, matter);
        }

        String json(String recordNo) {
            StringBuilder b = new StringBuilder(200).append("{\"unitId\":").append(unit.id).append(",\"recordNo\":\"")
                    .append(recordNo).append("\",\"level\":").append(score).append(",\"channel\":\"WINDOW_DEVICE\",\"windowNo\":\"")
                    .append(windowNo).append('"');
            if (staff != null) {
                b.append(",\"staffNumber\":\"").append(staff.number).append('"');
            }
            if (matterCode != null) {
                b.append(",\"matterCode\":\"").append(matterCode).append('"');
            }
            return b.append('}').toString();
        }
    }

    static final byte[] BASELINE_BODY = "{\"id\":123456,\"recordNo\":\"B-0000000000-00-000000\",\"acceptedAt\":\"2026-01-01T00:00:00.000000000Z\",\"caseId\":null}"
            .getBytes(StandardCharsets.UTF_8);

    static void answerBaseline(HttpExchange ex) throws IOException {
        try {
            ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
            ex.sendResponseHeaders(201, BASELINE_BODY.length);
            ex.getResponseBody().write(BASELINE_BODY);
        } finally {
            ex.close();
        }
    }

    static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

    static final class Worker extends Thread {
        final String url;
        final Org org;
        final long end;
        final String prefix;
        final SplittableRandom random;
        long[] latencies = new long[4096];
        int n;
        long created;
        long errors;
        final Map<String, Long> errorKinds = new TreeMap<>();

        Worker(String url, Org org, long end, String prefix, long seed) {
            super("ingest-" + prefix);
            this.url = url;
            this.org = org;
            this.end = end;
            this.prefix = prefix;
            this.random = new SplittableRandom(seed);
            setDaemon(true);
        }

        @Override
        public void run() {
            URI uri = URI.create(url + SUBMIT);
            while (n < MAX_PER_THREAD) {
                String body = Eval.random(org, random).json(prefix + "-" + n);
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
                long t0 = System.nanoTime();
                if (t0 >= end) {
                    break;
                }
                String error = null;
                try {
                    HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() == 201) {
                        created++;
                    } else {
                        error = "HTTP " + r.statusCode();
                    }
                } catch (IOException e) {
                    error = e.getClass().getSimpleName();
                } catch (InterruptedException e) {
                    break;
                }
                if (n == latencies.length) {
                    latencies = Arrays.copyOf(latencies, Math.min(MAX_PER_THREAD, n * 2));
                }
                latencies[n++] = System.nanoTime() - t0;
                if (error != null) {
                    errors++;
                    errorKinds.merge(error, 1L, Long::sum);
                    if (!error.startsWith("HTTP")) {
                        try {
                            Thread.sleep(10);
                        } catch (InterruptedException e) {
                            break;
                        }
                    }
                }
            }
        }
    }

    record Result(int clients, long requests, long created, long errors, Map<String, Long> errorKinds, double seconds,
            long[] sorted) {
        double createdPerSecond() {
            return created / seconds;
        }

        double p(double q) {
            return pct(sorted, q);
        }

        String summary() {
            return String.format(Locale.ROOT, "%,7.0f 201/s  p50 %s ms  p99 %s ms  max %s ms  errors %d%s", createdPerSecond(),
                    ms(p(0.5)), ms(p(0.99)), ms(pct(sorted, 1.0)), errors, errorKinds.isEmpty() ? "" : " " + errorKinds);
        }
    }

    static Result ingest(String base, Org org, int clients, Duration duration, String tag) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        Worker[] workers = new Worker[clients];
        for (int i = 0; i < clients; i++) {
            workers[i] = new Worker(base, org, end, "B" + RUN + "-" + tag + "-" + i, start * 31 + i);
            workers[i].start();
        }
        for (Worker w : workers) {
            w.join(Math.max(1, (end - System.nanoTime()) / 1_000_000) + 60_000);
            if (w.isAlive()) {
                w.interrupt();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[][] lat = new long[clients][];
        int[] n = new int[clients];
        long created = 0;
        long errors = 0;
        Map<String, Long> kinds = new TreeMap<>();
        for (int i = 0; i < clients; i++) {
            lat[i] = workers[i].latencies;
            n[i] = workers[i].n;
            created += workers[i].created;
            errors += workers[i].errors;
            workers[i].errorKinds.forEach((k, v) -> kinds.merge(k, v, Long::sum));
        }
        return new Result(clients, Arrays.stream(n).sum(), created, errors, kinds, seconds, merge(lat, n));
    }

    record IngestRow(int clients, Result server, Result baseline) {
    }

    static long evaluationsTotal(String base, String token) throws IOException, InterruptedException {
        String body = getOk(base + "/api/v1/evaluations?size=1", token);
        Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(body);
        if (!m.find()) {
            throw new IOException("no total in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    /** Counted levels 5..1 of a satisfaction answer; extra is e.g. "&by=UNIT" (then summed over the rows). */
    static long[] satisfactionCounts(String base, String token, long unitId, LocalDate from, LocalDate to, String extra)
            throws IOException, InterruptedException {
        String body = getOk(base + "/api/v1/evaluations/satisfaction?unitId=" + unitId + "&from=" + from + "&to=" + to + extra, token);
        Matcher m = Pattern.compile("\"counted\":\\{\"verySatisfied\":(\\d+),\"satisfied\":(\\d+),\"basicallySatisfied\":(\\d+),"
                + "\"dissatisfied\":(\\d+),\"veryDissatisfied\":(\\d+)\\}").matcher(body);
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

    static long postOne(String base, Org org, String recordNo) throws IOException, InterruptedException {
        Eval e = Eval.random(org, new SplittableRandom(7));
        HttpResponse<String> r = probe.send(post(base + SUBMIT, e.json("B" + RUN + "-" + recordNo)), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IOException("POST after the load answered " + r.statusCode() + ": " + r.body());
        }
        return Long.parseLong(m.group(1));
    }

    record UnitMove(long oldParent, long countyTotal, long oldParentBefore, long oldParentAfter, long newCityTotal, double followMs) {
        boolean ok() {
            return oldParentAfter == oldParentBefore - countyTotal && newCityTotal == countyTotal;
        }
    }

    /**
     * Moves the county under a new city (PUT /api/v1/org/units/{id}) and times how long the roll-ups take to follow:
     * from the answer to the PUT until the old parent's figure for the year no longer counts the county.
     */
    static UnitMove moveCounty(String base, String token, Org org, long county, LocalDate from, LocalDate to) throws Exception {
        String unit = getOk(base + "/api/v1/org/units/" + county, token);
        long oldParent = Long.parseLong(field(unit, "parentId"));
        long countyTotal = Arrays.stream(satisfactionCounts(base, token, county, from, to, "")).sum();
        long before = Arrays.stream(satisfactionCounts(base, token, oldParent, from, to, "")).sum();
        HttpResponse<String> city = probe.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/org/units"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"parentId\":null,\"code\":\"BENCH-" + RUN
                        + "\",\"name\":\"基准测试新市\",\"level\":\"CITY\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (city.statusCode() != 201) {
            throw new IOException("new city: " + city.statusCode() + " " + city.body());
        }
        long newCity = Long.parseLong(field(city.body(), "id"));
        String moved = "{\"parentId\":" + newCity + ",\"code\":\"" + field(unit, "code") + "\",\"name\":\"" + field(unit, "name")
                + "\",\"level\":\"" + field(unit, "level") + "\"}";
        HttpResponse<String> put = probe.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/org/units/" + county))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(moved)).build(), HttpResponse.BodyHandlers.ofString());
        if (put.statusCode() != 200) {
            throw new IOException("move: " + put.statusCode() + " " + put.body());
        }
        long t0 = System.nanoTime();
        long afterTotal = before;
        while (afterTotal != before - countyTotal && System.nanoTime() - t0 < 120_000_000_000L) {
            afterTotal = Arrays.stream(satisfactionCounts(base, token, oldParent, from, to, "")).sum();
            if (afterTotal != before - countyTotal) {
                Thread.sleep(20);
            }
        }
        double followMs = (System.nanoTime() - t0) / 1e6;
        long newCityTotal = Arrays.stream(satisfactionCounts(base, token, newCity, from, to, "")).sum();
        return new UnitMove(oldParent, countyTotal, before, afterTotal, newCityTotal, followMs);
    }

    /** A field's value in a flat JSON object (numbers and strings without escapes). */
    static String field(String json, String name) throws IOException {
        Matcher m = Pattern.compile("\"" + name + "\":(?:\"([^\"]*)\"|(-?\\d+|null))").matcher(json);
        if (!m.find()) {
            throw new IOException("no " + name + " in " + json);
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    // ---- 3. bulk load ----

    record LoadResult(long rows, long cases, long rollups, long firstId, long lastId, double loadSeconds, double statsSeconds) {
    }

    static final String INSERT_EVALUATION = "INSERT INTO EVAL_EVALUATION (ID, UNIT_ID, RECORD_NO, SCORE, CHANNEL, WINDOW_NO, "
            + "STAFF_NUMBER, STAFF_ID, SECTION_ID, MATTER_CODE, REMARK, TAGS, REAL_NAME, CITIZEN_NAME, CITIZEN_PHONE, INDICATORS, "
            + "CREATED_AT, DAY, APPEAL) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_CASE = "INSERT INTO EVAL_CASE (ID, EVALUATION_ID, UNIT_ID, SCORE, REAL_NAME, STATE, OPENED_ON, "
            + "CALLBACK_DUE, RECTIFY_DUE, RECTIFIED_ON, CLOSED_ON, APPEAL_UPHELD) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_ROLLUP = "INSERT INTO EVAL_ROLLUP (DIM, RKEY, DAY, N1, N2, N3, N4, N5, X1, X2, X3, X4, X5) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * Loads the evaluations day by day into the counties (the leaves of the load, so that a county's raw count and
     * its unit roll-up are the same figure) (ids, record numbers and days ascending, as the server would have written
     * them), with a closed case for each bad one and the roll-up rows of each day computed as Rollup.keysOf does:
     * U unit and each ancestor; M "unit/matter" for the unit and each ancestor; W "unit/window"; S staff; C section.
     */
    static LoadResult bulkLoad(Path db, Org org, LocalDate from, LocalDate to) throws Exception {
        String url = "jdbc:derby:" + db;
        System.setProperty("derby.system.durability", "test");
        System.setProperty("derby.storage.pageCacheSize", "60000");
        long t0 = System.nanoTime();
        long evaluationId;
        long caseId;
        long loaded = 0;
        long cases = 0;
        long rollups = 0;
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            evaluationId = nextId(c, "EVAL_EVALUATION");
            caseId = nextId(c, "EVAL_CASE");
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
            try (PreparedStatement ev = c.prepareStatement(INSERT_EVALUATION); PreparedStatement cs = c.prepareStatement(INSERT_CASE);
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
                        Eval e = Eval.random(org, r, true);
                        long id = evaluationId++;
                        ev.setLong(1, id);
                        ev.setLong(2, e.unit.id);
                        ev.setString(3, recordNo(loaded));
                        ev.setInt(4, e.score);
                        ev.setString(5, "WINDOW_DEVICE");
                        ev.setString(6, e.windowNo);
                        ev.setString(7, e.staff == null ? null : e.staff.number);
                        setLong(ev, 8, e.staff == null ? null : e.staff.id);
                        setLong(ev, 9, e.staff == null ? null : e.staff.sectionId);
                        ev.setString(10, e.matterCode);
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
                        if (e.score <= 2) {
                            cs.setLong(1, caseId++);
                            cs.setLong(2, id);
                            cs.setLong(3, e.unit.id);
                            cs.setInt(4, e.score);
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
                        for (String key : rollupKeys(e)) {
                            dayRollups.computeIfAbsent(key, k -> new long[5])[e.score - 1]++;
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
                            System.out.printf(Locale.ROOT, "     %,d rows, %s, %,.0f rows/s lately, load average %s%n", loaded, day,
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
            try (Statement s = c.createStatement()) {
                for (String t : List.of("EVAL_EVALUATION", "EVAL_ROLLUP", "EVAL_CASE")) {
                    s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + t + "', NULL)");
                }
            }
            double statsSeconds = (System.nanoTime() - s0) / 1e9;
            return new LoadResult(loaded, cases, rollups, firstId, evaluationId - 1, loadSeconds, statsSeconds);
        } finally {
            shutdownDatabase(url); // a clean shutdown: everything is on disk before the server opens it
            System.clearProperty("derby.system.durability");
            System.clearProperty("derby.storage.pageCacheSize");
        }
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

    /** The roll-up keys of an evaluation as DIM letter + RKEY, exactly as Rollup.keysOf makes them. */
    static List<String> rollupKeys(Eval e) {
        List<String> keys = new ArrayList<>(4 + 2 * e.unit.chain.size());
        for (long u : e.unit.chain) {
            keys.add("U" + u);
            if (e.matterCode != null) {
                keys.add("M" + u + "/" + e.matterCode);
            }
        }
        if (e.windowNo != null) {
            keys.add("W" + e.unit.id + "/" + e.windowNo);
        }
        if (e.staff != null) {
            keys.add("S" + e.staff.id);
            if (e.staff.sectionId != null) {
                keys.add("C" + e.staff.sectionId);
            }
        }
        return keys;
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
        String table = name;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(ID) FROM " + table)) {
            rs.next();
            return rs.getLong(1) + 1;
        }
    }

    static void setNextId(Connection c, String name, long next) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE EVAL_ID_BLOCK SET NEXT_ID = ? WHERE NAME = ?")) {
            up.setLong(1, next);
            up.setString(2, name);
            if (up.executeUpdate() == 0) {
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO EVAL_ID_BLOCK (NAME, NEXT_ID) VALUES (?, ?)")) {
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

    record RawScan(long count, double firstMs, double medianMs, long rollupCount, double rollupFirstMs, double rollupMedianMs) {
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
                try (PreparedStatement q = c.prepareStatement("SELECT SUM(N1), SUM(N2), SUM(N3), SUM(N4), SUM(N5) FROM EVAL_ROLLUP "
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
            double[] restScan = Arrays.copyOfRange(scan, 1, 6);
            double[] restRoll = Arrays.copyOfRange(roll, 1, 6);
            Arrays.sort(restScan);
            Arrays.sort(restRoll);
            return new RawScan(count, scan[0], restScan[2], rolled, roll[0], restRoll[2]);
        } finally {
            shutdownDatabase(url);
        }
    }

    record Quarter(LocalDate from, LocalDate to) {
    }

    static List<Quarter> fullQuarters(LocalDate from, LocalDate to) {
        List<Quarter> list = new ArrayList<>();
        LocalDate q = LocalDate.of(from.getYear(), ((from.getMonthValue() - 1) / 3) * 3 + 1, 1);
        for (; !q.isAfter(to); q = q.plusMonths(3)) {
            LocalDate end = q.plusMonths(3).minusDays(1);
            if (!q.isBefore(from) && !end.isAfter(to)) {
                list.add(new Quarter(q, end));
            }
        }
        if (list.isEmpty()) {
            list.add(new Quarter(from, to));
        }
        return list;
    }

    static List<Quarter> fullMonths(LocalDate from, LocalDate to) {
        List<Quarter> list = new ArrayList<>();
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
            LocalDate end = m.plusMonths(1).minusDays(1);
            if (!m.isBefore(from) && !end.isAfter(to)) {
                list.add(new Quarter(m, end));
            }
        }
        if (list.isEmpty()) {
            list.add(new Quarter(from, to));
        }
        return list;
    }

    // ---- reports ----

    record Kind(String report, String period, double firstMs, long[] sorted, long errors) {
    }

    record Reports(double firstAfterRestartMs, String firstUrl, List<Kind> kinds) {
    }

    static Reports reports(String base, String token, Org org, LocalDate from, LocalDate to, Quarter firstQuarter, long county)
            throws IOException, InterruptedException {
        // the very first report after the restart: the county quarter of the raw SQL figure
        String firstUrl = "/api/v1/evaluations/satisfaction?unitId=" + county + "&from=" + firstQuarter.from + "&to=" + firstQuarter.to;
        long t0 = System.nanoTime();
        getOk(base + firstUrl, token);
        double first = (System.nanoTime() - t0) / 1e6;
        System.out.printf("   first report after the restart (%s): %s ms%n", firstUrl, ms(first));
        List<Quarter> months = fullMonths(from, to);
        List<Quarter> quarters = fullQuarters(from, to);
        SplittableRandom r = new SplittableRandom(42);
        List<Kind> kinds = new ArrayList<>();
        List<Unit> all = new ArrayList<>(org.units.values());
        for (String report : List.of("UNIT", "by=UNIT", "by=WINDOW")) {
            for (String period : List.of("day", "month", "quarter", "year")) {
                long[] lat = new long[calls];
                double firstMs = 0;
                long errors = 0;
                for (int i = 0; i < calls; i++) {
                    Quarter p = switch (period) {
                        case "day" -> {
                            LocalDate d = from.plusDays(r.nextInt((int) (to.toEpochDay() - from.toEpochDay() + 1)));
                            yield new Quarter(d, d);
                        }
                        case "month" -> months.get(r.nextInt(months.size()));
                        case "quarter" -> quarters.get(r.nextInt(quarters.size()));
                        default -> new Quarter(from, to);
                    };
                    List<Unit> pool = switch (report) {
                        case "by=UNIT" -> org.parents;
                        case "by=WINDOW" -> org.leaves;
                        default -> all;
                    };
                    Unit u = pool.get(r.nextInt(pool.size()));
                    String url = base + "/api/v1/evaluations/satisfaction?unitId=" + u.id + "&from=" + p.from + "&to=" + p.to
                            + (report.startsWith("by=") ? "&" + report : "");
                    long s = System.nanoTime();
                    int status;
                    try {
                        HttpResponse<byte[]> resp = client.send(get(url, token), HttpResponse.BodyHandlers.ofByteArray());
                        status = resp.statusCode();
                    } catch (IOException e) {
                        status = -1;
                    }
                    lat[i] = System.nanoTime() - s;
                    if (i == 0) {
                        firstMs = lat[i] / 1e6;
                    }
                    if (status != 200) {
                        errors++;
                    }
                }
                Arrays.sort(lat);
                Kind k = new Kind(report, period, firstMs, lat, errors);
                kinds.add(k);
                System.out.printf(Locale.ROOT, "   GET satisfaction %-9s %-7s first %7s ms  p50 %6s ms  p99 %6s ms  max %6s ms  errors %d%n",
                        report, period, ms(firstMs), ms(pct(lat, 0.5)), ms(pct(lat, 0.99)), ms(pct(lat, 1.0)), errors);
            }
        }
        return new Reports(first, firstUrl, kinds);
    }

    // ---- server ----

    static final class Server {
        final Process process;
        final String base;
        final Path log;
        long readyMillis;

        Server(Process process, String base, Path log) {
            this.process = process;
            this.base = base;
            this.log = log;
        }

        static Server launch(Path script, Path data, String name) throws IOException, InterruptedException {
            int port = freePort();
            ProcessBuilder pb = new ProcessBuilder(script.toString()).directory(script.getParent().toFile());
            pb.environment().put("XINGFENG_OPTS", String.join(" ",
                    "-Dorg.osgi.service.http.port=" + port,
                    "-Dorg.osgi.service.http.host=127.0.0.1",
                    "-Dxingfeng.data=" + data,
                    "-Dxingfeng.admin.password=" + PASSWORD,
                    "-Dxingfeng.demo=true",
                    "-Dxingfeng.ratelimit.evaluations.submit=100000000",
                    "-Dxingfeng.ratelimit.auth.login=100000",
                    serverOpts).strip());
            Path log = work.resolve(name + ".log");
            pb.redirectErrorStream(true).redirectOutput(log.toFile());
            long t0 = System.nanoTime();
            Process p = pb.start();
            running.add(p);
            Server s = new Server(p, "http://127.0.0.1:" + port, log);
            s.readyMillis = (s.waitReady(t0) - t0) / 1_000_000;
            return s;
        }

        long waitReady(long t0) throws IOException, InterruptedException {
            long deadline = t0 + START_LIMIT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IOException("server exited with " + process.exitValue() + " before ready; log:\n" + tail());
                }
                if (status(post(base + "/api/v1/auth/login", "{}")) == 400 && status(get(base + "/health", null)) == 200) {
                    return System.nanoTime();
                }
                Thread.sleep(50);
            }
            throw new IOException("server not ready within " + START_LIMIT.toSeconds() + " s; log:\n" + tail());
        }

        void stop() throws InterruptedException {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            running.remove(process);
        }

        String tail() {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static HttpRequest get(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    static HttpRequest post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static int status(HttpRequest request) throws InterruptedException {
        try {
            return probe.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    static String getOrNull(String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = probe.send(get(url, token), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? r.body() : null;
    }

    static String getOk(String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = probe.send(get(url, token), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static String login(String base) throws IOException, InterruptedException {
        // the first administrator is made just after the HTTP side comes up: a first start may need a moment
        HttpResponse<String> r = null;
        for (int attempt = 0; attempt < 45; attempt++) { // at most 30 logins a minute per address
            r = probe.send(post(base + "/api/v1/auth/login",
                    "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}"), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 401) {
                break;
            }
            Thread.sleep(2000);
        }
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IOException("login failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    // ---- machine ----

    record Machine(String nproc, String cpu, String memory, String java, String os, String loadStart) {
        static Machine read() {
            String nproc = command("nproc");
            if (nproc == null) {
                nproc = String.valueOf(Runtime.getRuntime().availableProcessors());
            }
            String cpu = firstValue("/proc/cpuinfo", "model name");
            String mem = firstValue("/proc/meminfo", "MemTotal");
            String memory = "unknown";
            if (mem != null) {
                memory = String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(mem.replaceAll("\\D", "")) / 1024.0 / 1024.0);
            }
            String java = System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ", "
                    + System.getProperty("java.vendor") + ")";
            String os = System.getProperty("os.name") + " " + System.getProperty("os.version");
            return new Machine(nproc, cpu == null ? "unknown" : cpu, memory, java, os, loadAverage());
        }

        String describe() {
            return nproc + " CPUs (nproc), " + cpu + ", " + memory + " RAM, Java " + java + ", " + os;
        }

        static String loadAverage() {
            try {
                return Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0];
            } catch (IOException | RuntimeException e) {
                return "unknown";
            }
        }

        static String firstValue(String file, String key) {
            try (Stream<String> lines = Files.lines(Path.of(file))) {
                return lines.filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).trim())
                        .findFirst().orElse(null);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        static String command(String name) {
            try {
                Process p = new ProcessBuilder(name).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty() ? out : null;
            } catch (IOException | InterruptedException e) {
                return null;
            }
        }
    }

    // ---- report ----

    static long[] merge(long[][] lat, int[] n) {
        long[] all = new long[Arrays.stream(n).sum()];
        int k = 0;
        for (int i = 0; i < lat.length; i++) {
            System.arraycopy(lat[i], 0, all, k, n[i]);
            k += n[i];
        }
        Arrays.sort(all);
        return all;
    }

    static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static String ms(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : v < 100 ? "%.1f" : "%.0f", v);
    }

    static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.2f GiB", bytes / 1024.0 / 1024.0 / 1024.0);
    }

    static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static String verdict(boolean met, String by) {
        return met ? "met" : "MISSED" + (by.isEmpty() ? "" : " (" + by + ")");
    }

    static void printTable(Machine m, String loadEnd, long seconds, DerbyLimit d1, DerbyLimit d16, DerbyLimit dBatch,
            List<IngestRow> ingest, long acknowledged, long stored, long rolledUp, LoadResult load, RawScan raw, Quarter q,
            long county, Reports reports, long yearTotal, long afterId, UnitMove move) {
        String line = "-".repeat(118);
        System.out.println("Summary");
        System.out.println(line);
        System.out.println("Machine: " + m.describe());
        System.out.println("1-minute load average: " + m.loadStart + " at start, " + loadEnd
                + " at end (includes this run's own load); run took " + seconds + " s");
        System.out.println(line);
        printLimits(d1, d16, dBatch);
        System.out.println(line);
        printIngest(ingest, acknowledged, stored, rolledUp);
        System.out.println(line);
        printReportsTable(load, raw, q, county, reports, yearTotal, afterId);
        System.out.printf(Locale.ROOT, "Unit move: county %d with %,d evaluations in the year moved to a new city; roll-ups followed in %s ms "
                + "(raw COUNT(*) of its quarter, server stopped: median %s ms); %s%n", county, move.countyTotal, ms(move.followMs),
                ms(raw.medianMs), move.ok() ? "counts match" : "MISMATCH");
        System.out.println(line);
        System.out.println("Baseline for ingest: JDK com.sun.net.httpserver on 127.0.0.1, 16 threads, reads the body and answers 201 with a");
        System.out.println("fixed " + BASELINE_BODY.length + "-byte receipt, loaded by the same client code (java.net.http, HTTP/1.1) next to each server round.");
        System.out.println("Client, baseline and server share the same CPUs.");
        System.out.println();
        printMarkdown(m, loadEnd, d1, d16, dBatch, ingest, acknowledged, stored, rolledUp, load, raw, reports);
    }

    static void printLimits(DerbyLimit d1, DerbyLimit d16, DerbyLimit dBatch) {
        System.out.println("Machine limit, durable commits (raw embedded Derby, JDBC, default durability, PK + unique 20-char index)");
        System.out.printf(Locale.ROOT, "  %-52s %,10.0f commits/s   p50 %6s ms  p99 %6s ms%n", "1 thread, 1 row per commit",
                d1.commitsPerSecond(), ms(pct(d1.sorted, 0.5)), ms(pct(d1.sorted, 0.99)));
        System.out.printf(Locale.ROOT, "  %-52s %,10.0f commits/s   p50 %6s ms  p99 %6s ms%n", DERBY_THREADS_MANY + " threads, 1 row per commit",
                d16.commitsPerSecond(), ms(pct(d16.sorted, 0.5)), ms(pct(d16.sorted, 0.99)));
        System.out.printf(Locale.ROOT, "  %-52s %,10.0f rows/s      p50 %6s ms  p99 %6s ms per commit%n",
                "1 thread, 500 rows per commit", dBatch.rowsPerSecond(), ms(pct(dBatch.sorted, 0.5)), ms(pct(dBatch.sorted, 0.99)));
    }

    static void printIngest(List<IngestRow> ingest, long acknowledged, long stored, long rolledUp) {
        System.out.printf("%-34s | %8s %7s %7s %7s %6s | %8s %7s %7s | %s%n", "HTTP ingest, " + round.toSeconds() + " s per round",
                "201/s", "p50 ms", "p99 ms", "max ms", "errors", "base r/s", "b p50", "b p99", "target >= 5,000/s, p99 < 50 ms");
        for (IngestRow r : ingest) {
            Result s = r.server;
            Result b = r.baseline;
            System.out.printf(Locale.ROOT, "%-34s | %8.0f %7s %7s %7s %6d | %8.0f %7s %7s | %s%n",
                    "POST submissions, C=" + r.clients, s.createdPerSecond(), ms(s.p(0.5)), ms(s.p(0.99)), ms(pct(s.sorted, 1.0)),
                    s.errors, b.createdPerSecond(), ms(b.p(0.5)), ms(b.p(0.99)), ingestVerdict(s));
        }
        System.out.printf(Locale.ROOT, "Durability: %,d answered 201, %,d rows stored, roll-up total %,d: %s%n", acknowledged,
                stored, rolledUp, stored == acknowledged && rolledUp == acknowledged ? "all match" : "MISMATCH");
    }

    static void printReportsTable(LoadResult load, RawScan raw, Quarter q, long county, Reports reports, long yearTotal,
            long afterId) {
        System.out.printf(Locale.ROOT, "Reports on %,d evaluations (%,d roll-up rows; load %.0f s, %,.0f rows/s)%n", load.rows,
                load.rollups, load.loadSeconds, load.rows / load.loadSeconds);
        System.out.printf(Locale.ROOT, "  limit: raw SQL COUNT(*) of county %d, %s..%s (%,d rows): first %s ms, median of 5 %s ms; "
                + "the same from EVAL_ROLLUP: first %s ms, median %s ms%n", county, q.from, q.to, raw.count, ms(raw.firstMs),
                ms(raw.medianMs), ms(raw.rollupFirstMs), ms(raw.rollupMedianMs));
        System.out.printf("  first report after restart: %s ms%n", ms(reports.firstAfterRestartMs));
        System.out.printf("  %-22s %-8s | %8s %8s %8s %8s %6s | %s%n", "GET satisfaction", "period", "first", "p50 ms", "p99 ms",
                "max ms", "errors", "target p99 < 200 ms");
        for (Kind k : reports.kinds) {
            double p99 = pct(k.sorted, 0.99);
            System.out.printf(Locale.ROOT, "  %-22s %-8s | %8s %8s %8s %8s %6d | %s%n", k.report, k.period, ms(k.firstMs),
                    ms(pct(k.sorted, 0.5)), ms(p99), ms(pct(k.sorted, 1.0)), k.errors,
                    verdict(p99 < TARGET_REPORT_MS, p99 < TARGET_REPORT_MS ? "" : String.format(Locale.ROOT, "%.1fx over", p99 / TARGET_REPORT_MS)));
        }
        System.out.printf(Locale.ROOT, "  checks: root unit over the loaded year %,d of %,d loaded; new id after the load %,d > %,d%n",
                yearTotal, load.rows, afterId, load.lastId);
    }

    static void printMarkdown(Machine m, String loadEnd, DerbyLimit d1, DerbyLimit d16, DerbyLimit dBatch, List<IngestRow> ingest,
            long acknowledged, long stored, long rolledUp, LoadResult load, RawScan raw, Reports reports) {
        System.out.println("Markdown for a README:");
        System.out.println();
        System.out.println("| Measure | Xingfeng server | Machine limit, same run | Target |");
        System.out.println("|---|---|---|---|");
        String derbyCell = String.format(Locale.ROOT, "raw embedded Derby, durable commit per row: %,.0f commits/s (1 thread), %,.0f commits/s (%d threads); "
                + "%,.0f rows/s in commits of 500", d1.commitsPerSecond(), d16.commitsPerSecond(), DERBY_THREADS_MANY, dBatch.rowsPerSecond());
        for (IngestRow r : ingest) {
            Result s = r.server;
            Result b = r.baseline;
            System.out.printf(Locale.ROOT, "| `POST %s`, %d keep-alive clients, %d s | %,.0f evaluations/s (201); p50 %s ms, p99 %s ms, "
                    + "max %s ms; %d errors | %s; JDK HttpServer answering 201: %,.0f req/s, p99 %s ms | %s |%n", SUBMIT, r.clients,
                    round.toSeconds(), s.createdPerSecond(), ms(s.p(0.5)), ms(s.p(0.99)), ms(pct(s.sorted, 1.0)), s.errors, derbyCell,
                    b.createdPerSecond(), ms(b.p(0.99)), ingestVerdict(s));
        }
        System.out.printf(Locale.ROOT, "| Durability after the ingest rounds | %,d answered 201, %,d rows stored, %,d in the roll-ups | - | %s |%n",
                acknowledged, stored, rolledUp, stored == acknowledged && rolledUp == acknowledged ? "all match" : "MISMATCH");
        String rawCell = String.format(Locale.ROOT, "raw SQL `COUNT(*)` of a county quarter (%,d rows), server stopped: first %s ms, median %s ms",
                raw.count, ms(raw.firstMs), ms(raw.medianMs));
        System.out.printf(Locale.ROOT, "| First satisfaction report after a restart, %,d evaluations | %s ms | %s | < 200 ms: %s |%n",
                load.rows, ms(reports.firstAfterRestartMs), rawCell, reports.firstAfterRestartMs < TARGET_REPORT_MS ? "met" : "missed");
        for (Kind k : reports.kinds) {
            double p99 = pct(k.sorted, 0.99);
            System.out.printf(Locale.ROOT, "| `GET satisfaction` %s, random %s, %,d evaluations, %d calls | first %s ms; p50 %s ms, p99 %s ms, max %s ms%s | %s | < 200 ms: %s |%n",
                    k.report.equals("UNIT") ? "unit" : "`" + k.report + "`", k.period, load.rows, k.sorted.length, ms(k.firstMs),
                    ms(pct(k.sorted, 0.5)), ms(p99), ms(pct(k.sorted, 1.0)), k.errors == 0 ? "" : "; " + k.errors + " errors", rawCell,
                    p99 < TARGET_REPORT_MS ? "met" : "missed");
        }
        System.out.println();
        System.out.println("Machine: " + m.describe() + ". 1-minute load average " + m.loadStart + " at start, " + loadEnd
                + " at end (includes the benchmark's own load). Client, baseline and server share the CPUs; demo organisation "
                + "(8 units, 24 staff), embedded Derby; evaluations bulk-loaded over one year of days with their roll-up rows.");
    }

    static String ingestVerdict(Result s) {
        boolean rate = s.createdPerSecond() >= TARGET_RATE;
        boolean p99 = s.p(0.99) < TARGET_P99_MS;
        if (rate && p99) {
            return "met";
        }
        List<String> by = new ArrayList<>();
        if (!rate) {
            by.add(String.format(Locale.ROOT, "rate %.0f%% of target", 100 * s.createdPerSecond() / TARGET_RATE));
        }
        if (!p99) {
            by.add(String.format(Locale.ROOT, "p99 %.1fx the limit", s.p(0.99) / TARGET_P99_MS));
        }
        return "missed: " + String.join(", ", by);
    }

    // ---- clean-up ----

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static synchronized void cleanUp() {
        for (Process p : running) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
            running.remove(p);
        }
        if (work != null && Files.isDirectory(work)) {
            try {
                deleteTree(work);
            } catch (IOException e) {
                System.err.println("could not remove " + work + ": " + e.getMessage());
            }
        }
    }
}
