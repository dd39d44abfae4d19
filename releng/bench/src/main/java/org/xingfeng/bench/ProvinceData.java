package org.xingfeng.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A generated Sichuan-sized organisation for the province scenario: the province, its 21 cities (with their real
 * codes and counts of counties), 183 counties, 4,000 townships, 40,000 village stations, 100,000 staff and 10,000
 * officers' accounts, made in memory by plain rules (ids ascending, codes as the administrative codes run), then
 * written into the server's tables over JDBC with a year of handling records. A scale below 1 shrinks every count.
 */
final class ProvinceData {

    /** Sichuan's cities and autonomous prefectures: code prefix, name, counties (183 in all). */
    static final String[][] CITIES = { { "5101", "成都市", "20" }, { "5103", "自贡市", "6" }, { "5104", "攀枝花市", "5" },
            { "5105", "泸州市", "7" }, { "5106", "德阳市", "6" }, { "5107", "绵阳市", "9" }, { "5108", "广元市", "7" },
            { "5109", "遂宁市", "5" }, { "5110", "内江市", "5" }, { "5111", "乐山市", "11" }, { "5113", "南充市", "9" },
            { "5114", "眉山市", "6" }, { "5115", "宜宾市", "10" }, { "5116", "广安市", "6" }, { "5117", "达州市", "7" },
            { "5118", "雅安市", "8" }, { "5119", "巴中市", "5" }, { "5120", "资阳市", "3" }, { "5132", "阿坝州", "13" },
            { "5133", "甘孜州", "18" }, { "5134", "凉山州", "17" } };
    static final String PROVINCE = "PROVINCE";
    static final String CITY = "CITY";
    static final String COUNTY = "COUNTY";
    static final String TOWNSHIP = "TOWNSHIP";
    static final String STATION = "VILLAGE_STATION";
    /** Staff of a unit by level; the counties share what is left of the total (the service halls are there). */
    static final Map<String, Integer> STAFF_PER_UNIT = Map.of(PROVINCE, 300, CITY, 150, COUNTY, 100, TOWNSHIP, 8,
            STATION, 1);
    /** An officer: evaluations and the windows' lists and figures, within the account's reach. */
    static final String OFFICER_ROLES = "evaluations.officer,staff,windows.staff";
    static final int MATTERS_PER_COUNTY = 40;
    static final int BATCH = 1_000;
    static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱" };
    static final String[] GIVEN = { "芳", "伟", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明" };

    /** The counts of a province at a scale (1: Sichuan's); each level has at least one unit per parent. */
    record Sizes(int cities, int counties, int townships, int stations, int staff, int accounts) {
        static Sizes of(double scale, int minAccounts) {
            if (!(scale > 0 && scale <= 1)) {
                throw new IllegalArgumentException("--province-scale must be above 0 and at most 1, not " + scale);
            }
            int cities = (int) Math.max(1, Math.round(CITIES.length * scale));
            int counties = (int) Math.max(cities, Math.round(183 * scale));
            int townships = (int) Math.max(counties, Math.round(4_000 * scale));
            int stations = (int) Math.max(townships, Math.round(40_000 * scale));
            return new Sizes(cities, counties, townships, stations, (int) Math.round(100_000 * scale),
                    (int) Math.max(minAccounts, Math.round(10_000 * scale)));
        }

        int units() {
            return 1 + cities + counties + townships + stations;
        }
    }

    record Unit(long id, Long parentId, String code, String name, String level) {
    }

    record Person(long id, String number, String name, long unitId, String tier) {
    }

    /** An account at home in a city or county: its staff member's unit (without one, its home unit). */
    record Account(long id, String username, String displayName, Long staffId, long homeUnitId) {
    }

    /** What writing the handling records made. */
    record RecordsLoad(long records, long steps, long counters, double seconds) {
    }

    final Sizes sizes;
    final List<Unit> units = new ArrayList<>();
    final List<Person> staff = new ArrayList<>();
    final List<Account> accounts = new ArrayList<>();
    final Map<Long, Unit> byId = new HashMap<>();
    private final Map<Long, List<Long>> children = new HashMap<>();
    private final Map<Long, List<Person>> staffByUnit = new HashMap<>();

    private ProvinceData(Sizes sizes) {
        this.sizes = sizes;
    }

    /** The province in memory, ids from the given firsts upwards (units breadth first, so parents come first). */
    static ProvinceData generate(Sizes sizes, long firstUnitId, long firstStaffId, long firstAccountId) {
        ProvinceData p = new ProvinceData(sizes);
        long[] next = { firstUnitId };
        Unit province = p.add(next, null, "510000", "四川省医疗保障局", PROVINCE);
        int[] countiesOf = share(sizes.counties, sizes.cities);
        List<Unit> cities = new ArrayList<>();
        for (int i = 0; i < sizes.cities; i++) {
            cities.add(p.add(next, province.id, CITIES[i][0] + "00", CITIES[i][1] + "医疗保障局", CITY));
        }
        List<Unit> counties = new ArrayList<>();
        for (int i = 0; i < cities.size(); i++) {
            if (countiesOf[i] > 98) {
                throw new IllegalStateException("more than 98 counties in " + CITIES[i][1]);
            }
            for (int k = 1; k <= countiesOf[i]; k++) {
                counties.add(p.add(next, cities.get(i).id, String.format("%s%02d", CITIES[i][0], k + 1),
                        CITIES[i][1] + "第" + k + "县（区）医疗保障局", COUNTY));
            }
        }
        List<Unit> townships = new ArrayList<>();
        int[] townshipsOf = evenly(sizes.townships, counties.size());
        for (int i = 0; i < counties.size(); i++) {
            Unit c = counties.get(i);
            for (int k = 1; k <= townshipsOf[i]; k++) {
                townships.add(p.add(next, c.id, String.format("%s%03d", c.code, k),
                        c.name.replace("医疗保障局", "") + "第" + k + "乡镇（街道）医保服务站", TOWNSHIP));
            }
        }
        int[] stationsOf = evenly(sizes.stations, townships.size());
        for (int i = 0; i < townships.size(); i++) {
            Unit t = townships.get(i);
            for (int k = 1; k <= stationsOf[i]; k++) {
                p.add(next, t.id, String.format("%s%03d", t.code, k), "村（社区）医保服务点" + t.code + "-" + k,
                        STATION);
            }
        }
        p.makeStaff(firstStaffId, counties);
        p.makeAccounts(firstAccountId, cities, counties);
        return p;
    }

    private Unit add(long[] next, Long parentId, String code, String name, String level) {
        Unit u = new Unit(next[0]++, parentId, code, name, level);
        units.add(u);
        byId.put(u.id, u);
        if (parentId != null) {
            children.computeIfAbsent(parentId, k -> new ArrayList<>()).add(u.id);
        }
        return u;
    }

    /**
     * n counties over the first cities in proportion to their real counts (exactly those at Sichuan's size), each at
     * least one, the rest by the largest remainders.
     */
    static int[] share(int n, int cities) {
        int weight = 0;
        for (int i = 0; i < cities; i++) {
            weight += Integer.parseInt(CITIES[i][2]);
        }
        int[] out = new int[cities];
        double[] rest = new double[cities];
        int given = 0;
        for (int i = 0; i < cities; i++) {
            double exact = (double) n * Integer.parseInt(CITIES[i][2]) / weight;
            out[i] = Math.max(1, (int) exact);
            rest[i] = exact - (int) exact;
            given += out[i];
        }
        for (; given < n; given++) {
            int best = 0;
            for (int i = 1; i < cities; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            out[best]++;
            rest[best] -= 1;
        }
        for (; given > n; given--) { // the minimum of one made too many: from the largest
            int best = 0;
            for (int i = 1; i < cities; i++) {
                if (out[i] > out[best]) {
                    best = i;
                }
            }
            out[best]--;
        }
        return out;
    }

    /** n over k parents, the first ones one more when it does not divide. */
    static int[] evenly(int n, int k) {
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = n / k + (i < n % k ? 1 : 0);
        }
        return out;
    }

    /** Each unit its level's staff, the counties the rest: the head first, then a section manager, then windows. */
    private void makeStaff(long firstId, List<Unit> counties) {
        long base = 0;
        for (Unit u : units) {
            base += STAFF_PER_UNIT.get(u.level);
        }
        int[] extra = evenly((int) Math.max(0, sizes.staff - base), counties.size());
        Map<Long, Integer> extraOf = new HashMap<>();
        for (int i = 0; i < counties.size(); i++) {
            extraOf.put(counties.get(i).id, extra[i]);
        }
        long id = firstId;
        int n = 0;
        for (Unit u : units) {
            int count = STAFF_PER_UNIT.get(u.level) + extraOf.getOrDefault(u.id, 0);
            for (int k = 0; k < count; k++) {
                n++;
                String name = SURNAMES[(n * 7) % SURNAMES.length] + GIVEN[(n * 5) % GIVEN.length]
                        + GIVEN[(n / GIVEN.length) % GIVEN.length];
                String tier = k == 0 ? "UNIT_HEAD" : k == 1 ? "SECTION_MANAGER" : "WINDOW_STAFF";
                Person s = new Person(id++, String.format("SC%07d", n), name, u.id, tier);
                staff.add(s);
                staffByUnit.computeIfAbsent(u.id, x -> new ArrayList<>()).add(s);
            }
        }
    }

    /** The accounts round the cities and counties in turn, each the unit's next staff member (after the head). */
    private void makeAccounts(long firstId, List<Unit> cities, List<Unit> counties) {
        List<Unit> homes = new ArrayList<>(cities);
        homes.addAll(counties);
        Map<Long, Integer> made = new HashMap<>();
        long id = firstId;
        for (int i = 0; i < sizes.accounts; i++) {
            Unit home = homes.get(i % homes.size());
            int k = made.merge(home.id, 1, Integer::sum);
            List<Person> people = staffByUnit.getOrDefault(home.id, List.of());
            Long staffId = k < people.size() ? people.get(k).id : null;
            accounts.add(new Account(id++, "officer." + home.code + "." + k,
                    home.name.replace("医疗保障局", "") + "经办员" + k, staffId, home.id));
        }
    }

    Unit root() {
        return units.get(0);
    }

    List<Unit> at(String level) {
        return units.stream().filter(u -> u.level.equals(level)).toList();
    }

    List<Long> childrenOf(long unitId) {
        return children.getOrDefault(unitId, List.of());
    }

    /** The unit and every unit below it. */
    Set<Long> subtree(long unitId) {
        Set<Long> out = new LinkedHashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(unitId));
        while (!todo.isEmpty()) {
            long u = todo.poll();
            out.add(u);
            todo.addAll(childrenOf(u));
        }
        return out;
    }

