package org.xingfeng.evaluations.core.internal.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.xingfeng.evaluations.api.scoring.RaterGroup;

/**
 * The sums of the quarterly section scoring, with no database and no services, so that they can be checked against
 * hand-worked examples. The rules are those documented on {@code SectionRanking}.
 */
public final class ScoringArithmetic {

    private ScoringArithmetic() {
    }

    /** A sheet's total: the sum of its items. */
    public static double sheetTotal(List<Double> items) {
        double sum = 0;
        for (Double d : items) {
            sum += d;
        }
        return sum;
    }

    /** The mean of the sheet totals of one group; null without sheets. */
    public static Double average(List<Double> totals) {
        if (totals.isEmpty()) {
            return null;
        }
        return sheetTotal(totals) / totals.size();
    }

    /** The public group's average: satisfaction rate (0..1) × 100; null without evaluations. */
    public static Double publicAverage(Double rate) {
        return rate == null ? null : rate * 100;
    }

    /** The weighted score and the weight each group actually got (0 for a missing group). */
    public record Weighted(Double score, Map<RaterGroup, Double> appliedWeights) {
    }

    /**
     * Σ(weight × average) / Σ(weight) over the groups that have an average, so that the weights of the missing
     * groups are shared out in proportion; rounded to two decimals. Null score when no group has an average.
     */
    public static Weighted weigh(Map<RaterGroup, Double> averages, Map<RaterGroup, Double> weights) {
        double weightSum = 0;
        double sum = 0;
        for (RaterGroup g : RaterGroup.values()) {
            Double avg = averages.get(g);
            if (avg != null) {
                double w = weights.getOrDefault(g, 0.0);
                weightSum += w;
                sum += w * avg;
            }
        }
        Map<RaterGroup, Double> applied = new EnumMap<>(RaterGroup.class);
        for (RaterGroup g : RaterGroup.values()) {
            double w = weights.getOrDefault(g, 0.0);
            applied.put(g, averages.get(g) == null || weightSum == 0 ? 0.0 : round2(w * 100 / weightSum));
        }
        return new Weighted(weightSum == 0 ? null : round2(sum / weightSum), applied);
    }

    public static double round2(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** A section's score going into the ranking (null: nothing to score). */
    public record Entry(long sectionId, Double score) {
    }

    /** A section's place: rank null and no benchmark when it has no score. */
    public record Place(long sectionId, Double score, Integer rank, boolean benchmark) {
    }

    /**
     * Best score first; equal scores share a rank (1, 2, 2, 4) and are listed by section id; unscored sections
     * last (by id), without rank. Benchmark: the sections with rank ≤ {@code benchmarkCount}, so every section tied at
     * the last benchmark place is one.
     */
    public static List<Place> rank(List<Entry> entries, int benchmarkCount) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((Entry e) -> e.score() == null)
                .thenComparing(e -> e.score() == null ? 0 : -e.score())
                .thenComparingLong(Entry::sectionId));
        List<Place> places = new ArrayList<>();
        Integer rank = null;
        Double previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            if (e.score() == null) {
                places.add(new Place(e.sectionId(), null, null, false));
                continue;
            }
            if (previous == null || Double.compare(previous, e.score()) != 0) {
                rank = i + 1;
                previous = e.score();
            }
            places.add(new Place(e.sectionId(), e.score(), rank, rank <= benchmarkCount));
        }
        return places;
    }

    /** Whether a section with this many benchmark quarters in a year may stand for the annual award. */
    public static boolean eligible(int benchmarkQuarters, int awardQuarters) {
        return benchmarkQuarters >= awardQuarters;
    }

    /** Checks the configured weights: each 0..100 and all four summing to 100. */
    public static void checkWeights(Map<RaterGroup, Double> weights) {
        double sum = 0;
        for (RaterGroup g : RaterGroup.values()) {
            Double w = weights.get(g);
            if (w == null || w.isNaN() || w < 0 || w > 100) {
                throw new IllegalArgumentException("the weight of " + g + " must be 0..100 percent, was " + w);
            }
            sum += w;
        }
        if (Math.abs(sum - 100) > 1e-6) {
            throw new IllegalArgumentException(
                    "the weights of the four rater groups must sum to 100 percent, they sum to " + sum);
        }
    }
}
