package org.xingfeng.windows.api.roster;

import java.time.LocalDate;

/**
 * A duty to add: the hall (in reach), the day, the role, the staff member (of the hall's unit or a unit below it), and
 * for {@link DutyRole#WINDOW_STAFF} the window of the hall. One staff member has one duty a day in a hall; a window has
 * one member of staff a day (409 otherwise).
 */
public record DutyDraft(Long hallId, LocalDate date, DutyRole role, Long staffId, Long windowId, String note) {
}
