package org.xingfeng.evaluations.api;

import java.time.LocalDate;

/**
 * Filters for the evaluation list; nulls do not filter. {@code unitId} includes the units below it. Dates are
 * the bureau's days, both inclusive. {@code badOnly} keeps 不满意 and 非常不满意.
 */
public record EvaluationQuery(Long unitId, LocalDate from, LocalDate to, Level level, boolean badOnly, Channel channel,
        String windowNo, Long staffId, Long sectionId, String matterCode, String recordNo) {

    public static final EvaluationQuery ALL = new EvaluationQuery(null, null, null, null, false, null, null, null, null,
            null, null);
}
