package org.xingfeng.demands.api.demands;

import java.time.LocalDate;

/**
 * Filters of the demands list; null means any. {@code unitId} takes the unit and every unit below it;
 * {@code sectionId} matches the lead section or a handling section; {@code from}/{@code to} bound the received date
 * (inclusive); {@code overdue} the deadline passed without a reply; {@code text} a part of the topic or text.
 */
public record DemandQuery(Long unitId, DemandState state, DemandCategory category, DemandChannel channel,
        Long sectionId, Boolean overdue, LocalDate from, LocalDate to, String text) {

    public static final DemandQuery ALL = new DemandQuery(null, null, null, null, null, null, null, null, null);
}
