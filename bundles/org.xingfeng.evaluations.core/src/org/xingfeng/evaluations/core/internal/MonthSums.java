package org.xingfeng.evaluations.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/**
 * Roll-up sums over a period, its days in closed months (those that ended before today) from day counts kept in
 * memory per month: a month's day rows of a key are read once and used while the month's stamp (EVAL_ROLLUP_MONTH,
 * raised with every change of its rows by any server) is the one read before them. The stamps are read before the
 * rows, so a change committed in between leaves rows newer than their stamp, read again next time, never older ones
 * kept. At most {@code capacity} months of a key are kept, the least recently used forgotten first.
 */
final class MonthSums {

    /** The day counts of one key ({@code prefix} false) or of every key starting with it, in one month. */
    private record Key(String dim, String selector, boolean prefix, LocalDate month) {
    }

    /** Per key, the counts of day d at [(d - 1) * WIDTH, d * WIDTH) (see {@link RollupStore#dayRows}). */
    private record Entry(long stamp, Map<String, int[]> days) {

        int weight() {
            return Math.max(1, days.size());
        }
    }

    private final int capacity;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private int weight;

    MonthSums(int capacity) {
        this.capacity = capacity;
    }

    /** Sums per key of the given keys over [from, to]; keys without evaluations in it are left out. */
    Map<String, long[]> byKeys(EntityManager em, String dim, List<String> keys, LocalDate from, LocalDate to,
            LocalDate today) {
        return sums(em, dim, keys, false, from, to, today);
    }

    /** Sums per key of the keys starting with {@code prefix} over [from, to]; keys without evaluations left out. */
    Map<String, long[]> byPrefix(EntityManager em, String dim, String prefix, LocalDate from, LocalDate to,
            LocalDate today) {
        return sums(em, dim, List.of(prefix), true, from, to, today);
    }

    private Map<String, long[]> sums(EntityManager em, String dim, List<String> selectors, boolean prefix,
            LocalDate from, LocalDate to, LocalDate today) {
        Map<String, long[]> result = read(em, dim, selectors, prefix, from, to, today);
        // a row of zeros (its evaluations moved to another unit's roll-ups) is no evaluation
        result.values().removeIf(c -> java.util.Arrays.stream(c).allMatch(n -> n == 0));
        return result;
    }

    private Map<String, long[]> read(EntityManager em, String dim, List<String> selectors, boolean prefix,
            LocalDate from, LocalDate to, LocalDate today) {
        Map<String, long[]> result = new LinkedHashMap<>();
        if (selectors.isEmpty()) {
            return result;
        }
        ReportPeriods periods = ReportPeriods.split(from, to, today);
        if (periods.days() != null) {
            LocalDate f = periods.days().from();
            LocalDate t = periods.days().to();
            add(result, prefix ? RollupStore.sumByPrefix(em, dim, selectors.get(0), f, t)
                    : RollupStore.sumByKey(em, dim, selectors, f, t));
        }
        List<LocalDate> months = periods.months();
        if (months.isEmpty()) {
            return result;
        }
        // first the stamps, then the rows (see above)
        Map<LocalDate, Long> stamps = RollupStore.stamps(em, months.get(0), months.get(months.size() - 1));
        List<Key> missed = new ArrayList<>();
        synchronized (this) {
            for (String s : selectors) {
                for (LocalDate m : months) {
                    Key key = new Key(dim, s, prefix, m);
                    Entry e = entries.get(key);
                    if (e != null && e.stamp() == stamps.getOrDefault(m, 0L)) {
                        add(result, e.days(), m, from, to);
                    } else {
                        missed.add(key);
                    }
                }
            }
        }
        if (missed.isEmpty()) {
            return result;
        }
        LocalDate first = missed.stream().map(Key::month).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = missed.stream().map(Key::month).max(LocalDate::compareTo).orElseThrow();
        List<String> missing = missed.stream().map(Key::selector).distinct().toList();
        Map<LocalDate, Map<String, int[]>> read = RollupStore.dayRows(em, dim, prefix ? null : missing,
                prefix ? missing.get(0) : null, first, last.withDayOfMonth(last.lengthOfMonth()));
        synchronized (this) {
            for (Key key : missed) {
                Map<String, int[]> month = read.getOrDefault(key.month(), Map.of());
                Map<String, int[]> days = new HashMap<>();
                if (prefix) {
                    days.putAll(month);
                } else if (month.containsKey(key.selector())) {
                    days.put(key.selector(), month.get(key.selector()));
                }
                keep(key, new Entry(stamps.getOrDefault(key.month(), 0L), Map.copyOf(days)));
                add(result, days, key.month(), from, to);
            }
        }
        return result;
    }

    private void keep(Key key, Entry entry) {
        if (capacity <= 0) {
            return;
        }
        Entry before = entries.put(key, entry);
        weight += entry.weight() - (before == null ? 0 : before.weight());
        Iterator<Entry> eldest = entries.values().iterator();
        while (weight > capacity && eldest.hasNext()) {
            weight -= eldest.next().weight();
            eldest.remove();
        }
    }

    /** Adds the days of {@code month} within [from, to]. */
    private static void add(Map<String, long[]> into, Map<String, int[]> days, LocalDate month, LocalDate from,
            LocalDate to) {
        int firstDay = from.isAfter(month) ? from.getDayOfMonth() : 1;
        LocalDate end = month.withDayOfMonth(month.lengthOfMonth());
        int lastDay = to.isBefore(end) ? to.getDayOfMonth() : end.getDayOfMonth();
        days.forEach((k, counts) -> {
            long[] t = null;
            for (int d = firstDay; d <= lastDay; d++) {
                for (int i = 0; i < RollupStore.WIDTH; i++) {
                    int c = counts[(d - 1) * RollupStore.WIDTH + i];
                    if (c != 0) {
                        if (t == null) {
                            t = into.computeIfAbsent(k, x -> new long[RollupStore.WIDTH]);
                        }
                        t[i] += c;
                    }
                }
            }
        });
    }

    private static void add(Map<String, long[]> into, Map<String, long[]> sums) {
        sums.forEach((k, v) -> {
            long[] t = into.computeIfAbsent(k, x -> new long[RollupStore.WIDTH]);
            for (int i = 0; i < RollupStore.WIDTH; i++) {
                t[i] += v[i];
            }
        });
    }
}
