package org.xingfeng.evaluations.core.internal.scoring;

import java.util.ArrayList;
import java.util.List;

import org.xingfeng.evaluations.api.scoring.Quarter;
import org.xingfeng.evaluations.api.scoring.ScoreSheetDraft;
import org.xingfeng.evaluations.api.scoring.ScoringRules;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.i18n.Messages;

/** What is wrong with a score sheet on its face (the org tree is checked by the service). */
final class ScoreSheetRules {

    static final Messages MESSAGES = Messages.of(ScoreSheetRules.class);

    private ScoreSheetRules() {
    }

    static List<FieldError> check(ScoreSheetDraft d, Quarter current) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", MESSAGES.text("scoreSheetRules.request_no_body")));
            return errors;
        }
        if (d.sectionId() == null) {
            errors.add(FieldError.of("sectionId", MESSAGES.text("scoreSheetRules.sectionid_required")));
        }
        Quarter q = Quarter.parse(d.quarter());
        if (d.quarter() == null) {
            errors.add(FieldError.of("quarter", MESSAGES.text("scoreSheetRules.quarter_required_e_g_2026")));
        } else if (q == null) {
            errors.add(
                    FieldError.of("quarter", MESSAGES.text("scoreSheetRules.quarter_look_like_2026_q1", d.quarter())));
        } else if (q.compareTo(current) > 0) {
            errors.add(FieldError.of("quarter", MESSAGES.text("scoreSheetRules.quarter_not_begun", q)));
        }
        if (d.group() == null) {
            errors.add(FieldError.of("group", MESSAGES.text("scoreSheetRules.group_required")));
        } else if (!d.group().entersSheets()) {
            errors.add(FieldError.of("group", MESSAGES.text("scoreSheetRules.public_group_comes_from_evaluations")));
        }
        if (d.raterStaffId() == null) {
            errors.add(FieldError.of("raterStaffId", MESSAGES.text("scoreSheetRules.raterstaffid_required")));
        }
        if (d.items() == null || d.items().size() != ScoringRules.ITEMS) {
            errors.add(FieldError.of("items", MESSAGES.text("scoreSheetRules.items_hold_scores", ScoringRules.ITEMS)));
        } else {
            for (int i = 0; i < d.items().size(); i++) {
                Double v = d.items().get(i);
                if (v == null || v.isNaN() || v.isInfinite() || v < 0 || v > ScoringRules.ITEM_MAX) {
                    errors.add(
                            FieldError.of("items[" + i + "]", MESSAGES.text("scoreSheetRules.item_0_20", (i + 1), v)));
                } else if (Math.abs(v * 10 - Math.rint(v * 10)) > 1e-9) {
                    errors.add(FieldError.of("items[" + i + "]",
                            MESSAGES.text("scoreSheetRules.item_more_than_one_decimal", (i + 1), v)));
                }
            }
        }
        return errors;
    }
}
