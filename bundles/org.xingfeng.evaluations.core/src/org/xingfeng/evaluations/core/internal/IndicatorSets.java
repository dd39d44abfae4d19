package org.xingfeng.evaluations.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.xingfeng.evaluations.api.Indicator;

/**
 * Indicator sets (评价指标) as configured: {@code id:名称,id:名称}. The defaults are those of 国办发〔2019〕51号:
 * at a window 整体满意度, 服务效率, 服务水平, 服务态度; online 整体满意度, 办事效率, 办事指南精确度, 办事便捷度, 平台操作性.
 */
final class IndicatorSets {

    static final String WINDOW_DEFAULT = "overall:整体满意度,efficiency:服务效率,competence:服务水平,attitude:服务态度";
    static final String ONLINE_DEFAULT = "overall:整体满意度,efficiency:办事效率,guide:办事指南精确度,convenience:办事便捷度,usability:平台操作性";

    private IndicatorSets() {
    }

    static List<Indicator> parse(String setting) {
        List<Indicator> set = new ArrayList<>();
        for (String part : setting.split(",")) {
            String[] kv = part.split(":", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new IllegalArgumentException("indicator setting must be id:名称,id:名称 — was " + setting);
            }
            set.add(new Indicator(kv[0].strip(), kv[1].strip()));
        }
        return List.copyOf(set);
    }
}