    long staffWithin(long unitId) {
        long n = 0;
        for (long u : subtree(unitId)) {
            n += staffByUnit.getOrDefault(u, List.of()).size();
        }
        return n;
    }

    /**
     * n distinct accounts for the clients: every fifth at home in a city, the others in a county, each home unit taken
     * in turn so that the officers are of as many different units as there are.
     */
    List<Account> officers(int n) {
        Map<Long, Deque<Account>> byHome = new LinkedHashMap<>();
        for (Account a : accounts) {
            byHome.computeIfAbsent(a.homeUnitId, k -> new ArrayDeque<>()).add(a);
        }
        List<Unit> cities = at(CITY);
        List<Unit> counties = at(COUNTY);
        List<Account> out = new ArrayList<>();
        int city = 0;
        int county = 0;
        for (int tries = 0; out.size() < n && tries < 10 * n + accounts.size(); tries++) {
            Unit home = out.size() % 5 == 0 ? cities.get(city++ % cities.size())
                    : counties.get(county++ % counties.size());
            Account a = byHome.getOrDefault(home.id, new ArrayDeque<>()).poll();
            if (a != null) {
                out.add(a);
            }
        }
        if (out.size() < n) {
            throw new IllegalStateException("only " + out.size() + " accounts for " + n + " clients");
        }
        return out;
    }

