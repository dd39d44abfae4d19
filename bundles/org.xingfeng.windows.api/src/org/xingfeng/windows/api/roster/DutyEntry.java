package org.xingfeng.windows.api.roster;

import java.time.LocalDate;

/** One duty of a day in a hall: who, in which role, at which window (window staff only). Names from the org tree. */
public record DutyEntry(long id, long hallId, LocalDate date, DutyRole role, long staffId, String staffNumber,
        String staffName, Long windowId, String windowNumber, String note) {
}
