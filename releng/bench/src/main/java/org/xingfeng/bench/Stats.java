package org.xingfeng.bench;

import java.util.Arrays;
import java.util.Locale;

/** Statistics and number formats shared by the scenarios. Latencies are nanoseconds, sorted ascending. */
final class Stats {

    private Stats() {
    }

    /** The q-quantile (0 < q <= 1) of sorted nanoseconds, in milliseconds: the nearest-rank method; NaN when empty. */
    static double percentileMs(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static double maxMs(long[] sorted) {
        return percentileMs(sorted, 1.0);
    }

    /** The first n[i] values of each array, merged and sorted. */
    static long[] merge(long[][] values, int[] n) {
        long[] all = new long[Arrays.stream(n).sum()];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            System.arraycopy(values[i], 0, all, k, n[i]);
            k += n[i];
        }
        Arrays.sort(all);
        return all;
    }

    /** The lower median (of an even count, the smaller middle value), as the benches have always reported it. */
    static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[(s.length - 1) / 2];
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(s.length - 1) / 2];
    }

    static long min(long[] v) {
        return Arrays.stream(v).min().orElse(0);
    }

    static long max(long[] v) {
        return Arrays.stream(v).max().orElse(0);
    }

    /** "min / median / max ms". */
    static String minMedianMax(long[] ms) {
        return ms.length == 0 ? "-" : min(ms) + " / " + median(ms) + " / " + max(ms) + " ms";
    }

    /** Milliseconds with three significant figures or so: 1.20, 17.8, 176; "-" for NaN. */
    static String ms(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : v < 100 ? "%.1f" : "%.0f", v);
    }

    static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.2f GiB", bytes / 1024.0 / 1024.0 / 1024.0);
    }

    /** A count with thousands separators: 10,000,000. */
    static String count(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /** Rounded for the JSON file: 3 decimals, NaN as null. */
    static Double round(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : Math.round(v * 1000) / 1000.0;
    }
}
