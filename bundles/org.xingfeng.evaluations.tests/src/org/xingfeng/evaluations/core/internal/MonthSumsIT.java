package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.xingfeng.evaluations.api.Dimension;
import org.xingfeng.evaluations.api.LevelCounts;
import org.xingfeng.evaluations.api.Satisfaction;
import org.xingfeng.evaluations.api.SatisfactionReports;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.platform.testing.Services;

/**
 * The reports keep the day counts of closed months in memory: whatever mix of kept months and day rows a period is
 * read from, its figures are those of the day rows; a write through the roll-up store (any server's) is seen at once, a
 * rebuild too; readers and writers at once lose nothing.
 */
class MonthSumsIT {

    static EntityManagerFactory emf;
    static SatisfactionReports reports;
    static String admin;
    static long county;

    static LocalDate today;

    @BeforeAll
    static void setUp() throws InterruptedException {
        EvalFixtures.awaitPaths("/api/v1/evaluations/satisfaction", "/api/v1/evaluations/rollups/rebuild");
        BundleContext context = FrameworkUtil.getBundle(MonthSumsIT.class).getBundleContext();
        emf = Services.await(context, EvaluationsDatabase.class).emf();
        reports = Services.await(context, SatisfactionReports.class);
        admin = Api.admin();
        county = Fixtures.createCounty(admin).path("id").asLong();

        today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }

    /** {@code n} evaluations of the level counted under one roll-up key, as the writer counts them. */
    static void write(String dim, String key, LocalDate day, int score, int n) {
        Jpa.inTransaction(emf, em -> {
            SortedMap<Rollup, long[]> deltas = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                RollupStore.add(deltas, List.of(new Rollup(dim, key, day)), score, false, 1);
            }
            try {
                RollupStore.apply(em.unwrap(Connection.class), deltas);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    /** A change of a day row that does not raise its month's stamp, as a writer that bypasses the store would. */
    static void behindTheStore(String key, LocalDate day, int verySatisfied) {
        Jpa.inTransaction(emf, em -> {
            try (PreparedStatement p = em.unwrap(Connection.class).prepareStatement(
                    "UPDATE EVAL_ROLLUP SET N5 = N5 + ? WHERE DIM = 'U' AND RKEY = ? AND DAY = ?")) {
                p.setLong(1, verySatisfied);
                p.setString(2, key);
                p.setDate(3, java.sql.Date.valueOf(day));
                assertEquals(1, p.executeUpdate());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    static LevelCounts unit(long unitId, LocalDate from, LocalDate to) {
        return reports.satisfaction(Actor.SYSTEM, Dimension.UNIT, unitId, null, from, to).counted();
    }

    /** The same figure straight from the day rows. */
    static LevelCounts direct(String key, LocalDate from, LocalDate to) {
        return RollupStore.counted(Jpa.read(emf, em -> RollupStore.sum(em, "U", key, from, to)));
    }

    static long newUnit() {
        return Fixtures.createUnit(admin, county, "TOWNSHIP").path("id").asLong();
    }

    @Test
    void aClosedMonthIsReadOnceAndFollowsEveryWriteThroughTheStore() {
        long unit = newUnit();
        String key = Long.toString(unit);
        LocalDate month = today.minusMonths(2).withDayOfMonth(1);
        LocalDate end = month.withDayOfMonth(month.lengthOfMonth());
        write("U", key, month.plusDays(9), 5, 3);
        write("U", key, month.plusDays(20), 1, 1);
        assertEquals(new LevelCounts(3, 0, 0, 0, 1), unit(unit, month, end));
        // kept: a change that does not raise the stamp is not read (every writer goes through the store)
        behindTheStore(key, month.plusDays(9), 100);
        assertEquals(new LevelCounts(3, 0, 0, 0, 1), unit(unit, month, end));
        // a write through the store raises the month's stamp: the month is read again, with both changes
        write("U", key, month.plusDays(9), 5, 2);
        assertEquals(new LevelCounts(105, 0, 0, 0, 1), unit(unit, month, end));
        assertEquals(direct(key, month, end), unit(unit, month, end));
        // another month's write leaves this one kept
        behindTheStore(key, month.plusDays(20), 7);
        write("U", key, month.minusMonths(1).plusDays(3), 4, 1);
        assertEquals(new LevelCounts(105, 0, 0, 0, 1), unit(unit, month, end));
    }

    @Test
    void anyPeriodReadsAsTheDayRowsDo() {
        long unit = newUnit();
        String key = Long.toString(unit);
        SplittableRandom r = new SplittableRandom(7);
        LocalDate start = today.minusDays(420);
        for (int i = 0; i < 300; i++) {
            write("U", key, start.plusDays(r.nextInt(421)), 1 + r.nextInt(5), 1 + r.nextInt(3));
        }
        for (int i = 0; i < 60; i++) {
            LocalDate from = start.plusDays(r.nextInt(421));
            LocalDate to = from.plusDays(r.nextInt(400));
            if (i % 3 == 0) {
                from = from.withDayOfMonth(1); // whole months more often
            }
            assertEquals(direct(key, from, to), unit(unit, from, to), from + ".." + to);
            if (i % 10 == 0) {
                write("U", key, from, 3, 1); // a write between two reports, often in a kept month
            }
        }
        // the period of a year up to yesterday, twice (the second from the months kept)
        LocalDate yearFrom = today.minusDays(365);
        LocalDate yearTo = today.minusDays(1);
        assertEquals(direct(key, yearFrom, yearTo), unit(unit, yearFrom, yearTo));
        assertEquals(direct(key, yearFrom, yearTo), unit(unit, yearFrom, yearTo));
    }

    @Test
    void aUnitsWindowsAndChildrenReadAsTheDayRowsDo() {
        long unit = newUnit();
        long child = Fixtures.createUnit(admin, unit, "VILLAGE_STATION").path("id").asLong();
        LocalDate month = today.minusMonths(3).withDayOfMonth(1);
        LocalDate from = month.minusDays(4);
        LocalDate to = today.minusDays(1);
        write("W", Rollup.within(unit, "1"), month.plusDays(2), 5, 4);
        write("W", Rollup.within(unit, "2"), month.plusDays(2), 2, 1);
        write("W", Rollup.within(unit, "2"), from, 5, 1);
        write("U", Long.toString(child), month.plusDays(1), 4, 2);
        for (int round = 0; round < 2; round++) {
            Map<String, long[]> windows = Jpa.read(emf,
                    em -> RollupStore.sumByPrefix(em, "W", Rollup.within(unit, ""), from, to));
            List<Satisfaction> byWindow = reports.breakdown(Actor.SYSTEM, unit, Dimension.WINDOW, from, to);
            assertEquals(2, byWindow.size());
            for (Satisfaction s : byWindow) {
                assertEquals(RollupStore.counted(windows.get(Rollup.within(unit, s.key()))), s.counted(), s.key());
            }
            List<Satisfaction> byUnit = reports.breakdown(Actor.SYSTEM, unit, Dimension.UNIT, from, to);
            assertEquals(List.of(direct(Long.toString(child), from, to)),
                    byUnit.stream().map(Satisfaction::counted).toList());
            write("W", Rollup.within(unit, "1"), month.plusDays(5), 1, 1); // kept month changed between the rounds
        }
    }

    @Test
    void aRebuildForgetsTheMonthsItEmptied() {
        long unit = newUnit();
        LocalDate month = today.minusMonths(4).withDayOfMonth(1);
        LocalDate end = month.withDayOfMonth(month.lengthOfMonth());
        write("U", Long.toString(unit), month.plusDays(3), 5, 2); // roll-ups with no evaluations under them
        assertEquals(2, unit(unit, month, end).total());
        Api.Reply rebuilt = Api.post("/api/v1/evaluations/rollups/rebuild", admin, null);
        assertEquals(200, rebuilt.status(), rebuilt.text());
        assertEquals(LevelCounts.ZERO, unit(unit, month, end));
    }

    @Test
    void readersAndWritersAtOnceLoseNothing() throws Exception {
        long unit = newUnit();
        String key = Long.toString(unit);
        LocalDate month = today.minusMonths(2).withDayOfMonth(1);
        LocalDate from = month.minusMonths(1);
        LocalDate to = month.withDayOfMonth(month.lengthOfMonth());
        // the day rows (and the months' stamp rows) exist before the writers race: two first inserts of one row at
        // once fail one transaction, which the evaluation writer retries and this test does not
        for (int d = 0; d < 27; d++) {
            write("U", key, month.plusDays(d), 5, 1);
            write("U", key, from.plusDays(d), 5, 1);
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int seed = w;
                writers.add(pool.submit(() -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    for (int i = 0; i < 40; i++) {
                        write("U", key, (i % 2 == 0 ? month : from).plusDays(r.nextInt(27)), 4, 1);
                    }
                    return null;
                }));
            }
            List<Future<Long>> readers = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                readers.add(pool.submit(() -> {
                    long reads = 0;
                    while (writing.get()) {
                        LevelCounts c = unit(unit, from, to);
                        // never fewer than were there before the writers began, never more than they add
                        assertEquals(true, c.total() >= 54 && c.total() <= 174, c.toString());
                        reads++;
                    }
                    return reads;
                }));
            }
            for (Future<?> f : writers) {
                f.get();
            }
            writing.set(false);
            for (Future<Long> f : readers) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(new LevelCounts(54, 120, 0, 0, 0), unit(unit, from, to));
        assertEquals(direct(key, from, to), unit(unit, from, to));
        assertArrayEquals(new long[] { 0, 0, 0, 120, 54, 0, 0, 0, 0, 0 },
                Jpa.read(emf, em -> RollupStore.sum(em, "U", key, from, to)));
    }
}
