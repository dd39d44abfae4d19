package org.xingfeng.publicity.api.articles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The configuration in force: points per media level and the co-authors' share rule, and the shares they make (the
 * server's scoring and the client's entry form count with the same arithmetic).
 */
public record PointsTable(Map<MediaLevel, Integer> points, ShareRule shareRule) {

    public PointsTable {
        points = Map.copyOf(points);
    }

    /** Each author's points for an article of the level with {@code authors} authors, in the by-line's order. */
    public List<BigDecimal> shares(MediaLevel level, int authors) {
        return shares(level == null ? 0 : points.getOrDefault(level, 0), authors, shareRule);
    }

    /**
     * Each author's points, in the by-line's order, to the cent. {@link ShareRule#EQUAL}: points / n, the cents left
     * over go one each to the first authors, so the shares add up to the points (20 among 3: 6.67, 6.67, 6.66).
     * {@link ShareRule#FULL}: everyone the full points. {@link ShareRule#FIRST_HALF}: the first author half (rounded up
     * to the cent), the others the rest in equal shares.
     */
    public static List<BigDecimal> shares(int points, int authors, ShareRule rule) {
        if (authors < 1) {
            return List.of();
        }
        long cents = points * 100L;
        List<Long> split = new ArrayList<>();
        switch (rule == null ? ShareRule.EQUAL : rule) {
            case FULL:
                for (int i = 0; i < authors; i++) {
                    split.add(cents);
                }
                break;
            case FIRST_HALF:
                if (authors == 1) {
                    split.add(cents);
                } else {
                    long first = (cents + 1) / 2;
                    split.add(first);
                    split.addAll(equal(cents - first, authors - 1));
                }
                break;
            case EQUAL:
            default:
                split.addAll(equal(cents, authors));
        }
        return split.stream().map(c -> BigDecimal.valueOf(c, 2)).toList();
    }

    private static List<Long> equal(long cents, int n) {
        List<Long> out = new ArrayList<>();
        long base = cents / n;
        long left = cents - base * n;
        for (int i = 0; i < n; i++) {
            out.add(base + (i < left ? 1 : 0));
        }
        return out;
    }
}
