package org.xingfeng.training.api.needs;

import java.time.LocalDate;

/**
 * The unit (and those below it; null: the caller's reach), the period of the evaluations (null {@code to}: today;
 * null {@code from}: the configured number of days before {@code to}) and whether to keep the open needs only.
 */
public record NeedQuery(Long unitId, LocalDate from, LocalDate to, boolean openOnly) {

    public static final NeedQuery DEFAULT = new NeedQuery(null, null, null, false);
}
