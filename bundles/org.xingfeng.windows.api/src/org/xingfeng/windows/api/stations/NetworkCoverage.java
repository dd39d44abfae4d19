package org.xingfeng.windows.api.stations;

import java.util.List;

import org.xingfeng.windows.api.MatterRef;

/**
 * The station network's coverage: the reach used ({@code reachKm} = speed × minutes ÷ detour factor, straight-line
 * distance), per matter, and the matters no station handles (a trip to the county hall).
 */
public record NetworkCoverage(Long unitId, TravelMode mode, double speedKmh, int minutes, double detourFactor,
        double reachKm, int stations, int villages, long population, List<MatterCoverage> matters,
        List<MatterRef> hallOnly) {

    public NetworkCoverage {
        matters = List.copyOf(matters);
        hallOnly = List.copyOf(hallOnly);
    }
}
