package org.xingfeng.windows.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The 15-minute service circle without a database: straight-line (haversine) distance on the mean earth radius, and a
 * reach of speed × minutes ÷ detour factor (roads are longer than the straight line by that factor).
 */
final class StationRules {

    static final double EARTH_RADIUS_KM = 6371.0088;

    private StationRules() {
    }

    /** A located station and the matters it handles. */
    record Point(long id, double lat, double lon, Set<String> matters) {
    }

    /** A located village and its population. */
    record Place(long id, double lat, double lon, int population) {
    }

    record Cover(int stations, List<Place> reached, List<Place> outside, long population, long covered) {

        Double share() {
            return population == 0 ? null : (double) covered / population;
        }
    }

    /** Great-circle distance in km between two WGS84 points (degrees). */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** The straight-line distance reached in {@code minutes} at {@code speedKmh} on roads {@code detour} times longer. */
    static double reachKm(double speedKmh, int minutes, double detour) {
        if (speedKmh <= 0 || minutes <= 0 || detour < 1) {
            throw new IllegalArgumentException("speed and minutes must be positive, the detour factor at least 1");
        }
        return speedKmh * minutes / 60.0 / detour;
    }

    /** Which villages have a station handling {@code matter} within {@code reachKm} (a matter of null: any station). */
    static Cover cover(List<Place> villages, List<Point> stations, String matter, double reachKm) {
        List<Point> handling = stations.stream().filter(s -> matter == null || s.matters().contains(matter)).toList();
        List<Place> in = new ArrayList<>();
        List<Place> out = new ArrayList<>();
        long population = 0;
        long covered = 0;
        for (Place v : villages) {
            population += v.population();
            boolean reached = false;
            for (Point s : handling) {
                if (distanceKm(v.lat(), v.lon(), s.lat(), s.lon()) <= reachKm) {
                    reached = true;
                    break;
                }
            }
            if (reached) {
                in.add(v);
                covered += v.population();
            } else {
                out.add(v);
            }
        }
        return new Cover(handling.size(), in, out, population, covered);
    }

    /** The matters offered that no station handles: for those citizens still go to the county hall. */
    static List<String> hallOnly(Collection<String> offered, Collection<Point> stations) {
        Set<String> atStations = new TreeSet<>();
        stations.forEach(s -> atStations.addAll(s.matters()));
        return new TreeSet<>(offered).stream().filter(c -> !atStations.contains(c)).toList();
    }
}
