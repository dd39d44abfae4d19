package org.xingfeng.evaluations.api.scoring;

import java.util.List;

/**
 * A section's place in a quarter. {@code score} is the weighted mean of its groups' averages, rounded to two
 * decimals, null when no group has anything (then it has no {@code rank} and is not a benchmark). {@code notes}
 * say in words (Chinese, then English) which groups were left out and why, e.g. a quarter without evaluations.
 */
public record SectionScore(long sectionId, String sectionName, Double score, Integer rank, boolean benchmark,
        List<GroupScore> groups, List<String> notes) {

    public SectionScore {
        groups = List.copyOf(groups);
        notes = List.copyOf(notes);
    }
}
