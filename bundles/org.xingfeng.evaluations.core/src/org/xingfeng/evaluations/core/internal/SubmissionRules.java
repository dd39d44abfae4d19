package org.xingfeng.evaluations.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.xingfeng.evaluations.api.EvaluationSubmission;
import org.xingfeng.evaluations.api.Indicator;
import org.xingfeng.platform.api.FieldError;

/** What a citizen's submission must satisfy, field by field. Every problem is reported, not just the first. */
final class SubmissionRules {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{3,32}");

    private SubmissionRules() {
    }

    static List<FieldError> check(EvaluationSubmission s, List<Indicator> indicatorSet) {
        List<FieldError> errors = new ArrayList<>();
        if (s.unitId() <= 0) {
            errors.add(FieldError.of("unitId", "缺少评价单位 (unitId is required)"));
        }
        text(errors, "recordNo", s.recordNo(), 64, true, "办件编号 (handling record number)");
        if (s.level() == null) {
            errors.add(FieldError.of("level", "缺少评价等级：非常满意、满意、基本满意、不满意、非常不满意 或 5-1 (level is required)"));
        }
        if (s.channel() == null) {
            errors.add(FieldError.of("channel", "缺少评价渠道 (channel is required: WINDOW_DEVICE, WEB, PHONE, CARD, HOTLINE)"));
        }
        text(errors, "windowNo", s.windowNo(), 32, false, "窗口号 (window number)");
        text(errors, "staffNumber", s.staffNumber(), 32, false, "工号 (staff number)");
        text(errors, "matterCode", s.matterCode(), 64, false, "事项编码 (matter code)");
        text(errors, "citizenName", s.citizenName(), 64, false, "姓名 (name)");
        if (s.comment() != null && s.comment().length() > 500) {
            errors.add(FieldError.of("comment", "评价内容最多 500 字 (comment: at most 500 characters)"));
        }
        if (s.citizenPhone() != null && !s.citizenPhone().isBlank() && !PHONE.matcher(s.citizenPhone().strip()).matches()) {
            errors.add(FieldError.of("citizenPhone", "联系电话格式不对 (citizenPhone: digits, +, - and spaces only)"));
        }
        if (s.tags().size() > 10) {
            errors.add(FieldError.of("tags", "标签最多 10 个 (at most 10 tags)"));
        }
        for (String tag : s.tags()) {
            if (tag == null || tag.isBlank() || tag.length() > 20 || tag.contains("|") || CONTROL.matcher(tag).find()) {
                errors.add(FieldError.of("tags", "标签须为 1-20 个字符且不含 | (each tag 1-20 characters, no '|'): " + tag));
                break;
            }
        }
        Set<String> known = new java.util.HashSet<>();
        indicatorSet.forEach(i -> known.add(i.id()));
        for (Map.Entry<String, Integer> e : s.indicators().entrySet()) {
            if (!known.contains(e.getKey())) {
                errors.add(FieldError.of("indicators." + e.getKey(),
                        "该渠道没有此评价指标 (no such indicator for this channel; known: " + String.join(", ", known) + ")"));
            } else if (e.getValue() == null || e.getValue() < 1 || e.getValue() > 5) {
                errors.add(FieldError.of("indicators." + e.getKey(), "指标评分须为 1-5 (indicator scores are 1-5)"));
            }
        }
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value, int max, boolean required, String label) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "缺少" + label + " (" + field + " is required)"));
            }
            return;
        }
        if (value.strip().length() > max) {
            errors.add(FieldError.of(field, label + "最多 " + max + " 个字符 (" + field + ": at most " + max + " characters)"));
        } else if (CONTROL.matcher(value).find()) {
            errors.add(FieldError.of(field, label + "含有控制字符 (" + field + " contains control characters)"));
        }
    }
}
