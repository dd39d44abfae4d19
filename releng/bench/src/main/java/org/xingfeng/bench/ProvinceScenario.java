package org.xingfeng.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A province, not a demo city: a generated Sichuan-sized organisation with a year of evaluations and handling records
 * on a private PostgreSQL cluster, and 100 officers of different cities and counties at once (logins, then their
 * org tree, unit-scoped lists, satisfaction reports and dashboards), their reach checked; the server's heap sampled.
 * Beside it, the same mix on the demo city (same cluster, same clients), a no-op JDK server and the raw SQL of each
 * kind on the same database.
 */
final class ProvinceScenario implements Scenario {

    static final double TARGET_MS = 50;
    static final long HEAP_LIMIT = 1L << 30;
    static final String DB = "province";
    static final String DEMO_DB = "democity";
    /** The officers' password: hashed once by the server (its template account), the hash copied to every account. */
    static final String OFFICER_PASSWORD = "Officer-bench-2026";
    static final String TEMPLATE = "bench.template";
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final Pattern UNIT_ID = Pattern.compile("\"unitId\":(\\d+)");
    static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    /** How many of the statements that took most of the database's time the report shows. */
    static final int STATEMENTS = 8;

    /** The kinds of the mix, in the order each client takes them (each from its own place in the list). */
    static final List<String> KINDS = List.of("org tree", "staff list", "evaluations list", "satisfaction",
            "satisfaction by=UNIT", "evaluations dashboard", "records list", "records on-time rate");

    /** A client: an account logged in, at home in a city or county. */
    record Officer(String username, long home, String level, String token, double loginMs) {
    }

    /** Latencies of calls made one after another. */
    record Timing(double p50, double p99, double max, int calls) {
        static Timing of(long[] nanos) {
            long[] s = nanos.clone();
            Arrays.sort(s);
            return new Timing(Stats.percentileMs(s, 0.5), Stats.percentileMs(s, 0.99), Stats.maxMs(s), s.length);
        }

        String cell() {
            return "p50 " + Stats.ms(p50) + " ms, p99 " + Stats.ms(p99) + " ms";
        }
    }

    /** A statement's figures from pg_stat_statements; {@code allMs}: every statement's planning and execution. */
    record Statement0(long calls, double planMs, double execMs, long rows, String sql, double allMs) {
        double share() {
            return (planMs + execMs) / allMs;
        }

        /** The statement's start, a long list of parameters shortened ({@code IN ($2, ..., $4862)}). */
        String shortSql() {
            String q = sql.replaceAll("\\s+", " ")
                    .replaceAll("\\$(\\d+)(, ?\\$\\d+)+, ?\\$(\\d+)", "\\$$1, ..., \\$$3");
            return q.length() > 160 ? q.substring(0, 160) + "..." : q;
        }

        String cell() {
            return String.format(Locale.ROOT, "%.0f %% of the database's time: %,d calls; planning %s ms and "
                    + "execution %s ms a call; %,.0f rows a call", 100 * share(), calls, Stats.ms(planMs / calls),
                    Stats.ms(execMs / calls), (double) rows / calls);
        }
    }

    /**
     * One round of the mix: the logins, the warm-up, the measured round (back to back) and the round at an officer's
     * pace ({@code paced}, null when not asked for).
     */
    record Round(List<Officer> officers, Timing logins, long loginErrors, ClosedLoad.Result result,
            ClosedLoad.Result paced) {
    }

    @Override
    public String name() {
        return "province";
    }

    @Override
    public String summary() {
        return "a generated Sichuan-sized province on PostgreSQL (44,205 units, 100,000 staff, 10,000 accounts; "
                + "--province-rows 2,000,000 evaluations, --province-records 500,000 handling records, "
                + "--province-scale 1): --clients 100 officers' logins, org tree, lists, reports and dashboards, "
                + "--warmup 20 s, --round 30 s, heap sampled; beside the demo city, a JDK HttpServer and raw SQL "
                + "(root and PostgreSQL's server binaries; 20-30 min, ~6 GiB)";
    }

    @Override
    public String title() {
        return "A province on PostgreSQL: officers of many cities and counties at once";
    }

