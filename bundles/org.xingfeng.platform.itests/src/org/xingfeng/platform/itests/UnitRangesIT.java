package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

/**
 * A reach of many units whose ids run together is asked for as ranges of ids on PostgreSQL (and as a list elsewhere):
 * either way a county's officer lists exactly its own units' staff, counted exactly, and never those of a unit of
 * another county whose id lies between its own.
 */
class UnitRangesIT {

    @Test
    void aCountyOfManyTownshipsListsExactlyItsOwnStaff() {
        Api.awaitReady(); // the test may be the run's first
        String root = Api.admin();
        long city = Fixtures.createUnit(root, null, "CITY").path("id").asLong();
        long county = Fixtures.createUnit(root, city, "COUNTY").path("id").asLong();
        long otherCounty = Fixtures.createUnit(root, city, "COUNTY").path("id").asLong();
        List<Long> townships = new ArrayList<>();
        long between = 0;
        for (int i = 0; i < 70; i++) { // more than a list's worth: ranges on PostgreSQL
            if (i == 35) { // another county's township, its id amid this county's
                between = Fixtures.createUnit(root, otherCounty, "TOWNSHIP").path("id").asLong();
            }
            townships.add(Fixtures.createUnit(root, county, "TOWNSHIP").path("id").asLong());
        }
        Set<Long> own = new HashSet<>();
        own.add(Fixtures.createStaff(root, county, "县局经办").path("id").asLong());
        for (int i = 0; i < townships.size(); i += 3) {
            own.add(Fixtures.createStaff(root, townships.get(i), "乡镇经办 " + i).path("id").asLong());
        }
        own.add(Fixtures.createStaff(root, townships.get(townships.size() - 1), "最后一个乡镇").path("id").asLong());
        long outsider = Fixtures.createStaff(root, between, "他县乡镇经办").path("id").asLong();
        Fixtures.createStaff(root, otherCounty, "他县经办");

        String officer = Fixtures.userAt(root, "ranges." + Api.unique(), List.of("staff"), county, null);
        Set<Long> listed = new HashSet<>();
        long total = -1;
        for (int page = 0; page < 3; page++) { // pages of 10: the total and every page agree
            Api.Reply r = Api.get("/api/v1/org/staff?size=10&page=" + page, officer);
            assertEquals(200, r.status(), r.text());
            JsonNode body = r.json();
            total = body.path("total").asLong();
            body.path("items").forEach(s -> listed.add(s.path("id").asLong()));
        }
        assertEquals(own.size(), total);
        assertEquals(own, listed);
        assertFalse(listed.contains(outsider));
    }
}
