package org.xingfeng.windows.api.standard;

import java.time.LocalDate;

/** An inspection to record: the hall, the day (not in the future), findings (up to 2000 characters). */
public record InspectionDraft(Long hallId, LocalDate date, String findings) {
}
