package org.xingfeng.evaluations.api.complaints;

/**
 * Filters of the complaints list; null means any. {@code unitId} takes the unit and every unit below it;
 * {@code year} is the year of the received date; {@code staffId} the staff member complained about.
 */
public record ComplaintQuery(Long unitId, ComplaintState state, Boolean overdue, Integer year, Long staffId) {

    public static final ComplaintQuery ALL = new ComplaintQuery(null, null, null, null, null);
}
