package org.xingfeng.publicity.api.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A survey's satisfaction beside the evaluations module's (好差评) for one area ({@code areaUnitId} null: all the
 * areas together, the evaluations' figure then the survey's unit or the actor's home unit): {@code surveyRate} is the
 * share of rating answers in the upper three fifths of the scale (as 基本满意 and better count in evaluations), over
 * {@code ratings} answers; {@code evaluationsRate} and {@code evaluations} the module's rate and count over the days
 * the survey was answered ({@code from}..{@code to}), null when the evaluations module is absent or had none.
 */
public record SatisfactionBeside(Long areaUnitId, String areaName, int responses, int ratings, BigDecimal surveyRate,
        LocalDate from, LocalDate to, Double evaluationsRate, Long evaluations) {
}
