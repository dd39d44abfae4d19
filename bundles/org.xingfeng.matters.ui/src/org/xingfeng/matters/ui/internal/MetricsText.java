package org.xingfeng.matters.ui.internal;

import org.xingfeng.matters.api.ListMetrics;
import org.xingfeng.matters.api.ListVersion;
import org.xingfeng.platform.ui.widgets.Texts;

/** The list's 四最 figures in a sentence, and their change since a published version. */
final class MetricsText {

    private MetricsText() {
    }

    static String summary(Texts t, ListMetrics m) {
        if (m == null || m.items() == 0) {
            return t.get("metrics.listEmpty");
        }
        return t.get("metrics.summary", m.items(), num(m.averageMaterials()), m.sharedDataMaterials(),
                num(m.averageTimeLimitDays()), m.itemsWithoutTimeLimit(), num(m.averageSteps()), m.onTheSpot(),
                percent(m.onTheSpotShare()), m.itemsWithDiscretion(), num(m.discretionShare()) + "%",
                m.discretionFlags());
    }

    /** How the current figures differ from a published version's, e.g. 较第2版：材料 -1、时限 -5、环节 0. */
    static String change(Texts t, ListMetrics m, ListVersion v) {
        if (v == null) {
            return t.get("metrics.noVersionPublishedYet");
        }
        return t.get("metrics.change", v.number(), v.effectiveDate(),
                signed(m.averageMaterials() - v.averageMaterials()),
                signed(m.averageTimeLimitDays() - v.averageTimeLimitDays()),
                signed(m.averageSteps() - v.averageSteps()),
                signed(m.onTheSpot() - v.onTheSpot()), signed(m.discretionShare() - v.discretionShare()) + "%");
    }

    static String num(double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 100) / 100.0).stripTrailingZeros().toPlainString();
    }

    static String signed(double v) {
        return (v > 0 ? "+" : "") + num(v);
    }

    static String percent(double share) {
        return num(share * 100) + "%";
    }
}
