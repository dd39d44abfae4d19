package org.xingfeng.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The generated province's rules: Sichuan's counts at scale 1, unique codes, a well-formed tree, the officers. */
class ProvinceDataTest {

    static final List<String> LEVELS = List.of("PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "VILLAGE_STATION");

    @Test
    void sichuansCountsAtFullSize() {
        ProvinceData p = ProvinceData.generate(ProvinceData.Sizes.of(1, 100), 1, 1, 1);
        Map<String, Long> byLevel = p.units.stream()
                .collect(Collectors.groupingBy(ProvinceData.Unit::level, Collectors.counting()));
        assertEquals(Map.of("PROVINCE", 1L, "CITY", 21L, "COUNTY", 183L, "TOWNSHIP", 4_000L, "VILLAGE_STATION",
                40_000L), byLevel);
        assertEquals(100_000, p.staff.size());
        assertEquals(10_000, p.accounts.size());
        // each city has its real number of counties
        for (ProvinceData.Unit city : p.at("CITY")) {
            String[] real = List.of(ProvinceData.CITIES).stream().filter(c -> city.code().equals(c[0] + "00"))
                    .findFirst().orElseThrow();
            assertEquals(Integer.parseInt(real[2]), p.childrenOf(city.id()).size(), city.name());
        }
        wellFormed(p);
        // more staff in a county than in a township, more in a township than at a station
        ProvinceData.Unit county = p.at("COUNTY").get(0);
        long township = p.childrenOf(county.id()).get(0);
        long station = p.childrenOf(township).get(0);
        assertTrue(staffAt(p, county.id()) > staffAt(p, township) && staffAt(p, township) > staffAt(p, station));
    }

    @Test
    void smallerProvincesKeepTheRules() {
        for (double scale : new double[] { 0.001, 0.01, 0.1, 0.37 }) {
            ProvinceData.Sizes sizes = ProvinceData.Sizes.of(scale, 100);
            ProvinceData p = ProvinceData.generate(sizes, 1000, 5000, 7);
            assertEquals(sizes.units(), p.units.size(), "scale " + scale);
            assertEquals(sizes.counties(), p.at("COUNTY").size(), "scale " + scale);
            assertTrue(p.accounts.size() >= 100);
            assertTrue(p.staff.size() >= sizes.staff(), "scale " + scale);
            wellFormed(p);
        }
        assertThrows(IllegalArgumentException.class, () -> ProvinceData.Sizes.of(0, 100));
        assertThrows(IllegalArgumentException.class, () -> ProvinceData.Sizes.of(1.5, 100));
    }

    @Test
    void theOfficersAreDistinctAccountsOfCitiesAndCounties() {
        ProvinceData p = ProvinceData.generate(ProvinceData.Sizes.of(1, 100), 1, 1, 1);
        List<ProvinceData.Account> officers = p.officers(100);
        assertEquals(100, officers.size());
        assertEquals(100, officers.stream().map(ProvinceData.Account::username).distinct().count());
        assertEquals(100, officers.stream().map(ProvinceData.Account::homeUnitId).distinct().count());
        assertEquals(20, officers.stream().filter(a -> p.byId.get(a.homeUnitId()).level().equals("CITY")).count());
        for (ProvinceData.Account a : officers) {
            assertNotNull(a.staffId(), a.username());
            long unit = p.staff.get((int) (a.staffId() - 1)).unitId();
            assertEquals(a.homeUnitId(), unit, a.username());
        }
        // the reach of a county: itself, its townships and their stations
        ProvinceData.Unit county = p.at("COUNTY").get(0);
        int townships = p.childrenOf(county.id()).size();
        assertEquals(1 + townships + townships * 10, p.subtree(county.id()).size());
    }

    @Test
    void countiesAreSharedInProportion() {
        int[] all = ProvinceData.share(183, 21);
        for (int i = 0; i < 21; i++) {
            assertEquals(Integer.parseInt(ProvinceData.CITIES[i][2]), all[i]);
        }
        for (int n = 3; n <= 40; n++) {
            int[] some = ProvinceData.share(n, 3);
            assertEquals(n, some[0] + some[1] + some[2]);
            assertTrue(some[0] >= some[1] && some[1] >= 1 && some[2] >= 1, n + ": " + some[0] + "," + some[1]);
        }
    }

    static long staffAt(ProvinceData p, long unitId) {
        return p.staff.stream().filter(s -> s.unitId() == unitId).count();
    }

    /** Unique codes and ids, parents before children and of a higher level, codes beginning with the parent's. */
    static void wellFormed(ProvinceData p) {
        Set<String> codes = new HashSet<>();
        long last = -1;
        for (ProvinceData.Unit u : p.units) {
            assertTrue(codes.add(u.code()), "code " + u.code() + " twice");
            assertTrue(u.id() > last, "ids ascending");
            last = u.id();
            if (u.parentId() == null) {
                assertEquals("PROVINCE", u.level());
                continue;
            }
            ProvinceData.Unit parent = p.byId.get(u.parentId());
            assertTrue(parent.id() < u.id(), "parent first");
            assertEquals(LEVELS.indexOf(parent.level()) + 1, LEVELS.indexOf(u.level()), u.code());
            String prefix = parent.level().equals("PROVINCE") ? "51" : parent.code().replaceAll("00$", "");
            assertTrue(u.code().startsWith(prefix), u.code() + " under " + parent.code());
            assertTrue(u.code().length() <= 64 && u.name().length() <= 200);
        }
        Set<String> numbers = new HashSet<>();
        for (ProvinceData.Person s : p.staff) {
            assertTrue(numbers.add(s.number()), s.number());
            assertNotNull(p.byId.get(s.unitId()));
        }
        assertEquals(p.accounts.size(), p.accounts.stream().map(ProvinceData.Account::username).distinct().count());
        p.accounts.forEach(a -> assertTrue(a.username().matches("[A-Za-z0-9._-]{2,64}"), a.username()));
    }
}
