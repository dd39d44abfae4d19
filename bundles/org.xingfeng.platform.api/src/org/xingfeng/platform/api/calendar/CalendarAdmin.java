package org.xingfeng.platform.api.calendar;

import java.time.LocalDate;
import java.util.List;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;

/** Editing the calendar's data: the official arrangement of each year, as an administrator keeps it. */
@Remote
public interface CalendarAdmin {

    /** The exceptional days of a year, in date order. */
    List<SpecialDay> specialDays(int year);

    /** Years that have an arrangement on record. */
    List<Integer> years();

    /** Adds or replaces the entry for {@code day.date()}. Administrator only; audited. */
    SpecialDay put(Actor actor, SpecialDay day);

    /** Removes the entry for a date, making it a plain weekday/weekend again. Administrator only; audited. */
    void remove(Actor actor, LocalDate date);
}
