package org.xingfeng.windows.api.roster;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session to record; {@code start} before {@code end}, not in the future; {@code citizensServed} 0..10000. */
public record SessionDraft(Long hallId, SessionKind kind, LocalDate date, LocalTime start, LocalTime end, Long staffId,
        Integer citizensServed, String note) {
}
