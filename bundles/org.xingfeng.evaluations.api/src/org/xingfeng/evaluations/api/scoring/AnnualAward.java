package org.xingfeng.evaluations.api.scoring;

import java.util.List;

/**
 * A section's benchmark quarters in a year; {@code eligible} (可纳入年度先进科室评选) when they are at least the
 * configured number (default 2, seed 001: "累计两次以上被评为标杆科室").
 */
public record AnnualAward(long sectionId, String sectionName, int year, List<String> benchmarkQuarters,
        boolean eligible) {

    public AnnualAward {
        benchmarkQuarters = List.copyOf(benchmarkQuarters);
    }
}
