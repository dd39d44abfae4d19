package org.xingfeng.publicity.core.internal;

import java.time.LocalDate;

/** What publicity asks of the evaluations module, when it is there ({@link EvaluationsLink}). */
public interface EvaluationsBridge {

    /** The unit's satisfaction rate and count over the days; the rate null without evaluations. */
    record Rate(Double rate, long count) {
    }

    Rate unitSatisfaction(long unitId, LocalDate from, LocalDate to);
}
