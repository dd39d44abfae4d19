package org.xingfeng.evaluations.core.internal.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.xingfeng.evaluations.api.indicators.IndicatorRating;

/** The arithmetic of indicator ratings: the stored text ({@code attitude=5,overall=4}) read and summed per part. */
public final class IndicatorRules {

    private IndicatorRules() {
    }

    /** The ratings of one stored evaluation; a malformed pair or a score outside 1-5 is left out. */
    public static Map<String, Integer> parse(String stored) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (stored == null || stored.isBlank()) {
            return out;
        }
        for (String pair : stored.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            try {
                int score = Integer.parseInt(pair.substring(eq + 1).strip());
                if (score >= 1 && score <= 5) {
                    out.put(pair.substring(0, eq).strip(), score);
                }
            } catch (NumberFormatException e) {
                // not a rating
            }
        }
        return out;
    }

    /** Counts of scores 1-5 per part key and indicator, summed as evaluations are added. */
    public static final class Tally {
        private final Map<String, Map<String, long[]>> parts = new LinkedHashMap<>();

        public void add(String part, String stored) {
            parse(stored).forEach((indicator, score) -> parts.computeIfAbsent(part, k -> new TreeMap<>())
                    .computeIfAbsent(indicator, k -> new long[5])[score - 1]++);
        }

        /**
         * One rating per part (in {@code order}, then any other part in the order first seen) and indicator (in
         * {@code indicatorOrder}, then the others by id), with the labels and indicator names given.
         */
        public List<IndicatorRating> ratings(List<String> order, Map<String, String> labels,
                List<String> indicatorOrder,
                Map<String, String> indicatorNames) {
            List<String> keys = new ArrayList<>();
            order.stream().filter(parts::containsKey).forEach(keys::add);
            parts.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
            List<IndicatorRating> out = new ArrayList<>();
            for (String key : keys) {
                Map<String, long[]> byIndicator = parts.get(key);
                List<String> ids = new ArrayList<>();
                indicatorOrder.stream().filter(byIndicator::containsKey).forEach(ids::add);
                byIndicator.keySet().stream().filter(i -> !ids.contains(i)).forEach(ids::add);
                for (String id : ids) {
                    out.add(rating(key, labels.getOrDefault(key, key), id, indicatorNames.getOrDefault(id, id),
                            byIndicator.get(id)));
                }
            }
            return out;
        }
    }

    /** A part's rating of one indicator from its counts of scores 1 to 5. */
    public static IndicatorRating rating(String key, String label, String indicator, String name, long[] counts) {
        long n = 0;
        long sum = 0;
        long satisfied = 0;
        for (int s = 1; s <= 5; s++) {
            n += counts[s - 1];
            sum += s * counts[s - 1];
            if (s >= 3) {
                satisfied += counts[s - 1];
            }
        }
        double average = n == 0 ? 0 : Math.round(1000.0 * sum / n) / 1000.0;
        double share = n == 0 ? 0 : Math.round(10000.0 * satisfied / n) / 10000.0;
        return new IndicatorRating(key, label, indicator, name, n, average, share, counts.clone());
    }
}