    /** Matter codes of each county (implementation codes are a county's own) and the staff, for the evaluations. */
    DemoOrg org() {
        Map<Long, Long> parent = new LinkedHashMap<>();
        Map<Long, String> level = new HashMap<>();
        Map<Long, List<String>> matters = new HashMap<>();
        for (Unit u : units) {
            parent.put(u.id, u.parentId);
            level.put(u.id, u.level);
            if (u.level.equals(COUNTY)) {
                List<String> codes = new ArrayList<>();
                for (int i = 1; i <= MATTERS_PER_COUNTY; i++) {
                    codes.add(String.format("%s-M%02d", u.code, i));
                }
                matters.put(u.id, codes);
            }
        }
        Map<Long, List<DemoOrg.Staff>> people = new HashMap<>();
        for (Person s : staff) {
            people.computeIfAbsent(s.unitId, k -> new ArrayList<>()).add(new DemoOrg.Staff(s.id, s.number, s.unitId,
                    null));
        }
        return DemoOrg.of(parent, level, people, matters);
    }

    String describe() {
        return String.format(Locale.ROOT,
                "%,d units (1 province, %d cities, %d counties, %,d townships, %,d village stations), %,d staff, "
                        + "%,d accounts",
                units.size(), sizes.cities, sizes.counties, sizes.townships, sizes.stations, staff.size(),
                accounts.size());
    }