    @Override
    public void run(Run run, Report.Section section) throws Exception {
        String missing = Postgres.missing();
        if (missing != null) {
            System.out.println("  skipped: " + missing);
            section.note("Skipped: " + missing + ".");
            return;
        }
        double scale = Double.parseDouble(run.options.string("province-scale", "1"));
        int clients = run.options.integer("clients", 100);
        long rows = run.options.number("province-rows", Math.round(2_000_000 * scale));
        long records = run.options.number("province-records", Math.round(500_000 * scale));
        Duration warmup = run.options.seconds("warmup", 20);
        Duration round = run.options.seconds("round", 30);
        Duration think = Duration.ofMillis(Math.round(1000 * Double.parseDouble(
                run.options.string("province-think", "1"))));
        ProvinceData.Sizes sizes = ProvinceData.Sizes.of(scale, clients);
        if (rows < 1000 || records < 1 || clients < 1) {
            throw new IllegalArgumentException("--province-rows must be at least 1000, --province-records and "
                    + "--clients at least 1");
        }
        section.parameters.put("scale", scale);
        section.parameters.put("clients", clients);
        section.parameters.put("evaluations", Stats.count(rows));
        section.parameters.put("records", Stats.count(records));
        section.parameters.put("warmup", warmup.toSeconds() + " s");
        section.parameters.put("round", round.toSeconds() + " s");
        section.parameters.put("think", think.toMillis() + " ms");

        try (Postgres pg = Postgres.start(run, run.work().resolve("pg"))) {
            System.out.printf("  PostgreSQL %s on 127.0.0.1:%d (private cluster in the run's folder)%n", pg.version,
                    pg.port);
            pg.createDatabase(DB);
            pg.createDatabase(DEMO_DB);
            Path data = run.work().resolve("province-data");
            List<String> options = pg.serverOptions(DB, false);

            // 1. the schema of every module, and the officers' password hashed once by the server
            ServerProcess schema = ServerProcess.start(run, run.fullServer(), data, "province-schema", options);
            long schemaMs = schema.readyMillis;
            System.out.printf("  server ready in %d ms on the empty database (schema made, no demo data)%n", schemaMs);
            try {
                String admin = Http.login(schema.base, ServerProcess.PASSWORD);
                HttpResponse<String> made = Http.send(Http.json("POST", schema.base + "/api/v1/users", admin,
                        "{\"username\":\"" + TEMPLATE + "\",\"displayName\":\"基准经办员\",\"roles\":"
                                + rolesJson() + ",\"password\":\"" + OFFICER_PASSWORD + "\"}"));
                if (made.statusCode() != 201) {
                    throw new IOException("POST /api/v1/users answered " + made.statusCode() + ": " + made.body());
                }
            } finally {
                schema.stop();
            }

            // 2. the province over JDBC
            LocalDate to = LocalDate.now(EvaluationsData.BUREAU).minusDays(1);
            LocalDate from = to.minusDays(364);
            ProvinceData province;
            EvaluationsData.LoadResult evaluations;
            ProvinceData.RecordsLoad handled;
            double orgSeconds;
            double analyzeSeconds;
            try (Connection c = pg.connect(DB)) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET synchronous_commit = off"); // this session's commits only: a faster load
                }
                String hash = passwordHash(c);
                long t0 = System.nanoTime();
                province = ProvinceData.generate(sizes, ProvinceData.maxId(c, "PLT_ORG_UNIT") + 1,
                        ProvinceData.maxId(c, "PLT_STAFF") + 1, ProvinceData.maxId(c, "PLT_USER") + 1);
                province.writeOrg(c, hash);
                orgSeconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "  organisation: %s, written in %.1f s%n", province.describe(),
                        orgSeconds);
                DemoOrg org = province.org();
                evaluations = EvaluationsData.bulkLoad(c, org, rows, from, to, false, System.nanoTime());
                System.out.printf(Locale.ROOT,
                        "  evaluations %s..%s: %,d with %,d closed cases and %,d roll-up rows in %.0f s "
                                + "(%,.0f evaluations/s); ANALYZE %.1f s%n",
                        from, to, evaluations.rows(), evaluations.cases(), evaluations.rollups(),
                        evaluations.loadSeconds(), evaluations.rows() / evaluations.loadSeconds(),
                        evaluations.statsSeconds());
                handled = province.writeRecords(c, org, records, from, to);
                System.out.printf(Locale.ROOT, "  handling records: %,d with %,d steps, %,d counters in %.0f s%n",
                        handled.records(), handled.steps(), handled.counters(), handled.seconds());
                long a0 = System.nanoTime();
                c.setAutoCommit(true);
                // VACUUM as well: a year's tables in service have been vacuumed by autovacuum many times, which sets
                // their visibility maps (a count by an index alone, without reading the rows, needs them); a table
                // just loaded has none, and its first readers would pay for the whole year's visibility checks.
                try (Statement s = c.createStatement()) {
                    for (String t : List.of("PLT_ORG_UNIT", "PLT_STAFF", "PLT_USER", "WIN_RECORD", "WIN_RECORD_STEP",
                            "WIN_RECORD_COUNTER", "EVAL_EVALUATION", "EVAL_ROLLUP", "EVAL_CASE")) {
                        s.execute("VACUUM ANALYZE " + t);
                    }
                }
                analyzeSeconds = (System.nanoTime() - a0) / 1e9;
            }
            long dbBytes = pg.databaseSize(DB);
            System.out.printf(Locale.ROOT, "  database %s: %s%n", DB, Stats.gib(dbBytes));
            section.row("Generated over JDBC (server stopped; batches of 1,000)",
                    String.format(Locale.ROOT,
                            "%s in %.1f s; %,d evaluations, %,d cases, %,d roll-up rows in %.0f s; %,d handling "
                                    + "records, %,d steps in %.0f s; VACUUM ANALYZE %.0f s; database %s",
                            province.describe(), orgSeconds, evaluations.rows(), evaluations.cases(),
                            evaluations.rollups(), evaluations.loadSeconds(), handled.records(), handled.steps(),
                            handled.seconds(), evaluations.statsSeconds() + analyzeSeconds, Stats.gib(dbBytes)),
                    "-", "-")
                    .figure("units", province.units.size()).figure("staff", province.staff.size())
                    .figure("accounts", province.accounts.size()).figure("orgSeconds", orgSeconds)
                    .figure("evaluations", evaluations.rows()).figure("cases", evaluations.cases())
                    .figure("rollups", evaluations.rollups()).figure("evaluationsSeconds", evaluations.loadSeconds())
                    .figure("records", handled.records()).figure("steps", handled.steps())
                    .figure("recordsSeconds", handled.seconds()).figure("databaseBytes", dbBytes);

            // 3. the server on the province
            ServerProcess server = ServerProcess.start(run, run.fullServer(), data, "province", options);
            System.out.printf("  server ready in %d ms on the province (CPU %d ms)%n", server.readyMillis,
                    server.readyCpuMillis);
            section.row("Server start on the province's database", server.readyMillis + " ms (CPU "
                    + server.readyCpuMillis + " ms)", "the same server on the empty database: " + schemaMs + " ms",
                    "-").figure("readyMs", server.readyMillis).figure("readyCpuMs", server.readyCpuMillis)
                    .figure("emptyReadyMs", schemaMs);
            Round measured;
            List<Statement0> statements = new ArrayList<>();
            Heap heap;
            Map<String, Timing> raw;
            ClosedLoad.Result baseline;
            try {
                String admin = Http.login(server.base, ServerProcess.PASSWORD);
                checkTotals(section, server.base, admin, province, evaluations, handled, from, to);
                try (Connection c = pg.connect(DB)) {
                    checkReach(section, server.base, province, c);
                }
                heap = Heap.start(run, server);
                List<ProvinceData.Account> accounts = province.officers(clients);
                List<String[]> logins = accounts.stream()
                        .map(a -> new String[] { a.username(), OFFICER_PASSWORD,
                                province.byId.get(a.homeUnitId()).level(), Long.toString(a.homeUnitId()) })
                        .toList();
                measured = mix(run, "province", server, logins, warmup, round, think, from, to, true, () -> {
                    pg.resetStatements(DB);
                    return null;
                }, () -> statements.addAll(pg.statements(DB, STATEMENTS)));
                heap.stop();
                heap.afterLoad(server);
                baseline = baseline(clients, round);
                try (Connection c = pg.connect(DB)) {
                    raw = rawQueries(c, province, measured.officers(), from, to);
                }
                raw.put("login", pbkdf2(passwordHashFromDb(pg)));
            } finally {
                server.stop();
                keep(run, server, "server.log");
            }
            boolean oom = Files.readString(server.log).contains("OutOfMemoryError");

            // 4. the demo city, same cluster, same mix
            Round demo = null;
            try {
                demo = demoCity(run, pg, clients, warmup, round, think, from, to);
            } catch (Exception e) { // the province's figures stand without it
                System.out.println("  demo city failed: " + e);
                section.note("The demo city's round failed: "
                        + String.valueOf(e.getMessage() == null ? e : e.getMessage()).lines().findFirst().orElse(""));
            }
            section.check("the demo city's round ran beside it", demo != null);

            report(section, measured, demo, baseline, raw, heap, oom, clients, round, think);
            statements(section, statements);
        }
    }

    static String rolesJson() {
        return "[\"" + String.join("\",\"", ProvinceData.OFFICER_ROLES.split(",")) + "\"]";
    }

    static String passwordHash(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT PASSWORD_HASH FROM PLT_USER WHERE USERNAME = ?")) {
            q.setString(1, TEMPLATE);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the template account " + TEMPLATE + " is not in PLT_USER");
                }
                return rs.getString(1);
            }
        }
    }

    static String passwordHashFromDb(Postgres pg) throws SQLException {
        try (Connection c = pg.connect(DB)) {
            return passwordHash(c);
        }
    }

    // ---- checks ----

    /** What the server counts is what was loaded: evaluations in the roll-ups, records and staff in the lists. */
    static void checkTotals(Report.Section section, String base, String admin, ProvinceData p,
            EvaluationsData.LoadResult evaluations, ProvinceData.RecordsLoad handled, LocalDate from, LocalDate to)
            throws IOException, InterruptedException {
        long rolled = EvaluationsData.satisfactionTotal(base, admin, p.root().id(), from, to);
        section.check(String.format(Locale.ROOT, "the province's roll-ups over the year add up to the evaluations "
                + "loaded (%,d of %,d)", rolled, evaluations.rows()), rolled == evaluations.rows());
        long listed = total(Http.getOk(base + "/api/v1/windows/records?size=1", admin));
        section.check(String.format(Locale.ROOT, "the records list counts every record loaded (%,d of %,d)", listed,
                handled.records()), listed == handled.records());
        long staff = total(Http.getOk(base + "/api/v1/org/staff?size=1", admin));
        section.check(String.format(Locale.ROOT, "the staff list counts every staff member (%,d of %,d)", staff,
                p.staff.size()), staff == p.staff.size());
    }

    /**
     * A county's and a city's officer see exactly their subtree: the org tree, the staff, evaluations and records
     * lists (totals equal to the database's count within the subtree, every row's unit in it), and another county's
     * unit answers 404.
     */
    static void checkReach(Report.Section section, String base, ProvinceData p, Connection c)
            throws IOException, InterruptedException, SQLException {
        List<ProvinceData.Account> two = p.officers(2); // a city's officer, then a county's
        List<ProvinceData.Unit> counties = p.at(ProvinceData.COUNTY);
        for (ProvinceData.Account a : two) {
            String token = login(base, a.username(), OFFICER_PASSWORD).token();
            ProvinceData.Unit home = p.byId.get(a.homeUnitId());
            Set<Long> reach = p.subtree(home.id());
            String who = home.level().toLowerCase(Locale.ROOT) + " officer " + a.username() + " (" + reach.size()
                    + " units)";
            String tree = Http.getOk(base + "/api/v1/org/units/" + home.id() + "/subtree", token);
            List<Long> treeIds = ids(Pattern.compile("\\{\"id\":(\\d+)"), tree);
            section.check(who + ": the org tree is the subtree", treeIds.size() == reach.size()
                    && reach.containsAll(treeIds));
            long staffTotal = p.staffWithin(home.id());
            listCheck(section, who, base + "/api/v1/org/staff?size=100", token, reach, staffTotal);
            listCheck(section, who, base + "/api/v1/evaluations?size=100", token, reach,
                    count(c, "EVAL_EVALUATION", reach));
            listCheck(section, who, base + "/api/v1/windows/records?size=100", token, reach,
                    count(c, "WIN_RECORD", reach));
            ProvinceData.Unit other = counties.stream().filter(u -> !reach.contains(u.id())).findFirst().orElse(null);
            if (other != null) {
                int unit = Http.status(Http.get(base + "/api/v1/org/units/" + other.id(), token));
                int subtree = Http.status(Http.get(base + "/api/v1/org/units/" + other.id() + "/subtree", token));
                int list = Http.status(Http.get(base + "/api/v1/evaluations?unitId=" + other.id(), token));
                int report = Http.status(Http.get(base + "/api/v1/evaluations/satisfaction?unitId=" + other.id()
                        + "&from=2026-01-01&to=2026-01-31", token));
                section.check(who + ": another county's unit, tree, evaluations and report answer 404 (" + unit + ", "
                        + subtree + ", " + list + ", " + report + ")",
                        unit == 404 && subtree == 404 && list == 404 && report == 404);
            }
        }
    }

    private static void listCheck(Report.Section section, String who, String url, String token, Set<Long> reach,
            long expected) throws IOException, InterruptedException {
        String body = Http.getOk(url, token);
        List<Long> units = ids(UNIT_ID, body);
        long total = total(body);
        String path = URI.create(url).getPath();
        section.check(String.format(Locale.ROOT, "%s: %s has only its reach (%d rows, total %,d of %,d in the "
                + "subtree)", who, path, units.size(), total, expected),
                !units.isEmpty() && reach.containsAll(units) && total == expected);
    }

    static long count(Connection c, String table, Set<Long> units) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE UNIT_ID = ANY(?)")) {
            q.setArray(1, c.createArrayOf("bigint", units.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static List<Long> ids(Pattern p, String body) {
        List<Long> out = new ArrayList<>();
        Matcher m = p.matcher(body);
        while (m.find()) {
            out.add(Long.parseLong(m.group(1)));
        }
        return out;
    }

    /** A page's total (the last "total": a page writes it after its items). */
    static long total(String body) throws IOException {
        Matcher m = TOTAL.matcher(body);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last == null) {
            throw new IOException("no total in " + body.substring(0, Math.min(300, body.length())));
        }
        return Long.parseLong(last);
    }

    // ---- the load ----

    /** A login, waited for as long as it takes (a hundred at once queue for the CPUs). */
    static Officer login(String base, String username, String password) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> r = Http.send(Http.json("POST", base + "/api/v1/auth/login", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", Duration.ofMinutes(5)));
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 200) {
            throw new IOException("login of " + username + " answered " + r.statusCode() + ": " + r.body());
        }
        return new Officer(username, 0, null, Http.field(r.body(), "token"), ms);
    }

    /**
     * The clients log in all at once (each login measured), then send the mix, each in turn from its own place in
     * it: a warm-up, then the measured round back to back, then (unless {@code think} is zero) a round of the same
     * length at an officer's pace, each client pausing a think time of that mean after each answer. {@code logins}:
     * username, password, home level and home unit id of each client. A client whose login failed logs in again
     * afterwards (not measured), so that all of them load.
     */
    static Round mix(Run run, String name, ServerProcess server, List<String[]> logins, Duration warmup,
            Duration round, Duration think, LocalDate from, LocalDate to, boolean sampleThreads, Callable<?> atRound,
            Callable<?> afterRound) throws Exception {
        int clients = logins.size();
        List<Officer> officers = new ArrayList<>();
        List<Long> loginNanos = new ArrayList<>();
        long loginErrors = 0;
        Thread loginSampler = null;
        if (sampleThreads) {
            loginSampler = new Thread(() -> ThreadSamples.take(run, server, "the logins", 3000, 3, 4000,
                    "login-threads.txt"));
            loginSampler.setDaemon(true);
            loginSampler.start();
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Officer>> made = new ArrayList<>();
            for (String[] l : logins) {
                made.add(pool.submit(() -> login(server.base, l[0], l[1])));
            }
            List<String[]> again = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String[] l = logins.get(i);
                try {
                    Officer o = made.get(i).get(5, TimeUnit.MINUTES);
                    loginNanos.add((long) (o.loginMs() * 1e6));
                    officers.add(new Officer(o.username(), Long.parseLong(l[3]), l[2], o.token(), o.loginMs()));
                } catch (ExecutionException e) {
                    if (loginErrors++ < 3) {
                        System.out.println("  login failed: " + e.getCause().getMessage());
                    }
                    again.add(l);
                }
            }
            for (String[] l : again) { // one after another, to have every client in the load
                Officer o = login(server.base, l[0], l[1]);
                officers.add(new Officer(o.username(), Long.parseLong(l[3]), l[2], o.token(), o.loginMs()));
            }
        } finally {
            pool.shutdownNow();
        }
        if (loginSampler != null) {
            loginSampler.join(60_000);
        }
        Timing logged = Timing.of(loginNanos.stream().mapToLong(Long::longValue).toArray());
        System.out.printf(Locale.ROOT, "  %s: %d logins at once: p50 %s ms, p99 %s ms, max %s ms, %d failed%n", name,
                clients, Stats.ms(logged.p50()), Stats.ms(logged.p99()), Stats.ms(logged.max()), loginErrors);
        Periods periods = new Periods(from, to);
        Thread sampler = null;
        if (sampleThreads) { // in the warm-up's second half: a thread dump stops the server for a moment
            sampler = new Thread(() -> ThreadSamples.take(run, server, "the warm-up", warmup.toMillis() / 2, 4,
                    Math.max(1000, warmup.toMillis() / 8), "threads.txt"));
            sampler.setDaemon(true);
            sampler.start();
        }
        ClosedLoad.Result w = ClosedLoad.run(officers.size(), warmup, 200,
                i -> requests(server.base, officers.get(i), i, periods), ProvinceScenario::kindOf);
        System.out.printf("  %s warm-up %d s: %s%n", name, warmup.toSeconds(), w.summary());
        if (sampler != null) {
            sampler.join(30_000);
        }
        if (atRound != null) {
            atRound.call();
        }
        ClosedLoad.Result r = ClosedLoad.run(officers.size(), round, 200,
                i -> requests(server.base, officers.get(i), i, periods), ProvinceScenario::kindOf);
        System.out.printf("  %s round %d s, %d clients: %s%n", name, round.toSeconds(), officers.size(), r.summary());
        printKinds(r);
        if (afterRound != null) {
            afterRound.call();
        }
        ClosedLoad.Result paced = null;
        if (!think.isZero()) {
            paced = ClosedLoad.run(officers.size(), round, 200,
                    i -> requests(server.base, officers.get(i), i, periods), ProvinceScenario::kindOf, think);
            System.out.printf("  %s at an officer's pace (think %d ms), %d s: %,.0f req/s, %s%n", name,
                    think.toMillis(), round.toSeconds(), paced.requestsPerSecond(), paced.summary());
            printKinds(paced);
        }
        return new Round(officers, logged, loginErrors, r, paced);
    }

    private static void printKinds(ClosedLoad.Result r) {
        r.kinds().forEach((k, v) -> {
            System.out.printf(Locale.ROOT, "    %-22s %,7d requests  p50 %6s ms  p99 %6s ms  max %6s ms  errors %d%n",
                    k,
                    v.requests(), Stats.ms(v.p(0.5)), Stats.ms(v.p(0.99)), Stats.ms(v.p(1.0)), v.errors());
            v.errorBodies().forEach(b -> System.out.println("      " + b));
        });
    }

    /** The periods the reports ask for: yesterday, the last full month and quarter, the loaded year. */
    record Periods(EvaluationsData.Period day, EvaluationsData.Period month, EvaluationsData.Period quarter,
            EvaluationsData.Period year) {
        Periods(LocalDate from, LocalDate to) {
            this(new EvaluationsData.Period(to, to), last(EvaluationsData.fullMonths(from, to)),
                    last(EvaluationsData.fullQuarters(from, to)), new EvaluationsData.Period(from, to));
        }

        private static EvaluationsData.Period last(List<EvaluationsData.Period> list) {
            return list.get(list.size() - 1);
        }

        EvaluationsData.Period random(SplittableRandom r) {
            return switch (r.nextInt(4)) {
                case 0 -> day;
                case 1 -> month;
                case 2 -> quarter;
                default -> year;
            };
        }
    }

    /** Client i's requests: the kinds in turn from the i-th, each about the officer's home unit. */
    static Supplier<HttpRequest> requests(String base, Officer o, int i, Periods periods) {
        SplittableRandom r = new SplittableRandom(i);
        int[] next = { i % KINDS.size() };
        String api = base + "/api/v1";
        return () -> {
            String kind = KINDS.get(next[0]++ % KINDS.size());
            EvaluationsData.Period m = periods.month();
            String url = switch (kind) {
                case "org tree" -> api + "/org/units/" + o.home() + "/subtree";
                case "staff list" -> api + "/org/staff?size=20";
                case "evaluations list" -> api + "/evaluations?size=20";
                case "satisfaction" -> {
                    EvaluationsData.Period p = periods.random(r);
                    yield api + "/evaluations/satisfaction?unitId=" + o.home() + "&from=" + p.from() + "&to=" + p.to();
                }
                case "satisfaction by=UNIT" -> api + "/evaluations/satisfaction?unitId=" + o.home() + "&from="
                        + m.from() + "&to=" + m.to() + "&by=UNIT";
                case "evaluations dashboard" -> api + "/evaluations/dashboard?unitId=" + o.home() + "&from="
                        + m.from() + "&to=" + m.to();
                case "records list" -> api + "/windows/records?size=20";
                default -> api + "/windows/records/on-time?unitId=" + o.home() + "&from=" + m.from() + "&to="
                        + m.to();
            };
            return Http.get(url, o.token(), TIMEOUT);
        };
    }

    /** The kind of a request of the mix, from its path. */
    static String kindOf(HttpRequest request) {
        String path = request.uri().getPath();
        String query = request.uri().getQuery() == null ? "" : request.uri().getQuery();
        if (path.endsWith("/subtree")) {
            return "org tree";
        } else if (path.endsWith("/org/staff")) {
            return "staff list";
        } else if (path.endsWith("/evaluations")) {
            return "evaluations list";
        } else if (path.endsWith("/satisfaction")) {
            return query.contains("by=UNIT") ? "satisfaction by=UNIT" : "satisfaction";
        } else if (path.endsWith("/dashboard")) {
            return "evaluations dashboard";
        } else if (path.endsWith("/records/on-time")) {
            return "records on-time rate";
        } else if (path.endsWith("/records")) {
            return "records list";
        }
        return path;
    }

    /** The machine's limit for a request: a JDK HttpServer's fixed body to the same clients. */
    static ClosedLoad.Result baseline(int clients, Duration round) throws IOException, InterruptedException {
        try (BaselineServer b = new BaselineServer(200, ReadsScenario.BASELINE_BODY, "application/json", 256)) {
            HttpRequest request = Http.get(b.base() + "/api/v1/org/staff?size=20", "baseline", TIMEOUT);
            ClosedLoad.run(clients, Duration.ofSeconds(5), 200, i -> () -> request);
            ClosedLoad.Result r = ClosedLoad.run(clients, round, 200, i -> () -> request);
            System.out.printf("  baseline (JDK HttpServer, fixed %d-byte body), %d clients: %s%n",
                    b.bodyLength(), clients, r.summary());
            return r;
        }
    }

    // ---- the raw SQL of each kind ----

    /**
     * Each kind's own SQL on the same database, one call after another on one connection (the server idle), for the
     * officers' home units in turn: what the database needs for an answer.
     */
    static Map<String, Timing> rawQueries(Connection c, ProvinceData p, List<Officer> officers, LocalDate from,
            LocalDate to) throws SQLException {
        int calls = 200;
        Periods periods = new Periods(from, to);
        Map<Long, Array> reach = new HashMap<>();
        Map<Long, Array> childKeys = new HashMap<>();
        for (Officer o : officers) {
            reach.computeIfAbsent(o.home(), h -> array(c, "bigint", p.subtree(h).toArray()));
            childKeys.computeIfAbsent(o.home(),
                    h -> array(c, "varchar", p.childrenOf(h).stream().map(String::valueOf).toArray()));
        }
        Map<String, Timing> out = new LinkedHashMap<>();
        out.put("all units", time(c, calls, officers, (q, o) -> q.add(
                "SELECT ID, PARENT_ID, CODE, NAME, UNIT_LEVEL FROM PLT_ORG_UNIT ORDER BY CODE")));
        out.put("org tree", time(c, calls, officers, (q, o) -> q.add("WITH RECURSIVE t AS (SELECT ID, PARENT_ID, "
                + "CODE, NAME, UNIT_LEVEL FROM PLT_ORG_UNIT WHERE ID = ? UNION ALL SELECT u.ID, u.PARENT_ID, u.CODE, "
                + "u.NAME, u.UNIT_LEVEL FROM PLT_ORG_UNIT u JOIN t ON u.PARENT_ID = t.ID) SELECT * FROM t", o.home())));
        out.put("staff list", time(c, calls, officers, (q, o) -> {
            q.add("SELECT COUNT(*) FROM PLT_STAFF WHERE UNIT_ID = ANY(?)", reach.get(o.home()));
            q.add("SELECT ID, STAFF_NUMBER, NAME, UNIT_ID, SECTION_ID, TIER, POSTS, ACTIVE FROM PLT_STAFF "
                    + "WHERE UNIT_ID = ANY(?) ORDER BY STAFF_NUMBER LIMIT 20", reach.get(o.home()));
        }));
        out.put("evaluations list", time(c, calls, officers, (q, o) -> {
            q.add("SELECT COUNT(*) FROM EVAL_EVALUATION WHERE UNIT_ID = ANY(?)", reach.get(o.home()));
            q.add("SELECT * FROM EVAL_EVALUATION WHERE UNIT_ID = ANY(?) ORDER BY ID DESC LIMIT 20",
                    reach.get(o.home()));
        }));
        EvaluationsData.Period quarter = periods.quarter();
        EvaluationsData.Period month = periods.month();
        out.put("satisfaction", time(c, calls, officers, (q, o) -> q.add("SELECT SUM(N1), SUM(N2), SUM(N3), SUM(N4), "
                + "SUM(N5) FROM EVAL_ROLLUP WHERE DIM = 'U' AND RKEY = ? AND DAY BETWEEN ? AND ?",
                Long.toString(o.home()), Date.valueOf(quarter.from()), Date.valueOf(quarter.to()))));
        out.put("satisfaction by=UNIT", time(c, calls, officers, (q, o) -> q.add("SELECT RKEY, SUM(N1), SUM(N2), "
                + "SUM(N3), SUM(N4), SUM(N5) FROM EVAL_ROLLUP WHERE DIM = 'U' AND RKEY = ANY(?) AND DAY BETWEEN ? "
                + "AND ? GROUP BY RKEY", childKeys.get(o.home()), Date.valueOf(month.from()),
                Date.valueOf(month.to()))));
        out.put("records list", time(c, calls, officers, (q, o) -> {
            q.add("SELECT COUNT(*) FROM WIN_RECORD WHERE UNIT_ID = ANY(?)", reach.get(o.home()));
            q.add("SELECT * FROM WIN_RECORD WHERE UNIT_ID = ANY(?) ORDER BY ID DESC LIMIT 20", reach.get(o.home()));
        }));
        out.put("records on-time rate", time(c, calls, officers, (q, o) -> q.add("SELECT COUNT(*), SUM(CASE WHEN "
                + "CLOSED_ON <= DUE_DATE THEN 1 ELSE 0 END) FROM WIN_RECORD WHERE UNIT_ID = ANY(?) AND STATE IN "
                + "('COMPLETED', 'DELIVERED') AND CLOSED_ON BETWEEN ? AND ? AND DUE_DATE IS NOT NULL",
                reach.get(o.home()), Date.valueOf(month.from()), Date.valueOf(month.to()))));
        out.forEach((k, t) -> System.out.printf(Locale.ROOT, "  raw SQL %-22s %s, max %s ms (%d calls)%n", k,
                t.cell(), Stats.ms(t.max()), t.calls()));
        return out;
    }

    /** SQL with its parameters, added by a kind for one officer. */
    static final class Queries {
        final List<Object[]> list = new ArrayList<>();

        void add(String sql, Object... parameters) {
            list.add(new Object[] { sql, parameters });
        }
    }

    interface Kind {
        void queries(Queries q, Officer o) throws SQLException;
    }

    private static Timing time(Connection c, int calls, List<Officer> officers, Kind kind) throws SQLException {
        Map<String, PreparedStatement> prepared = new HashMap<>();
        long[] nanos = new long[calls];
        try {
            for (int i = -20; i < calls; i++) { // 20 first ones unmeasured: the plans made and cached
                Queries q = new Queries();
                kind.queries(q, officers.get(Math.floorMod(i, officers.size())));
                long t0 = System.nanoTime();
                for (Object[] sql : q.list) {
                    PreparedStatement ps = prepared.get((String) sql[0]);
                    if (ps == null) {
                        ps = c.prepareStatement((String) sql[0]);
                        prepared.put((String) sql[0], ps);
                    }
                    Object[] parameters = (Object[]) sql[1];
                    for (int k = 0; k < parameters.length; k++) {
                        ps.setObject(k + 1, parameters[k]);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                }
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - t0;
                }
            }
        } finally {
            for (PreparedStatement ps : prepared.values()) {
                ps.close();
            }
        }
        return Timing.of(nanos);
    }

    private static Array array(Connection c, String type, Object[] values) {
        try {
            return c.createArrayOf(type, values);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One PBKDF2 derivation with the stored hash's own iterations: what a login costs the CPU at least. */
    static Timing pbkdf2(String storedHash) throws Exception {
        String[] parts = storedHash.split("\\$"); // pbkdf2-sha256$<iterations>$<salt>$<hash>
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        long[] nanos = new long[3];
        for (int i = -1; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            f.generateSecret(new PBEKeySpec(OFFICER_PASSWORD.toCharArray(), salt, iterations, 256)).getEncoded();
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t0;
            }
        }
        Timing t = Timing.of(nanos);
        System.out.printf(Locale.ROOT, "  one PBKDF2-HMAC-SHA256 derivation, %,d iterations, in the bench's JVM: "
                + "median %s ms of 3%n", iterations, Stats.ms(t.p50()));
        return t;
    }

    // ---- the demo city ----

    /**
     * The demo city on its own database of the same cluster: four officers (the city's and each county's, made by
     * REST), the clients spread over them, the same mix after the demo data has settled.
     */
    static Round demoCity(Run run, Postgres pg, int clients, Duration warmup, Duration round, Duration think,
            LocalDate from, LocalDate to) throws Exception {
        ServerProcess server = ServerProcess.start(run, run.fullServer(), run.work().resolve("democity-data"),
                "democity", pg.serverOptions(DEMO_DB, true));
        System.out.printf("  demo city: server ready in %d ms (fresh database, demo data)%n", server.readyMillis);
        try {
            String admin = Http.login(server.base, ServerProcess.PASSWORD);
            DemoOrg org = DemoOrg.read(server.base, admin);
            settle(server.base, admin);
            List<DemoOrg.Unit> homes = new ArrayList<>(
                    org.units.values().stream().filter(u -> "CITY".equals(u.level())).toList());
            homes.addAll(org.counties);
            String password = OFFICER_PASSWORD + "x";
            List<String[]> accounts = new ArrayList<>();
            for (DemoOrg.Unit u : homes) {
                String username = "bench.demo." + u.id();
                HttpResponse<String> made = Http.send(Http.json("POST", server.base + "/api/v1/users", admin,
                        "{\"username\":\"" + username + "\",\"displayName\":\"基准经办员\",\"homeUnitId\":" + u.id()
                                + ",\"roles\":" + rolesJson() + ",\"password\":\"" + OFFICER_PASSWORD + "\"}"));
                if (made.statusCode() != 201) {
                    throw new IOException("POST /api/v1/users answered " + made.statusCode() + ": " + made.body());
                }
                String once = login(server.base, username, OFFICER_PASSWORD).token(); // a new account's must change
                HttpResponse<String> changed = Http.send(Http.json("POST", server.base + "/api/v1/auth/password",
                        once, "{\"oldPassword\":\"" + OFFICER_PASSWORD + "\",\"newPassword\":\"" + password + "\"}"));
                if (changed.statusCode() / 100 != 2) {
                    throw new IOException("password change answered " + changed.statusCode() + ": " + changed.body());
                }
                accounts.add(new String[] { username, password, u.level(), Long.toString(u.id()) });
            }
            List<String[]> logins = new ArrayList<>();
            for (int i = 0; i < clients; i++) { // every fifth the city's, as in the province
                logins.add(i % 5 == 0 ? accounts.get(0) : accounts.get(1 + (i - i / 5 - 1) % (accounts.size() - 1)));
            }
            return mix(run, "demo city", server, logins, warmup, round, think, from, to, false, null, null);
        } finally {
            server.stop();
            keep(run, server, "democity-server.log");
        }
    }

    /** Waits until the demo's records and evaluations stop growing (they are made in the background). */
    static void settle(String base, String admin) throws IOException, InterruptedException {
        String last = "";
        for (int i = 0, same = 0; i < 80 && same < 2; i++) {
            String now = total(Http.getOk(base + "/api/v1/windows/records?size=1", admin)) + " records, "
                    + total(Http.getOk(base + "/api/v1/evaluations?size=1", admin)) + " evaluations";
            same = now.equals(last) ? same + 1 : 0;
            last = now;
            if (same < 2) {
                Thread.sleep(3000);
            }
        }
        System.out.println("  demo city: " + last);
    }

    // ---- the report ----

    static void report(Report.Section section, Round province, Round demo, ClosedLoad.Result baseline,
            Map<String, Timing> raw, Heap heap, boolean oom, int clients, Duration round, Duration think) {
        String noop = String.format(Locale.ROOT, "no-op JDK server: p50 %s ms, p99 %s ms", Stats.ms(baseline.p(0.5)),
                Stats.ms(baseline.p(0.99)));
        Timing l = province.logins();
        Timing dl = demo == null ? new Timing(Double.NaN, Double.NaN, Double.NaN, 0) : demo.logins();
        Timing hash = raw.get("login");
        section.row(String.format(Locale.ROOT, "Login, %d officers at once", clients),
                String.format(Locale.ROOT, "p50 %s ms, p99 %s ms, max %s ms; %d failed", Stats.ms(l.p50()),
                        Stats.ms(l.p99()), Stats.ms(l.max()), province.loginErrors()),
                String.format(Locale.ROOT, "demo city: p50 %s ms, p99 %s ms; one PBKDF2 derivation %s ms "
                        + "(%d of them on %s CPUs: %s ms at least)", Stats.ms(dl.p50()), Stats.ms(dl.p99()),
                        Stats.ms(hash.p50()), clients, Runtime.getRuntime().availableProcessors(),
                        Stats.ms(hash.p50() * clients / Runtime.getRuntime().availableProcessors())),
                target(l.p99()))
                .figure("p50Ms", l.p50()).figure("p99Ms", l.p99()).figure("maxMs", l.max())
                .figure("failed", province.loginErrors()).figure("demoP50Ms", dl.p50())
                .figure("demoP99Ms", dl.p99()).figure("pbkdf2Ms", hash.p50());
        for (String kind : KINDS) {
            ClosedLoad.Result p = province.result().kinds().get(kind);
            ClosedLoad.Result d = demo == null ? null : demo.result().kinds().get(kind);
            if (p == null) {
                continue;
            }
            Timing sql = raw.get(kind);
            String limit = String.format(Locale.ROOT, "demo city: p50 %s ms, p99 %s ms; ",
                    Stats.ms(d == null ? Double.NaN : d.p(0.5)), Stats.ms(d == null ? Double.NaN : d.p(0.99))) + noop
                    + (sql == null ? "" : "; raw SQL, one at a time: " + sql.cell())
                    + (kind.equals("org tree") ? "; raw SQL of every unit (as read per request): "
                            + raw.get("all units").cell() : "");
            section.row(String.format(Locale.ROOT, "`%s` (%s), %d clients, %d s", path(kind), kind, clients,
                    round.toSeconds()),
                    String.format(Locale.ROOT, "p50 %s ms, p99 %s ms, max %s ms; %,d requests, %d errors",
                            Stats.ms(p.p(0.5)), Stats.ms(p.p(0.99)), Stats.ms(p.p(1.0)), p.requests(), p.errors()),
                    limit, target(p.p(0.99)))
                    .figure("kind", kind).figure("requests", p.requests()).figure("p50Ms", p.p(0.5))
                    .figure("p99Ms", p.p(0.99)).figure("maxMs", p.p(1.0)).figure("errors", p.errors())
                    .figure("demoP50Ms", d == null ? Double.NaN : d.p(0.5))
                    .figure("demoP99Ms", d == null ? Double.NaN : d.p(0.99))
                    .figure("rawP50Ms", sql == null ? Double.NaN : sql.p50())
                    .figure("rawP99Ms", sql == null ? Double.NaN : sql.p99());
        }
        ClosedLoad.Result all = province.result();
        double demoRate = demo == null ? Double.NaN : demo.result().requestsPerSecond();
        double demoP99 = demo == null ? Double.NaN : demo.result().p(0.99);
        section.row(String.format(Locale.ROOT, "The whole mix, %d clients, %d s", clients, round.toSeconds()),
                String.format(Locale.ROOT, "%,.0f req/s; p50 %s ms, p99 %s ms, max %s ms; %d errors",
                        all.requestsPerSecond(), Stats.ms(all.p(0.5)), Stats.ms(all.p(0.99)), Stats.ms(all.p(1.0)),
                        all.errors()),
                String.format(Locale.ROOT, "demo city: %,.0f req/s, p99 %s ms; no-op JDK server: %,.0f req/s, "
                        + "p99 %s ms", demoRate, Stats.ms(demoP99),
                        baseline.requestsPerSecond(), Stats.ms(baseline.p(0.99))),
                target(all.p(0.99)))
                .figure("requestsPerSecond", all.requestsPerSecond()).figure("p99Ms", all.p(0.99))
                .figure("errors", all.errors()).figure("demoRequestsPerSecond", demoRate)
                .figure("baselineRequestsPerSecond", baseline.requestsPerSecond())
                .figure("baselineP99Ms", baseline.p(0.99));
        if (province.paced() != null) {
            pacedRow(section, province.paced(), demo == null ? null : demo.paced(), clients, round, think);
        }
        double[] gc = heap.gcDuring();
        section.row("Server heap during the logins and the load (jstat every second)",
                String.format(Locale.ROOT, "peak used %s, peak committed %s, old generation peak %s; %.0f young and "
                        + "%.0f full collections, %.1f s of GC in %d s; after the load and a full GC %s used",
                        mib(heap.peakUsed), mib(heap.peakCommitted), mib(heap.peakOld), gc[0], gc[1], gc[2],
                        heap.samples, mib(heap.liveAfter)),
                "maximum heap " + mib(heap.maxHeap) + " (-Xmx)",
                "under 1 GiB (no OutOfMemoryError, no full GC, peak below 95 %): "
                        + (!oom && gc[1] == 0 && heap.peakUsed < 0.95 * HEAP_LIMIT ? "met" : "missed"))
                .figure("peakUsedBytes", heap.peakUsed).figure("peakCommittedBytes", heap.peakCommitted)
                .figure("liveAfterBytes", heap.liveAfter).figure("maxHeapBytes", heap.maxHeap)
                .figure("peakOldBytes", heap.peakOld).figure("youngCollections", gc[0])
                .figure("fullCollections", gc[1]).figure("gcSeconds", gc[2])
                .figure("samples", heap.samples);
        all.kinds().forEach((kind, r) -> {
            if (!r.errorBodies().isEmpty()) {
                section.note("First errors of " + kind + ": " + String.join(" / ", r.errorBodies()));
            }
        });
        section.check("every login answered 200", province.loginErrors() == 0);
        section.check(String.format(Locale.ROOT, "every request of the round answered 200 (%d errors)",
                all.errors()), all.errors() == 0);
        if (province.paced() != null) {
            section.check(String.format(Locale.ROOT, "every request at an officer's pace answered 200 (%d errors)",
                    province.paced().errors()), province.paced().errors() == 0);
        }
        section.check("the heap was sampled during the load (" + heap.samples + " samples)", heap.samples > 0);
        section.check(String.format(Locale.ROOT, "the server's heap stayed within 1 GiB (max heap %s, peak "
                + "committed %s)", mib(heap.maxHeap), mib(heap.peakCommitted)),
                heap.maxHeap > 0 && heap.maxHeap <= HEAP_LIMIT && heap.peakCommitted <= heap.maxHeap);
        section.check("no OutOfMemoryError in the server's log", !oom);
        section.note("Each client is an officer (roles " + ProvinceData.OFFICER_ROLES + ") at home in a city (every "
                + "fifth) or a county, a different account of a different unit where there are enough; it sends the "
                + "kinds in turn, each request after the last answer (HTTP/1.1 keep-alive); every answer but 200 is an "
                + "error. The round at an officer's pace: the same clients and mix, each client pausing after each answer for a "
                + "think time drawn from an exponential distribution of the given mean, as officers at their screens "
                + "do. Satisfaction: a random one of yesterday, the last full month and quarter, the year; "
                + "by=UNIT, the dashboard and the on-time rate: the last full month. The demo city: the same clients "
                + "and mix on the demo data (a city, three counties; four officers made by REST) in another database "
                + "of the same PostgreSQL cluster, same run. Raw SQL: each kind's own queries (the list's count and "
                + "page) for the officers' units in turn, on one connection, the server idle. The cluster: "
                + "PostgreSQL's defaults, as the tests start it; the load's own session without synchronous commit, "
                + "and every table vacuumed and analysed after it (as autovacuum keeps a table in service).");
    }

    /** The statements that took most of PostgreSQL's time during the round (back to back), from pg_stat_statements. */
    static void statements(Report.Section section, List<Statement0> top) {
        System.out.println("  the statements that took most of PostgreSQL's time during the round:");
        for (int i = 0; i < top.size(); i++) {
            Statement0 st = top.get(i);
            System.out.printf("    %s%n      %s%n", st.cell(), st.shortSql());
            section.row("Database, statement " + (i + 1) + " by time during the round: `" + st.shortSql() + "`",
                    st.cell(), "-", "-").figure("calls", st.calls()).figure("planMs", st.planMs())
                    .figure("execMs", st.execMs()).figure("rows", st.rows()).figure("share", st.share());
        }
    }

    /** The round at an officer's pace: the whole mix and each kind's p99, beside the demo city's. */
    static void pacedRow(Report.Section section, ClosedLoad.Result p, ClosedLoad.Result d, int clients,
            Duration round, Duration think) {
        StringBuilder kinds = new StringBuilder();
        double worst = 0;
        String worstKind = "";
        for (String kind : KINDS) {
            ClosedLoad.Result k = p.kinds().get(kind);
            if (k == null) {
                continue;
            }
            kinds.append(kinds.length() == 0 ? "" : ", ").append(kind).append(' ').append(Stats.ms(k.p(0.99)));
            if (k.p(0.99) > worst) {
                worst = k.p(0.99);
                worstKind = kind;
            }
        }
        section.row(String.format(Locale.ROOT, "The whole mix at an officer's pace (%d clients, each pausing %d ms on "
                + "average after an answer), %d s", clients, think.toMillis(), round.toSeconds()),
                String.format(Locale.ROOT, "%,.0f req/s; p50 %s ms, p99 %s ms, max %s ms; %d errors; p99 by kind (ms): "
                        + "%s", p.requestsPerSecond(), Stats.ms(p.p(0.5)), Stats.ms(p.p(0.99)), Stats.ms(p.p(1.0)),
                        p.errors(), kinds),
                d == null ? "demo city: -"
                        : String.format(Locale.ROOT, "demo city, same pace: %,.0f req/s, p50 %s "
                                + "ms, p99 %s ms", d.requestsPerSecond(), Stats.ms(d.p(0.5)), Stats.ms(d.p(0.99))),
                target(p.p(0.99)) + " (slowest kind: " + worstKind + ", " + target(worst) + ")")
                .figure("thinkMs", think.toMillis()).figure("requestsPerSecond", p.requestsPerSecond())
                .figure("p50Ms", p.p(0.5)).figure("p99Ms", p.p(0.99)).figure("maxMs", p.p(1.0))
                .figure("errors", p.errors()).figure("slowestKind", worstKind).figure("slowestKindP99Ms", worst)
                .figure("demoP99Ms", d == null ? Double.NaN : d.p(0.99));
    }

    static String target(double p99) {
        return "p99 < " + (int) TARGET_MS + " ms: " + (p99 < TARGET_MS ? "met" : "missed");
    }

    static String path(String kind) {
        return switch (kind) {
            case "org tree" -> "GET /org/units/{home}/subtree";
            case "staff list" -> "GET /org/staff?size=20";
            case "evaluations list" -> "GET /evaluations?size=20";
            case "satisfaction" -> "GET /evaluations/satisfaction?unitId={home}";
            case "satisfaction by=UNIT" -> "GET /evaluations/satisfaction?unitId={home}&by=UNIT";
            case "evaluations dashboard" -> "GET /evaluations/dashboard?unitId={home}";
            case "records list" -> "GET /windows/records?size=20";
            default -> "GET /windows/records/on-time?unitId={home}";
        };
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MiB", bytes / 1024.0 / 1024.0);
    }

    // ---- the server's heap and threads ----

    /** {@code jstat -gc PID 1000} during the load (it reads the JVM's counters, no safepoint), then a full GC. */
    static final class Heap {
        private final Process jstat;
        private final Thread reader;
        private final Run run;
        volatile long peakUsed;
        volatile long peakCommitted;
        /** The old generation's peak: what survived young collections. */
        volatile long peakOld;
        volatile int samples;
        /** jstat -gc's columns of young collections, full collections and seconds of GC. */
        static final List<String> GC_COLUMNS = List.of("YGC", "FGC", "GCT");
        /** Young and full collections and GC seconds at the first and the last sample. */
        volatile double[] firstGc;
        volatile double[] lastGc;
        long liveAfter;
        long maxHeap;

        private Heap(Run run, Process jstat) {
            this.run = run;
            this.jstat = jstat;
            this.reader = new Thread(this::read, "jstat");
            reader.setDaemon(true);
            reader.start();
        }

        static Heap start(Run run, ServerProcess server) throws IOException {
            return new Heap(run, run.track(new ProcessBuilder("jstat", "-gc", Long.toString(server.process.pid()),
                    "1000").redirectErrorStream(true).start()));
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                List<String> header = null;
                for (String line; (line = in.readLine()) != null;) {
                    List<String> cells = Arrays.asList(line.trim().split("\\s+"));
                    if (cells.contains("EU")) {
                        header = cells;
                    } else if (header != null && cells.size() == header.size()) {
                        long[] used = used(header, cells);
                        peakUsed = Math.max(peakUsed, used[0]);
                        peakCommitted = Math.max(peakCommitted, used[1]);
                        peakOld = Math.max(peakOld,
                                (long) (Double.parseDouble(cells.get(header.indexOf("OU"))) * 1024));
                        double[] gc = new double[GC_COLUMNS.size()];
                        for (int i = 0; i < gc.length; i++) {
                            gc[i] = Double.parseDouble(cells.get(header.indexOf(GC_COLUMNS.get(i))));
                        }
                        if (firstGc == null) {
                            firstGc = gc;
                        }
                        lastGc = gc;
                        samples++;
                    }
                }
            } catch (IOException | RuntimeException e) {
                System.out.println("  jstat: " + e);
            }
        }

        /** Used and committed bytes: survivors, eden and old generation (jstat's KB). */
        static long[] used(List<String> header, List<String> cells) {
            double used = 0;
            double committed = 0;
            for (String c : List.of("S0U", "S1U", "EU", "OU")) {
                used += Double.parseDouble(cells.get(header.indexOf(c)));
            }
            for (String c : List.of("S0C", "S1C", "EC", "OC")) {
                committed += Double.parseDouble(cells.get(header.indexOf(c)));
            }
            return new long[] { (long) (used * 1024), (long) (committed * 1024) };
        }

        /** Young collections, full collections and seconds of GC between the first and the last sample. */
        double[] gcDuring() {
            if (firstGc == null) {
                return new double[3];
            }
            return new double[] { lastGc[0] - firstGc[0], lastGc[1] - firstGc[1], lastGc[2] - firstGc[2] };
        }

        void stop() throws InterruptedException {
            Run.stop(jstat, 5);
            run.untrack(jstat);
            reader.join(5000);
        }

        /** A full GC, then the heap it left (the live data) and the JVM's maximum heap. */
        void afterLoad(ServerProcess server) throws IOException, InterruptedException {
            String pid = Long.toString(server.process.pid());
            command("jcmd", pid, "GC.run");
            List<String> lines = command("jstat", "-gc", pid).lines().toList();
            if (lines.size() >= 2) {
                liveAfter = used(Arrays.asList(lines.get(0).trim().split("\\s+")),
                        Arrays.asList(lines.get(1).trim().split("\\s+")))[0];
            }
            Matcher m = Pattern.compile("MaxHeapSize=(\\d+)").matcher(command("jcmd", pid, "VM.flags"));
            maxHeap = m.find() ? Long.parseLong(m.group(1)) : -1;
            double[] gc = gcDuring();
            System.out.printf(Locale.ROOT, "  server heap: peak used %s, peak committed %s, old generation peak %s "
                    + "(%d samples, one a second); %.0f young and %.0f full collections, %.1f s of GC; after a full "
                    + "GC %s; MaxHeapSize %s%n", mib(peakUsed), mib(peakCommitted), mib(peakOld), samples, gc[0],
                    gc[1], gc[2], mib(liveAfter), mib(maxHeap));
            command("jcmd", pid, "GC.heap_info").lines().forEach(l -> System.out.println("    " + l));
        }
    }

    /** Where a file of the run is kept beside the JSON (the run's folder is removed at the end). */
    static Path kept(Run run, String name) throws IOException {
        return ServerProcess.results().resolve("province-" + run.id + "-" + name);
    }

    /** The server's log, kept: where a failure's exception is. */
    static void keep(Run run, ServerProcess server, String name) {
        server.keepLog("province-" + run.id + "-" + name);
    }

    static String command(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within 60 s");
        }
        return out;
    }

    /**
     * Thread dumps of the server (during the logins, and in the second half of the warm-up): each thread in the
     * suite's code by its state, its innermost frame of the suite's code and the frame it was in, counted, printed and
     * kept beside the run's JSON.
     */
    static final class ThreadSamples {
        static void take(Run run, ServerProcess server, String during, long delayMs, int dumpsWanted, long gapMs,
                String keptAs) {
            try {
                Thread.sleep(delayMs);
                String pid = Long.toString(server.process.pid());
                Map<String, Integer> counts = new HashMap<>();
                StringBuilder dumps = new StringBuilder();
                int threads = 0;
                for (int i = 0; i < dumpsWanted; i++) {
                    String dump = command("jcmd", pid, "Thread.print");
                    dumps.append(dump).append("\n\n");
                    for (String block : dump.split("\n\n")) {
                        Matcher state = Pattern.compile("java.lang.Thread.State: (\\w+)").matcher(block);
                        if (!block.contains("org.xingfeng.") || !state.find()) {
                            continue;
                        }
                        List<String> frames = block.lines().map(String::strip).filter(l -> l.startsWith("at "))
                                .toList();
                        if (frames.isEmpty()) { // the suite named only in the thread's name, not its stack
                            continue;
                        }
                        String own = frames.stream().filter(f -> f.contains("org.xingfeng.")).findFirst().orElse("");
                        counts.merge(state.group(1) + "  " + shorten(own) + "  <-  " + shorten(frames.get(0)), 1,
                                Integer::sum);
                        threads++;
                    }
                    Thread.sleep(gapMs);
                }
                System.out.printf("  server threads in the suite's code in %d dumps during %s: %d%n", dumpsWanted,
                        during, threads);
                counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                        .forEach(e -> System.out.printf("    %3d  %s%n", e.getValue(), e.getKey()));
                Path file = kept(run, keptAs);
                Files.writeString(file, dumps.toString());
                System.out.println("    (the dumps: " + file + ")");
            } catch (IOException | InterruptedException | RuntimeException e) {
                System.out.println("  thread samples: " + e);
            }
        }

        static String shorten(String frame) {
            return frame.replaceFirst("^at ", "").replaceAll("\\(.*\\)$", "").replace("org.xingfeng.", "")
                    .replace("org.eclipse.persistence.", "eclipselink.");
        }
    }

    // ---- PostgreSQL ----

    /**
     * A private PostgreSQL cluster in the run's folder, as releng/bin/test starts one: initdb and the server as the
     * postgres user (from root), on a free port of 127.0.0.1, user xingfeng. The server runs as a tracked process of
     * the run, so a bench stopped halfway stops it too; closing stops it and removes the cluster.
     */
    static final class Postgres implements AutoCloseable {
        final Path bin;
        final Path dir;
        final int port;
        final String version;
        private final Process process;
        private final Run run;

        private Postgres(Run run, Path bin, Path dir, int port, String version, Process process) {
            this.run = run;
            this.bin = bin;
            this.dir = dir;
            this.port = port;
            this.version = version;
            this.process = process;
        }

        /** The newest server binaries of Debian's layout, or null. */
        static Path binaries() {
            try (Stream<Path> s = Files.list(Path.of("/usr/lib/postgresql"))) {
                return s.map(p -> p.resolve("bin")).filter(p -> Files.isExecutable(p.resolve("postgres")))
                        .filter(p -> Files.isExecutable(p.resolve("initdb")))
                        .max(Comparator.comparingInt(p -> Integer.parseInt(p.getParent().getFileName().toString()
                                .replaceAll("\\D", "0"))))
                        .orElse(null);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** Why no cluster can be started here, or null. */
        static String missing() throws IOException, InterruptedException {
            if (binaries() == null) {
                return "no PostgreSQL server binaries (/usr/lib/postgresql/*/bin; Debian: apt-get install postgresql)";
            }
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            if (!Integer.valueOf(0).equals(uid)) {
                return "not root (the cluster is started as the postgres user, as releng/bin/test does)";
            }
            Process id = new ProcessBuilder("id", "-u", "postgres").redirectErrorStream(true).start();
            id.getInputStream().readAllBytes();
            if (id.waitFor() != 0) {
                return "no postgres user";
            }
            return null;
        }

        static Postgres start(Run run, Path dir) throws IOException, InterruptedException, SQLException {
            Path bin = binaries();
            Files.createDirectories(dir);
            // the postgres user must pass through the run's folder to its own
            Files.setPosixFilePermissions(dir.getParent(), PosixFilePermissions.fromString("rwx--x--x"));
            shell(dir, "chown postgres " + dir, false);
            shell(dir, bin.resolve("initdb") + " -D " + dir + " -A trust -U postgres -E UTF8 --locale=C.UTF-8", true);
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path log = dir.resolveSibling("postgres.log");
            Process p = run.track(new ProcessBuilder("su", "postgres", "-c", "exec " + bin.resolve("postgres")
                    + " -D " + dir + " -p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1"
                    // where the database's time goes during the round (planning counted apart from execution)
                    + " -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on")
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start());
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            String version = null;
            while (version == null) {
                try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                        "postgres", "")) {
                    version = c.getMetaData().getDatabaseProductVersion();
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE USER xingfeng PASSWORD 'xingfeng'");
                    }
                } catch (SQLException e) {
                    if (!p.isAlive() || System.nanoTime() > deadline) {
                        Run.stop(p, 10);
                        run.untrack(p);
                        throw new IOException("PostgreSQL did not start: " + e.getMessage() + "\n"
                                + ServerProcess.tail(log));
                    }
                    Thread.sleep(200);
                }
            }
            return new Postgres(run, bin, dir, port, version, p);
        }

        private static void shell(Path dir, String command, boolean asPostgres)
                throws IOException, InterruptedException {
            ProcessBuilder pb = asPostgres ? new ProcessBuilder("su", "postgres", "-c", command)
                    : new ProcessBuilder("sh", "-c", command);
            Process p = pb.directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IOException(command + " failed: " + out);
            }
        }

        void createDatabase(String name) throws SQLException {
            try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name + " OWNER xingfeng ENCODING 'UTF8'");
            }
        }

        /** Forgets the statements' figures so far (of every database; the extension made in {@code db}). */
        void resetStatements(String db) throws SQLException {
            try (Connection c = DriverManager.getConnection(url(db), "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
                s.execute("SELECT pg_stat_statements_reset()");
            }
        }

        /** The statements of {@code db} that took most of the database's time since the reset, most first. */
        List<Statement0> statements(String db, int top) throws SQLException {
            List<Statement0> out = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(url(db), "postgres", "");
                    PreparedStatement q = c.prepareStatement("SELECT s.calls, s.total_plan_time, s.total_exec_time, "
                            + "s.rows, s.query, SUM(s.total_plan_time + s.total_exec_time) OVER () FROM "
                            + "pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = ? "
                            + "ORDER BY s.total_plan_time + s.total_exec_time DESC")) {
                q.setString(1, db);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next() && out.size() < top) {
                        out.add(new Statement0(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getLong(4),
                                rs.getString(5), rs.getDouble(6)));
                    }
                }
            }
            return out;
        }

        String url(String db) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + db;
        }

        /** As the bench's user, batches sent as multi-row inserts. */
        Connection connect(String db) throws SQLException {
            return DriverManager.getConnection(url(db) + "?reWriteBatchedInserts=true", "xingfeng", "xingfeng");
        }

        long databaseSize(String db) throws SQLException {
            try (Connection c = connect(db);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT pg_database_size('" + db + "')")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        /** The server's settings for a database of the cluster (the rate limits the officers' logins would hit). */
        List<String> serverOptions(String db, boolean demo) {
            List<String> o = new ArrayList<>(EvaluationsData.SERVER_OPTIONS);
            o.addAll(List.of("-Dxingfeng.db.kind=postgresql", "-Dxingfeng.db.url=" + url(db),
                    "-Dxingfeng.db.user=xingfeng", "-Dxingfeng.db.password=xingfeng", "-Dxingfeng.demo=" + demo));
            return o;
        }

        /** A fast shutdown, then the cluster removed. */
        @Override
        public void close() throws IOException, InterruptedException {
            try {
                shell(dir, bin.resolve("pg_ctl") + " -D " + dir + " -m fast -w stop", true);
            } catch (IOException e) {
                System.out.println("  pg_ctl stop: " + e.getMessage());
            }
            Run.stop(process, 30);
            run.untrack(process);
            Run.deleteTree(dir);
        }
    }
}
