package org.xingfeng.platform.api.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;

/** A scope's unit ids as runs of consecutive ids: exactly the ids given, never one more. */
class JpaRangesTest {

    @Test
    void aProvinceImportedLevelByLevelGivesOneRunPerLevel() {
        // a city (2), its counties (23..42), their townships (206..645) and stations (4206..8605), in any order
        List<Long> ids = new ArrayList<>();
        ids.add(2L);
        LongStream.rangeClosed(23, 42).forEach(ids::add);
        LongStream.rangeClosed(206, 645).forEach(ids::add);
        LongStream.rangeClosed(4206, 8605).forEach(ids::add);
        Collections.shuffle(ids, new java.util.Random(7));
        List<long[]> runs = Jpa.runs(ids, Jpa.MAX_RANGES);
        assertEquals(4, runs.size());
        assertArrayEquals(new long[] { 2, 2 }, runs.get(0));
        assertArrayEquals(new long[] { 23, 42 }, runs.get(1));
        assertArrayEquals(new long[] { 206, 645 }, runs.get(2));
        assertArrayEquals(new long[] { 4206, 8605 }, runs.get(3));
    }

    @Test
    void aGapOfOneIdSplitsTheRun() {
        // unit 5 is another county's (or was removed): no range may hold it
        List<long[]> runs = Jpa.runs(List.of(1L, 2L, 3L, 4L, 6L, 7L), 16);
        assertEquals(2, runs.size());
        assertArrayEquals(new long[] { 1, 4 }, runs.get(0));
        assertArrayEquals(new long[] { 6, 7 }, runs.get(1));
    }

    @Test
    void theRunsHoldExactlyTheIdsGiven() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 200; round++) {
            Set<Long> ids = new java.util.TreeSet<>();
            int n = 1 + random.nextInt(300);
            while (ids.size() < n) {
                ids.add((long) random.nextInt(1000));
            }
            List<long[]> runs = Jpa.runs(ids, Integer.MAX_VALUE);
            Set<Long> covered = new java.util.TreeSet<>();
            for (long[] r : runs) {
                LongStream.rangeClosed(r[0], r[1]).forEach(covered::add);
            }
            assertEquals(ids, covered);
        }
    }

    @Test
    void tooManyRunsAreNoRanges() {
        // ids that do not run together (every other one) stay a list
        List<Long> scattered = LongStream.range(0, 40).map(i -> 2 * i).boxed().toList();
        assertNull(Jpa.runs(scattered, 16));
        assertEquals(16, Jpa.runs(scattered.subList(0, 16), 16).size());
    }

    @Test
    void jpqlAsksForRangesOnlyWhereTheDatabaseTakesThem() {
        List<Long> county = new ArrayList<>(LongStream.rangeClosed(100, 199).boxed().toList());
        county.remove(Long.valueOf(150)); // another county's unit
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        assertEquals("(e.unitId BETWEEN :u0from AND :u0to OR e.unitId BETWEEN :u1from AND :u1to)",
                Jpa.unitIn(entityManager(true), "e.unitId", county, "u", parameters));
        assertEquals(java.util.Map.of("u0from", 100L, "u0to", 149L, "u1from", 151L, "u1to", 199L), parameters);

        parameters.clear();
        assertEquals("e.unitId IN :u", Jpa.unitIn(entityManager(false), "e.unitId", county, "u", parameters));
        assertEquals(county, parameters.get("u"));

        parameters.clear(); // a few units: a list everywhere
        assertEquals("e.unitId IN :u", Jpa.unitIn(entityManager(true), "e.unitId", List.of(1L, 2L), "u", parameters));
        parameters.clear(); // no unit: nothing matches
        assertEquals("e.unitId IN :u", Jpa.unitIn(entityManager(true), "e.unitId", List.of(), "u", parameters));
        assertEquals(List.of(-1L), parameters.get("u"));
    }

    /** An entity manager whose factory says whether its database takes ranges (nothing else is asked of it). */
    static EntityManager entityManager(boolean ranges) {
        EntityManagerFactory emf = (EntityManagerFactory) java.lang.reflect.Proxy.newProxyInstance(
                JpaRangesTest.class.getClassLoader(), new Class<?>[] { EntityManagerFactory.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("getProperties")) {
                        return java.util.Map.of(Jpa.ID_RANGES, String.valueOf(ranges));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (EntityManager) java.lang.reflect.Proxy.newProxyInstance(JpaRangesTest.class.getClassLoader(),
                new Class<?>[] { EntityManager.class }, (proxy, method, args) -> {
                    if (method.getName().equals("getEntityManagerFactory")) {
                        return emf;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void duplicatesCountOnce() {
        List<long[]> runs = Jpa.runs(List.of(3L, 3L, 4L, 4L, 5L), 16);
        assertEquals(1, runs.size());
        assertArrayEquals(new long[] { 3, 5 }, runs.get(0));
    }
}
