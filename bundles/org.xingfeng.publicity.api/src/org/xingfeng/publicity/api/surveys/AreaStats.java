package org.xingfeng.publicity.api.surveys;

import java.math.BigDecimal;
import java.util.List;

/**
 * A survey's figures for one area (the unit its codes were issued for) or, with {@code areaUnitId} null, for all the
 * areas asked for together: responses, each question's figures, and the awareness rate over all policy questions
 * (aware answers / answers to policy questions); {@code paper} of the responses were entered from paper.
 */
public record AreaStats(Long areaUnitId, String areaName, int responses, BigDecimal awarenessRate,
        List<QuestionStats> questions, int paper) {

    public AreaStats {
        questions = List.copyOf(questions);
    }
}