    // ---- JDBC ----

    /** The largest id of a table (0 when empty). */
    static long maxId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(ID) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The units, staff and accounts (every account with the same password hash, made once by the server) in batches,
     * then the id sequences moved past them.
     */
    void writeOrg(Connection c, String passwordHash) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO PLT_ORG_UNIT (ID, PARENT_ID, CODE, NAME, UNIT_LEVEL) VALUES (?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Unit u : units) {
                ps.setLong(1, u.id);
                setLong(ps, 2, u.parentId);
                ps.setString(3, u.code);
                ps.setString(4, u.name);
                ps.setString(5, u.level);
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO PLT_STAFF (ID, STAFF_NUMBER, NAME, UNIT_ID, "
                + "SECTION_ID, TIER, POSTS, ACTIVE) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Person s : staff) {
                ps.setLong(1, s.id);
                ps.setString(2, s.number);
                ps.setString(3, s.name);
                ps.setLong(4, s.unitId);
                ps.setNull(5, Types.BIGINT);
                ps.setString(6, s.tier);
                ps.setString(7, s.tier.equals("UNIT_HEAD") ? "局长" : "综合柜员");
                ps.setBoolean(8, true);
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO PLT_USER (ID, USERNAME, DISPLAY_NAME, STAFF_ID, "
                + "HOME_UNIT_ID, ROLES, PASSWORD_HASH, ENABLED, FAILED_LOGINS, MUST_CHANGE_PASSWORD) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Account a : accounts) {
                ps.setLong(1, a.id);
                ps.setString(2, a.username);
                ps.setString(3, a.displayName);
                setLong(ps, 4, a.staffId);
                // as the server stores them: an account with a staff member takes its unit from it
                setLong(ps, 5, a.staffId == null ? a.homeUnitId : null);
                ps.setString(6, OFFICER_ROLES);
                ps.setString(7, passwordHash);
                ps.setBoolean(8, true);
                ps.setInt(9, 0);
                ps.setBoolean(10, false);
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        }
        advanceSequence(c, "PLT_ORG_UNIT_SEQ", "PLT_ORG_UNIT");
        advanceSequence(c, "PLT_STAFF_SEQ", "PLT_STAFF");
        advanceSequence(c, "PLT_USER_SEQ", "PLT_USER");
        c.commit();
    }

    /**
     * Moves an entity's id generator past the table's largest id, with room for a whole allocation either way
     * EclipseLink reads it: a PostgreSQL sequence (setval), or its SEQUENCE table where it keeps them there.
     */
    static void advanceSequence(Connection c, String sequence, String table) throws SQLException {
        long next = maxId(c, table) + 100;
        boolean native_;
        try (PreparedStatement q = c
                .prepareStatement("SELECT COUNT(*) FROM pg_class WHERE relkind = 'S' AND relname = lower(?)")) {
            q.setString(1, sequence);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                native_ = rs.getLong(1) > 0;
            }
        }
        if (native_) {
            try (PreparedStatement q = c.prepareStatement("SELECT setval(lower(?), ?)")) {
                q.setString(1, sequence);
                q.setLong(2, next);
                q.executeQuery().close();
            }
            return;
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE SEQUENCE SET SEQ_COUNT = ? WHERE SEQ_NAME = ?")) {
            up.setLong(1, next);
            up.setString(2, sequence);
            if (up.executeUpdate() == 0) {
                throw new SQLException("no sequence " + sequence + " (neither a PostgreSQL sequence nor a row of "
                        + "the SEQUENCE table)");
            }
        }
    }

