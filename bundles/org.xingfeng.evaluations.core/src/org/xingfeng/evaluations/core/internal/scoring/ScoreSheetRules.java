package org.xingfeng.evaluations.core.internal.scoring;

import java.util.ArrayList;
import java.util.List;

import org.xingfeng.evaluations.api.scoring.Quarter;
import org.xingfeng.evaluations.api.scoring.ScoreSheetDraft;
import org.xingfeng.evaluations.api.scoring.ScoringRules;
import org.xingfeng.platform.api.FieldError;

/** What is wrong with a score sheet on its face (the org tree is checked by the service). */
final class ScoreSheetRules {

    private ScoreSheetRules() {
    }

    static List<FieldError> check(ScoreSheetDraft d, Quarter current) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", "缺少评分表 (the request has no body)"));
            return errors;
        }
        if (d.sectionId() == null) {
            errors.add(FieldError.of("sectionId", "被评科室必填 (sectionId is required)"));
        }
        Quarter q = Quarter.parse(d.quarter());
        if (d.quarter() == null) {
            errors.add(FieldError.of("quarter", "考评季度必填，如 2026-Q1 (quarter is required, e.g. 2026-Q1)"));
        } else if (q == null) {
            errors.add(FieldError.of("quarter", "考评季度格式应为 2026-Q1 (quarter must look like 2026-Q1): " + d.quarter()));
        } else if (q.compareTo(current) > 0) {
            errors.add(FieldError.of("quarter", "不能为尚未开始的季度评分 (the quarter has not begun): " + q));
        }
        if (d.group() == null) {
            errors.add(FieldError.of("group", "评价主体必填：LEADERSHIP、PEER_CHIEFS 或 COLLEAGUES (group is required)"));
        } else if (!d.group().entersSheets()) {
            errors.add(FieldError.of("group", "群众满意度取自好差评数据，不能录入评分表 (the public group comes from evaluations, "
                    + "not from score sheets)"));
        }
        if (d.raterStaffId() == null) {
            errors.add(FieldError.of("raterStaffId", "评分人必填 (raterStaffId is required)"));
        }
        if (d.items() == null || d.items().size() != ScoringRules.ITEMS) {
            errors.add(FieldError.of("items", "须填写 " + ScoringRules.ITEMS + " 项得分 (items must hold " + ScoringRules.ITEMS
                    + " scores)"));
        } else {
            for (int i = 0; i < d.items().size(); i++) {
                Double v = d.items().get(i);
                if (v == null || v.isNaN() || v.isInfinite() || v < 0 || v > ScoringRules.ITEM_MAX) {
                    errors.add(FieldError.of("items[" + i + "]", "第 " + (i + 1) + " 项得分须在 0 到 20 之间 (item " + (i + 1)
                            + " must be 0 to 20): " + v));
                } else if (Math.abs(v * 10 - Math.rint(v * 10)) > 1e-9) {
                    errors.add(FieldError.of("items[" + i + "]", "第 " + (i + 1) + " 项得分最多一位小数 (item " + (i + 1)
                            + " has more than one decimal): " + v));
                }
            }
        }
        return errors;
    }
}
