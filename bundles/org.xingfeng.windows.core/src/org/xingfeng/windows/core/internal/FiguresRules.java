package org.xingfeng.windows.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.xingfeng.windows.api.figures.Coverage;
import org.xingfeng.windows.api.figures.Dimension;
import org.xingfeng.windows.api.figures.ServiceLevel;
import org.xingfeng.windows.api.halls.WindowState;
import org.xingfeng.windows.api.halls.WindowType;

/**
 * Service levels and coverage, pure. A ticket's wait runs from taking to its first call, its service from start to
 * finish; "within target" is the share of called tickets whose wait was at most the target; the no-show share is
 * no-shows among tickets that ended (served or no-show).
 */
final class FiguresRules {

    /** What the figures read of a ticket. */
    record Fact(LocalDate day, Instant takenAt, Instant calledAt, Instant startedAt, Instant finishedAt, boolean noShow,
            String windowNumber, Long staffId, String staffName, String matterCode, String matterName) {
    }

    /**
     * What the figures read of an appointment (not cancelled): its day, its slot's start, its matter, and whether it
     * was checked in or is a no-show (爽约: not checked in by its expiry); neither while it may still come.
     */
    record Booking(LocalDate day, Instant slotStart, String matterCode, String matterName, boolean checkedIn,
            boolean noShow) {
    }

    /** What coverage reads of a window. */
    record WindowFact(WindowType type, WindowState state, List<String> codes) {
    }

    private FiguresRules() {
    }

    static List<ServiceLevel> breakdown(Collection<Fact> facts, Dimension by, ZoneId zone, Duration target) {
        return breakdown(facts, List.of(), by, zone, target);
    }

    /**
     * The parts of the dimension, tickets and appointments together (appointments are not broken down by window or
     * staff member: a booking has neither).
     */
    static List<ServiceLevel> breakdown(Collection<Fact> facts, Collection<Booking> bookings, Dimension by,
            ZoneId zone, Duration target) {
        Map<String, List<Fact>> parts = new TreeMap<>();
        Map<String, List<Booking>> booked = new TreeMap<>();
        Map<String, String> labels = new TreeMap<>();
        Map<String, String> bookingLabels = new TreeMap<>();
        for (Booking b : bookings) {
            String key;
            String label;
            switch (by) {
                case HOUR:
                    key = String.format("%02d", b.slotStart().atZone(zone).getHour());
                    label = key + ":00";
                    break;
                case DAY:
                    key = b.day().toString();
                    label = key;
                    break;
                case WINDOW:
                case STAFF:
                    continue;
                default:
                    key = b.matterCode();
                    label = b.matterName() == null ? key : b.matterName();
            }
            booked.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
            bookingLabels.putIfAbsent(key, label);
        }
        for (Fact f : facts) {
            String key;
            String label;
            switch (by) {
                case HOUR:
                    key = String.format("%02d", f.takenAt().atZone(zone).getHour());
                    label = key + ":00";
                    break;
                case DAY:
                    key = f.day().toString();
                    label = key;
                    break;
                case WINDOW:
                    if (f.windowNumber() == null) {
                        continue;
                    }
                    key = f.windowNumber();
                    label = key;
                    break;
                case STAFF:
                    if (f.staffId() == null) {
                        continue;
                    }
                    key = f.staffId().toString();
                    label = f.staffName() == null ? key : f.staffName();
                    break;
                default:
                    key = f.matterCode();
                    label = f.matterName() == null ? key : f.matterName();
            }
            parts.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            labels.putIfAbsent(key, label);
        }
        for (String key : booked.keySet()) {
            parts.computeIfAbsent(key, k -> new ArrayList<>());
            labels.putIfAbsent(key, bookingLabels.get(key));
        }
        List<ServiceLevel> levels = new ArrayList<>();
        parts.forEach((key, list) -> levels.add(level(key, labels.get(key), list,
                booked.getOrDefault(key, List.of()), target)));
        return levels;
    }

    static ServiceLevel level(String key, String label, Collection<Fact> facts, Duration target) {
        return level(key, label, facts, List.of(), target);
    }

    static ServiceLevel level(String key, String label, Collection<Fact> facts, Collection<Booking> bookings,
            Duration target) {
        int taken = facts.size();
        int served = 0;
        int noShows = 0;
        int called = 0;
        int within = 0;
        long waitSum = 0;
        long waitMax = 0;
        int timed = 0;
        long serviceSum = 0;
        long serviceMax = 0;
        for (Fact f : facts) {
            if (f.noShow()) {
                noShows++;
            }
            if (f.startedAt() != null) {
                served++;
            }
            if (f.calledAt() != null) {
                called++;
                long wait = Math.max(0, Duration.between(f.takenAt(), f.calledAt()).toSeconds());
                waitSum += wait;
                waitMax = Math.max(waitMax, wait);
                if (wait <= target.toSeconds()) {
                    within++;
                }
            }
            if (f.startedAt() != null && f.finishedAt() != null) {
                timed++;
                long service = Math.max(0, Duration.between(f.startedAt(), f.finishedAt()).toSeconds());
                serviceSum += service;
                serviceMax = Math.max(serviceMax, service);
            }
        }
        int ended = served + noShows;
        int checkedIn = 0;
        int missed = 0;
        for (Booking b : bookings) {
            if (b.checkedIn()) {
                checkedIn++;
            } else if (b.noShow()) {
                missed++;
            }
        }
        int known = checkedIn + missed;
        return new ServiceLevel(key, label, taken, served, noShows, called == 0 ? 0 : waitSum / called, waitMax,
                timed == 0 ? 0 : serviceSum / timed, serviceMax, called == 0 ? null : (double) within / called,
                ended == 0 ? null : (double) noShows / ended, bookings.size(), missed,
                known == 0 ? null : (double) missed / known);
    }

    /** A hall's coverage (or, with several halls' windows, a unit's). */
    static Coverage coverage(Long hallId, long unitId, String name, List<WindowFact> windows) {
        int comprehensive = 0;
        Set<String> all = new HashSet<>();
        Set<String> onEvery = null;
        for (WindowFact w : windows) {
            if (w.type() == WindowType.COMPREHENSIVE) {
                comprehensive++;
            }
            all.addAll(w.codes());
            if (w.state() == WindowState.OPEN) {
                if (onEvery == null) {
                    onEvery = new HashSet<>(w.codes());
                } else {
                    onEvery.retainAll(w.codes());
                }
            }
        }
        int every = onEvery == null ? 0 : onEvery.size();
        return new Coverage(hallId, unitId, name, windows.size(), comprehensive,
                windows.isEmpty() ? null : (double) comprehensive / windows.size(), all.size(), every,
                all.isEmpty() ? null : (double) every / all.size());
    }

    /** The sum of several halls' coverage (windows and matters added up). */
    static Coverage total(long unitId, String name, List<Coverage> halls) {
        int windows = 0;
        int comprehensive = 0;
        int matters = 0;
        int every = 0;
        for (Coverage c : halls) {
            windows += c.windows();
            comprehensive += c.comprehensiveWindows();
            matters += c.matters();
            every += c.mattersOnEveryOpenWindow();
        }
        return new Coverage(null, unitId, name, windows, comprehensive,
                windows == 0 ? null : (double) comprehensive / windows, matters, every,
                matters == 0 ? null : (double) every / matters);
    }

}
