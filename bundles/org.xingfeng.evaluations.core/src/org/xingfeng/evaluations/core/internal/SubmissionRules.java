package org.xingfeng.evaluations.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.xingfeng.evaluations.api.EvaluationSubmission;
import org.xingfeng.evaluations.api.Indicator;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.i18n.Text;

/** What a citizen's submission must satisfy, field by field. Every problem is reported, not just the first. */
final class SubmissionRules {

    static final Messages MESSAGES = Messages.of(SubmissionRules.class);

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{3,32}");

    private SubmissionRules() {
    }

    static List<FieldError> check(EvaluationSubmission s, List<Indicator> indicatorSet) {
        List<FieldError> errors = new ArrayList<>();
        if (s.unitId() <= 0) {
            errors.add(FieldError.of("unitId", MESSAGES.text("submissionRules.unitid_required")));
        }
        text(errors, "recordNo", s.recordNo(), 64, true, MESSAGES.text("submissionRules.handling_record_number"));
        if (s.level() == null) {
            errors.add(FieldError.of("level", MESSAGES.text("submissionRules.level_required")));
        }
        if (s.channel() == null) {
            errors.add(FieldError.of("channel", MESSAGES.text("submissionRules.channel_required_window_device_web")));
        }
        text(errors, "windowNo", s.windowNo(), 32, false, MESSAGES.text("submissionRules.window_number"));
        text(errors, "staffNumber", s.staffNumber(), 32, false, MESSAGES.text("submissionRules.staff_number"));
        text(errors, "matterCode", s.matterCode(), 64, false, MESSAGES.text("submissionRules.matter_code"));
        text(errors, "citizenName", s.citizenName(), 64, false, MESSAGES.text("submissionRules.name"));
        if (s.comment() != null && s.comment().length() > 500) {
            errors.add(FieldError.of("comment", MESSAGES.text("submissionRules.comment_at_most_500_characters")));
        }
        if (s.citizenPhone() != null && !s.citizenPhone().isBlank()
                && !PHONE.matcher(s.citizenPhone().strip()).matches()) {
            errors.add(FieldError.of("citizenPhone",
                    MESSAGES.text("submissionRules.citizenphone_digits_and_spaces_only")));
        }
        if (s.tags().size() > 10) {
            errors.add(FieldError.of("tags", MESSAGES.text("submissionRules.at_most_10_tags")));
        }
        for (String tag : s.tags()) {
            if (tag == null || tag.isBlank() || tag.length() > 20 || tag.contains("|") || CONTROL.matcher(tag).find()) {
                errors.add(FieldError.of("tags", MESSAGES.text("submissionRules.each_tag_1_20_characters", tag)));
                break;
            }
        }
        Set<String> known = new java.util.HashSet<>();
        indicatorSet.forEach(i -> known.add(i.id()));
        for (Map.Entry<String, Integer> e : s.indicators().entrySet()) {
            if (!known.contains(e.getKey())) {
                errors.add(FieldError.of("indicators." + e.getKey(),
                        MESSAGES.text("submissionRules.no_such_indicator_channel_known", String.join(", ", known))));
            } else if (e.getValue() == null || e.getValue() < 1 || e.getValue() > 5) {
                errors.add(FieldError.of("indicators." + e.getKey(),
                        MESSAGES.text("submissionRules.indicator_scores_1_5")));
            }
        }
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value, int max, boolean required,
            Text label) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, MESSAGES.text("submissionRules.required", label, field)));
            }
            return;
        }
        if (value.strip().length() > max) {
            errors.add(FieldError.of(field, MESSAGES.text("submissionRules.at_most_characters", label, max, field)));
        } else if (CONTROL.matcher(value).find()) {
            errors.add(
                    FieldError.of(field, MESSAGES.text("submissionRules.contains_control_characters", label, field)));
        }
    }
}
