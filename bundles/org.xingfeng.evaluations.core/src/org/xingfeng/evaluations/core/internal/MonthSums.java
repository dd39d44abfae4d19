package org.xingfeng.evaluations.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/**
 * Roll-up sums over a period, the whole closed months in it kept in memory: a month's sums are read from its day rows
 * once and used while the month's stamp (EVAL_ROLLUP_MONTH, raised with every change of its rows by any server) is the
 * one read before them. The stamps are read before the sums, so a change committed in between leaves sums newer than
 * their stamp, which are read again next time, never older ones kept. At most {@code capacity} entries, the least
 * recently used forgotten first.
 */
final class MonthSums {

    /** The sums of one key ({@code prefix} false) or of every key starting with it, over one month. */
    private record Key(String dim, String selector, boolean prefix, LocalDate month) {
    }

    private record Entry(long stamp, Map<String, long[]> sums) {
    }

    private final Map<Key, Entry> entries;

    MonthSums(int capacity) {
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Sums per key of the given keys over [from, to]; keys without evaluations are left out. */
    Map<String, long[]> byKeys(EntityManager em, String dim, List<String> keys, LocalDate from, LocalDate to,
            LocalDate today) {
        return sums(em, dim, keys, false, from, to, today);
    }

    /** Sums per key of the keys starting with {@code prefix} over [from, to]. */
    Map<String, long[]> byPrefix(EntityManager em, String dim, String prefix, LocalDate from, LocalDate to,
            LocalDate today) {
        return sums(em, dim, List.of(prefix), true, from, to, today);
    }

    /** Entries held now. */
    synchronized int size() {
        return entries.size();
    }

    private Map<String, long[]> sums(EntityManager em, String dim, List<String> selectors, boolean prefix,
            LocalDate from, LocalDate to, LocalDate today) {
        ReportPeriods periods = ReportPeriods.split(from, to, today);
        Map<String, long[]> result = new LinkedHashMap<>();
        if (!periods.days().isEmpty() && !selectors.isEmpty()) {
            add(result, prefix ? RollupStore.sumByPrefix(em, dim, selectors.get(0), periods.days())
                    : RollupStore.sumByKey(em, dim, selectors, periods.days()));
        }
        List<LocalDate> months = periods.months();
        if (months.isEmpty() || selectors.isEmpty()) {
            return result;
        }
        // first the stamps, then the sums (see above)
        Map<LocalDate, Long> stamps = RollupStore.stamps(em, periods.firstMonth(), periods.lastMonth());
        List<Key> missed = new ArrayList<>();
        synchronized (this) {
            for (String s : selectors) {
                for (LocalDate m : months) {
                    Key key = new Key(dim, s, prefix, m);
                    Entry e = entries.get(key);
                    if (e != null && e.stamp() == stamps.getOrDefault(m, 0L)) {
                        add(result, e.sums());
                    } else {
                        missed.add(key);
                    }
                }
            }
        }
        if (missed.isEmpty()) {
            return result;
        }
        LocalDate missFrom = missed.stream().map(Key::month).min(LocalDate::compareTo).orElseThrow();
        LocalDate missTo = missed.stream().map(Key::month).max(LocalDate::compareTo).orElseThrow();
        List<String> missing = missed.stream().map(Key::selector).distinct().toList();
        Map<LocalDate, Map<String, long[]>> read = RollupStore.byMonth(em, dim, prefix ? null : missing,
                prefix ? missing.get(0) : null, missFrom, missTo.withDayOfMonth(missTo.lengthOfMonth()));
        synchronized (this) {
            for (Key key : missed) {
                Map<String, long[]> month = read.getOrDefault(key.month(), Map.of());
                Map<String, long[]> sums = new HashMap<>();
                if (prefix) {
                    sums.putAll(month);
                } else if (month.containsKey(key.selector())) {
                    sums.put(key.selector(), month.get(key.selector()));
                }
                entries.put(key, new Entry(stamps.getOrDefault(key.month(), 0L), Map.copyOf(sums)));
                add(result, sums);
            }
        }
        return result;
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
