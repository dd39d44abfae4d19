package org.xingfeng.windows.api.roster;

import java.time.LocalDate;

/** A hall's roster or sessions between two days (inclusive; null means today), optionally of one staff member. */
public record RosterQuery(long hallId, LocalDate from, LocalDate to, Long staffId) {
}
