package org.xingfeng.publicity.api.surveys;

import java.util.List;

/**
 * A quota (配额): at most {@code limit} responses from the area {@code areaUnitId} and the units below it (null: every
 * area) and, with {@code questionKey}, from the respondent group that answered that SINGLE, MULTIPLE or YES_NO question
 * with one of {@code choices} (YES_NO: 0 yes, 1 no). A response that would pass a full quota is refused (409
 * {@code quota_full}). {@code filled} and {@code full} are read, never written.
 */
public record Quota(String name, Long areaUnitId, String questionKey, List<Integer> choices, Integer limit,
        Integer filled, Boolean full) {

    public Quota {
        choices = choices == null ? List.of() : List.copyOf(choices);
        filled = filled == null ? 0 : filled;
        full = Boolean.TRUE.equals(full);
    }
}
