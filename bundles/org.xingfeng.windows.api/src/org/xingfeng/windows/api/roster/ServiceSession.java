package org.xingfeng.windows.api.roster;

import java.time.LocalDate;
import java.time.LocalTime;

/** An extended-hours or assisted-handling session: when, who, how many citizens were served, what. */
public record ServiceSession(long id, long hallId, SessionKind kind, LocalDate date, LocalTime start, LocalTime end,
        long staffId, String staffName, int citizensServed, String note, String recordedBy) {
}
