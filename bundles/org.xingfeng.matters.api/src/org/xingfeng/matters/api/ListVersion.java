package org.xingfeng.matters.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published version of a unit's list: number (1, 2, ...), the date it takes effect, who published it, when,
 * a note, and its 四最 figures at that moment (最小自由裁量: the items with a finding and their share in percent). The
 * items themselves are kept as they were.
 */
public record ListVersion(long id, long unitId, int number, LocalDate effectiveDate, String publishedBy,
        Instant publishedAt, String note, int items, double averageMaterials, double averageTimeLimitDays,
        double averageSteps, int onTheSpot, int itemsWithDiscretion, double discretionShare) {

    /** A version without discretion figures (as before discretion was measured). */
    public ListVersion(long id, long unitId, int number, LocalDate effectiveDate, String publishedBy,
            Instant publishedAt, String note, int items, double averageMaterials, double averageTimeLimitDays,
            double averageSteps, int onTheSpot) {
        this(id, unitId, number, effectiveDate, publishedBy, publishedAt, note, items, averageMaterials,
                averageTimeLimitDays, averageSteps, onTheSpot, 0, 0);
    }
}
