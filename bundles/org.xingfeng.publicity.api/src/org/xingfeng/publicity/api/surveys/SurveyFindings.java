package org.xingfeng.publicity.api.surveys;

import java.math.BigDecimal;
import java.util.List;

/**
 * A survey's findings (weakest first) under the thresholds in force, and whether findings can become rectification
 * tasks now ({@code rectificationAvailable}: the evaluations module is installed and running).
 */
public record SurveyFindings(long surveyId, BigDecimal awarenessThreshold, BigDecimal satisfactionThreshold,
        int minAnswers, boolean rectificationAvailable, List<Finding> findings) {

    public SurveyFindings {
        findings = List.copyOf(findings);
    }
}
