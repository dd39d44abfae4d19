package org.xingfeng.publicity.api.articles;

import java.math.BigDecimal;

/**
 * A section's line of a year's leaderboard: the points of its members' shares, and the number of distinct articles
 * they wrote. Staff without a section are counted under their unit ({@code sectionId} null).
 */
public record SectionStanding(int rank, long unitId, String unitName, Long sectionId, String sectionName, int articles,
        BigDecimal points) {
}
