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
            return t.t("清单为空", "The list is empty");
        }
        return t.t("四最：事项 " + m.items() + " 项；平均材料 " + num(m.averageMaterials()) + " 件（数据共享免交 " + m.sharedDataMaterials()
                        + " 件）；平均时限 " + num(m.averageTimeLimitDays()) + " 个工作日（未定 " + m.itemsWithoutTimeLimit()
                        + " 项）；平均环节 " + num(m.averageSteps()) + " 个；即办件 " + m.onTheSpot() + " 项（" + percent(m.onTheSpotShare()) + "）",
                "Figures: " + m.items() + " items; " + num(m.averageMaterials()) + " materials on average ("
                        + m.sharedDataMaterials() + " by data sharing); " + num(m.averageTimeLimitDays())
                        + " working days on average (" + m.itemsWithoutTimeLimit() + " not fixed); " + num(m.averageSteps())
                        + " steps on average; " + m.onTheSpot() + " on the spot (" + percent(m.onTheSpotShare()) + ")");
    }

    /** How the current figures differ from a published version's, e.g. 较第2版：材料 -1、时限 -5、环节 0. */
    static String change(Texts t, ListMetrics m, ListVersion v) {
        if (v == null) {
            return t.t("尚未发布版本", "No version published yet");
        }
        return t.t("较第 " + v.number() + " 版（" + v.effectiveDate() + "）：平均材料 " + signed(m.averageMaterials() - v.averageMaterials())
                        + "，平均时限 " + signed(m.averageTimeLimitDays() - v.averageTimeLimitDays()) + "，平均环节 "
                        + signed(m.averageSteps() - v.averageSteps()) + "，即办件 " + signed(m.onTheSpot() - v.onTheSpot()),
                "Since version " + v.number() + " (" + v.effectiveDate() + "): materials " + signed(m.averageMaterials() - v.averageMaterials())
                        + ", time limit " + signed(m.averageTimeLimitDays() - v.averageTimeLimitDays()) + ", steps "
                        + signed(m.averageSteps() - v.averageSteps()) + ", on the spot " + signed(m.onTheSpot() - v.onTheSpot()));
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
