package org.xingfeng.matters.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published version of a unit's list: number (1, 2, ...), the date it takes effect, who published it, when,
 * a note, and its 四最 figures at that moment. The items themselves are kept as they were.
 */
public record ListVersion(long id, long unitId, int number, LocalDate effectiveDate, String publishedBy,
        Instant publishedAt, String note, int items, double averageMaterials, double averageTimeLimitDays,
        double averageSteps, int onTheSpot) {
}
