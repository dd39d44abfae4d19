package org.xingfeng.publicity.api.articles;

import java.math.BigDecimal;

/**
 * A person's line of a year's leaderboard: rank (equal points share a rank), the staff member, the articles they
 * wrote or co-wrote that year and their points (the sum of their shares), and the articles per level.
 */
public record PersonStanding(int rank, long staffId, String staffNumber, String name, long unitId, String unitName,
        Long sectionId, String sectionName, int articles, int national, int provincial, int city, int county,
        BigDecimal points) {
}
