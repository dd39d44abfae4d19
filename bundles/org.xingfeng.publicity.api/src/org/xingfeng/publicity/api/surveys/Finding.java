package org.xingfeng.publicity.api.surveys;

import java.math.BigDecimal;

/**
 * A weak result of a survey round in one area: the question, what it measured, the rate (four decimals) over
 * {@code answered} answers against the threshold in force, and the rectification task made of it (null: none yet).
 */
public record Finding(long surveyId, long areaUnitId, String areaName, String questionKey, String questionText,
        FindingMeasure measure, BigDecimal rate, BigDecimal threshold, int answered, Long taskId) {
}