    static final String INSERT_RECORD = "INSERT INTO WIN_RECORD (ID, VERSION, UNIT_ID, RNUMBER, HALL_ID, WINDOW_ID, "
            + "WINDOW_NUMBER, TICKET_ID, TICKET_NUMBER, CHANNEL, MATTER_CODE, MATTER_NAME, LIMIT_DAYS, CITIZEN_NAME, "
            + "CITIZEN_ID, STAFF_ID, STAFF_NAME, FIRST_STAFF_ID, FIRST_STAFF_NAME, STATE, OPENED_AT, OPENED_ON, "
            + "OPENED_BY, ACCEPTED_ON, DUE_DATE, CLOSED_AT, CLOSED_ON, NOTE, MISSING, EVAL_TICKET) VALUES "
            + "(?, 0, ?, ?, NULL, NULL, NULL, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, "
            + "?, NULL)";
    static final String INSERT_STEP = "INSERT INTO WIN_RECORD_STEP (ID, RECORD_ID, KIND, STEP_AT, BY_USER, STAFF_ID, "
            + "STAFF_NAME, NOTE, MATERIALS) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)";

    /**
     * A year of handling records (办件) with their steps, day by day, where {@link DemoOrg#pick} sends them (counties
     * online, townships and stations at the station), numbered per unit and year as the server numbers them, with
     * the counters set to the last number; most are done within their time limit, some late, some refused or told
     * what is missing, the last days' partly still open.
     */
    RecordsLoad writeRecords(Connection c, DemoOrg org, long count, LocalDate from, LocalDate to)
            throws SQLException {
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        long recordId = maxId(c, "WIN_RECORD") + 1;
        long stepId = maxId(c, "WIN_RECORD_STEP") + 1;
        Map<Long, String> names = new HashMap<>();
        for (Person s : staff) {
            names.put(s.id, s.name);
        }
        Map<String, Integer> counters = new TreeMap<>();
        SplittableRandom r = new SplittableRandom(20260301);
        int days = (int) (to.toEpochDay() - from.toEpochDay() + 1);
        long made = 0;
        long steps = 0;
        long report = Math.max(count / 5, 1);
        try (PreparedStatement rec = c.prepareStatement(INSERT_RECORD);
                PreparedStatement st = c.prepareStatement(INSERT_STEP)) {
            int inBatch = 0;
            for (int d = 0; d < days; d++) {
                LocalDate day = from.plusDays(d);
                long perDay = count / days + (d < count % days ? 1 : 0);
                long dayStart = day.atTime(8, 30).atZone(EvaluationsData.BUREAU).toInstant().toEpochMilli();
                for (long i = 0; i < perDay; i++) {
                    DemoOrg.Unit u = org.pick(r, false);
                    DemoOrg.Staff who = u.staff().isEmpty() ? null : u.staff().get(r.nextInt(u.staff().size()));
                    String matter = u.matters().isEmpty() ? "M" + u.id()
                            : u.matters().get(r.nextInt(u.matters().size()));
                    int seq = counters.merge(u.id() + ":" + day.getYear(), 1, Integer::sum);
                    int limit = Math.floorMod(matter.hashCode(), 3) * 5; // 0 (on the spot), 5 or 10 working days
                    long opened = dayStart + (i * 8 * 3_600_000L) / Math.max(1, perDay);
                    String whoName = who == null ? null : names.get(who.id());
                    long id = recordId++;
                    rec.setLong(1, id);
                    rec.setLong(2, u.id());
                    rec.setString(3, String.format("%d-%06d", day.getYear(), seq));
                    rec.setString(4, "COUNTY".equals(u.level()) ? "ONLINE" : "STATION");
                    rec.setString(5, matter);
                    rec.setString(6, "医保业务" + matter.substring(matter.length() - 3));
                    rec.setInt(7, limit);
                    rec.setString(8, SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)]);
                    rec.setString(9, citizenId(byId.get(u.id()), r));
                    setLong(rec, 10, who == null ? null : who.id());
                    rec.setString(11, whoName);
                    setLong(rec, 12, who == null ? null : who.id());
                    rec.setString(13, whoName);
                    rec.setTimestamp(15, new Timestamp(opened));
                    rec.setDate(16, Date.valueOf(day));
                    rec.setString(17, "bench");
                    int p = r.nextInt(100);
                    String state;
                    LocalDate accepted = null;
                    LocalDate due = null;
                    LocalDate closedOn = null;
                    Timestamp closedAt = null;
                    String missing = null;
                    List<Object[]> stepRows = new ArrayList<>(); // kind, at, materials
                    if (p < 3 && !day.isBefore(to.minusDays(3))) {
                        state = "RECEIVED"; // the materials still being checked
                    } else if (p < 7) { // 一次性告知 on the spot
                        state = "NOTIFIED";
                        missing = "医保电子凭证或社会保障卡";
                        closedOn = day;
                        closedAt = new Timestamp(opened + 600_000);
                        stepRows.add(new Object[] { "NOTIFY", closedAt, missing });
                    } else if (p < 9) {
                        state = "REJECTED";
                        closedOn = day;
                        closedAt = new Timestamp(opened + 900_000);
                        stepRows.add(new Object[] { "REJECT", closedAt, null });
                    } else {
                        accepted = day;
                        due = EvaluationsData.addWorkingDays(day, limit);
                        stepRows.add(new Object[] { "ACCEPT", new Timestamp(opened + 300_000), null });
                        LocalDate done = limit == 0 ? day
                                : p < 95 ? EvaluationsData.addWorkingDays(day, 1 + r.nextInt(limit))
                                        : EvaluationsData.addWorkingDays(due, 1 + r.nextInt(3)); // late
                        if (done.isAfter(to)) {
                            state = "ACCEPTED";
                        } else {
                            long doneAt = limit == 0 ? opened + 1_200_000
                                    : done.atTime(10, 0).atZone(EvaluationsData.BUREAU).toInstant().toEpochMilli()
                                            + r.nextInt(6 * 3_600_000);
                            if (limit > 0) {
                                stepRows.add(new Object[] { "REVIEW", new Timestamp(doneAt - 3_600_000), null });
                            }
                            stepRows.add(new Object[] { "COMPLETE", new Timestamp(doneAt), null });
                            boolean delivered = r.nextInt(3) == 0;
                            state = delivered ? "DELIVERED" : "COMPLETED";
                            if (delivered) {
                                stepRows.add(new Object[] { "DELIVER", new Timestamp(doneAt + 3_600_000), null });
                            }
                            closedOn = done;
                            closedAt = new Timestamp(doneAt);
                        }
                    }
                    rec.setString(14, state);
                    rec.setDate(18, accepted == null ? null : Date.valueOf(accepted));
                    rec.setDate(19, due == null ? null : Date.valueOf(due));
                    rec.setTimestamp(20, closedAt);
                    rec.setDate(21, closedOn == null ? null : Date.valueOf(closedOn));
                    rec.setString(22, missing);
                    rec.addBatch();
                    for (Object[] s : stepRows) {
                        st.setLong(1, stepId++);
                        st.setLong(2, id);
                        st.setString(3, (String) s[0]);
                        st.setTimestamp(4, (Timestamp) s[1]);
                        st.setString(5, "bench");
                        setLong(st, 6, who == null ? null : who.id());
                        st.setString(7, whoName);
                        st.setString(8, (String) s[2]);
                        st.addBatch();
                        steps++;
                    }
                    made++;
                    if (++inBatch == BATCH) {
                        rec.executeBatch();
                        st.executeBatch();
                        c.commit();
                        inBatch = 0;
                    }
                    if (made % report == 0) {
                        System.out.printf(Locale.ROOT, "     %,d records, %s, load average %s%n", made, day,
                                Machine.loadAverage());
                    }
                }
            }
            rec.executeBatch();
            st.executeBatch();
            c.commit();
        }
        try (PreparedStatement ps = c
                .prepareStatement("INSERT INTO WIN_RECORD_COUNTER (CKEY, LAST_SEQ) VALUES (?, ?)")) {
            for (Map.Entry<String, Integer> e : counters.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setInt(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        advanceSequence(c, "WIN_RECORD_SEQ", "WIN_RECORD");
        advanceSequence(c, "WIN_RECORD_STEP_SEQ", "WIN_RECORD_STEP");
        c.commit();
        return new RecordsLoad(made, steps, counters.size(), (System.nanoTime() - t0) / 1e9);
    }

    /** 18 characters as a resident identity number is laid out: the county's code, a birthday, a sequence. */
    static String citizenId(Unit unit, SplittableRandom r) {
        String area = unit.code.substring(0, 6);
        return String.format("%s%d%02d%02d%03d%d", area, 1950 + r.nextInt(55), 1 + r.nextInt(12), 1 + r.nextInt(28),
                r.nextInt(1000), r.nextInt(10));
    }

    static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        EvaluationsData.setLong(s, index, value);
    }
}
