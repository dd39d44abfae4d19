package org.xingfeng.windows.api.stations;

import java.util.List;

/**
 * One matter's coverage: the located stations handling it, the villages and those within reach of one of them, the
 * population and the population covered, its share (null without population), and the villages outside.
 */
public record MatterCoverage(String matterCode, String matterName, int stations, int villages, int villagesReached,
        long population, long populationCovered, Double share, List<Village> outside) {

    public MatterCoverage {
        outside = List.copyOf(outside);
    }
}
