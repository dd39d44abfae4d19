package org.xingfeng.windows.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xingfeng.windows.core.internal.StationRules.Cover;
import org.xingfeng.windows.core.internal.StationRules.Place;
import org.xingfeng.windows.core.internal.StationRules.Point;

/** The 15-minute circle against hand-worked distances. */
class StationRulesTest {

    @Test
    void oneDegreeOfLatitudeIsAbout111Km() {
        // 2 * pi * 6371.0088 / 360 = 111.195
        assertEquals(111.195, StationRules.distanceKm(31, 104, 32, 104), 0.001);
        // at 60 degrees north a degree of longitude is half of it along the parallel; the great circle cuts a hair
        assertEquals(55.597, StationRules.distanceKm(60, 0, 60, 1), 0.001);
        assertEquals(0.0, StationRules.distanceKm(31.46, 104.68, 31.46, 104.68), 1e-12);
    }

    @Test
    void reachIsSpeedTimesMinutesOverTheDetourFactor() {
        assertEquals(1.0, StationRules.reachKm(5, 15, 1.25), 1e-12);
        assertEquals(5.0, StationRules.reachKm(30, 15, 1.5), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> StationRules.reachKm(0, 15, 1.3));
        assertThrows(IllegalArgumentException.class, () -> StationRules.reachKm(5, 15, 0.9));
    }

    static final List<Point> STATIONS = List.of(new Point(1, 31.0, 104.0, Set.of("M1", "M2")),
            new Point(2, 31.1, 104.0, Set.of("M1")));
    // V1 0.56 km from S1; V2 5.56 km from both; V3 2.86 km east of S2 (0.03 deg x 111.195 x cos 31.1)
    static final List<Place> VILLAGES = List.of(new Place(11, 31.005, 104.0, 1000), new Place(12, 31.05, 104.0, 2000),
            new Place(13, 31.1, 104.03, 500));

    @Test
    void drivingFiveKm() {
        Cover m1 = StationRules.cover(VILLAGES, STATIONS, "M1", 5.0);
        assertEquals(2, m1.stations());
        assertEquals(List.of(12L), m1.outside().stream().map(Place::id).toList());
        assertEquals(3500, m1.population());
        assertEquals(1500, m1.covered());
        assertEquals(1500.0 / 3500, m1.share(), 1e-12);
        Cover m2 = StationRules.cover(VILLAGES, STATIONS, "M2", 5.0);
        assertEquals(1, m2.stations());
        assertEquals(List.of(12L, 13L), m2.outside().stream().map(Place::id).toList());
        assertEquals(1000, m2.covered());
        Cover none = StationRules.cover(VILLAGES, STATIONS, "M9", 5.0);
        assertEquals(0, none.stations());
        assertEquals(0, none.covered());
    }

    @Test
    void walkingOneKmAndTheMattersLeftToTheHall() {
        Cover m1 = StationRules.cover(VILLAGES, STATIONS, "M1", 1.0);
        assertEquals(List.of(11L), m1.reached().stream().map(Place::id).toList());
        assertEquals(List.of("M3"), StationRules.hallOnly(List.of("M2", "M3", "M1"), STATIONS));
        assertEquals(null, StationRules.cover(List.of(), STATIONS, "M1", 1.0).share());
    }
}
