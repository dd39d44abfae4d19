package org.xingfeng.publicity.api.articles;

import java.util.Map;

/** The configuration in force: points per media level and the co-authors' share rule. */
public record PointsTable(Map<MediaLevel, Integer> points, ShareRule shareRule) {

    public PointsTable {
        points = Map.copyOf(points);
    }
}
