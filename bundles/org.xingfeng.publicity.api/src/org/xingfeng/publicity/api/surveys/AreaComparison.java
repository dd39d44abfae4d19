package org.xingfeng.publicity.api.surveys;

import java.math.BigDecimal;
import java.util.List;

/**
 * Two survey rounds compared in an area ({@code areaUnitId} null: all the areas together): the awareness rate over the
 * policy questions both rounds share, before and after, its change, and the change per question.
 */
public record AreaComparison(Long areaUnitId, String areaName, int responsesBefore, int responsesAfter,
        BigDecimal before, BigDecimal after, BigDecimal change, List<AwarenessChange> questions) {

    public AreaComparison {
        questions = List.copyOf(questions);
    }
}
