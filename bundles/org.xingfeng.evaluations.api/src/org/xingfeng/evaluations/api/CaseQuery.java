package org.xingfeng.evaluations.api;

import java.time.LocalDate;

/** Filters for the case list; nulls do not filter. {@code unitId} includes the units below it. */
public record CaseQuery(Long unitId, CaseState state, boolean openOnly, boolean overdueOnly, LocalDate from,
        LocalDate to) {

    public static final CaseQuery ALL = new CaseQuery(null, null, false, false, null, null);
}
