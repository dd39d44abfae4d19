package org.xingfeng.evaluations.api.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * The sections of a unit ranked for a quarter, best first.
 * <p>
 * Rules: a section's score is Σ(weight × average) / Σ(weight) over the groups that have an average: a group without
 * sheets, or the public group when the section had no evaluations that quarter, is left out and the remaining weights
 * are rescaled to 100 %. Scores are rounded to two decimals before they are compared. Equal scores share a rank
 * (1, 2, 2, 4); sections with equal scores are listed by section id. The sections ranked within the first
 * {@code benchmarkCount} places are benchmark sections (标杆科室), so a tie at the last place makes every tied section
 * a benchmark and there may be more than {@code benchmarkCount} of them. Sections without any score come last,
 * unranked.
 */
public record SectionRanking(long unitId, String unitName, String quarter, LocalDate from, LocalDate to,
        int benchmarkCount, List<SectionScore> sections) {

    public SectionRanking {
        sections = List.copyOf(sections);
    }
}
