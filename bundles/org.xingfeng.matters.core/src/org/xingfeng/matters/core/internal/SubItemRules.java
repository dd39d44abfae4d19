package org.xingfeng.matters.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.SubItemDraft;
import org.xingfeng.matters.api.TimeLimit;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.security.Roles;

/** The sub-item rules that need no database: an editor's draft checked field by field, and who may change a list. */
final class SubItemRules {

    static final Set<String> FORMS = Set.of("原件", "复印件", "原件及复印件", "电子件");

    private SubItemRules() {
    }

    /** Changes to a list (items, imports, versions) need the editor role or admin. */
    static void requireEditor(Actor actor) {
        if (!actor.hasAnyRole(MatterItemService.EDITOR_ROLE, Roles.ADMIN)) {
            throw new ForbiddenException("需要事项清单编辑角色 (requires the role " + MatterItemService.EDITOR_ROLE + ")");
        }
    }

    /** Throws a {@code ValidationException} naming every bad field of the draft. */
    static void validate(SubItemDraft draft) {
        List<FieldError> errors = check(draft);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors.get(0).message(), errors);
        }
    }

    /** What is wrong with a draft on its face; every problem is reported with its field. */
    static List<FieldError> check(SubItemDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", "请求体为空 (empty request)"));
            return errors;
        }
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 300) {
            errors.add(FieldError.of("name", "事项名称必填，不超过300字 (name required, at most 300 characters)"));
        }
        if (d.basicCode() != null && (d.basicCode().isBlank() || d.basicCode().length() > 64)) {
            errors.add(FieldError.of("basicCode", "基本编码不能为空白，不超过64字符 (basic code blank or too long)"));
        }
        if (d.implementationCode() != null && (d.implementationCode().isBlank() || d.implementationCode().length() > 128)) {
            errors.add(FieldError.of("implementationCode", "实施编码不能为空白，不超过128字符 (implementation code blank or too long)"));
        }
        TimeLimit t = d.timeLimit();
        if (t != null && (t.onTheSpot() ? t.workingDays() != 0 : t.workingDays() < 1 || t.workingDays() > 365)) {
            errors.add(FieldError.of("timeLimit", "办理时限须为即时办结或1-365个工作日 (on the spot, or 1-365 working days)"));
        }
        for (int i = 0; i < d.materials().size(); i++) {
            Material m = d.materials().get(i);
            String field = "materials[" + i + "]";
            if (m == null || m.name() == null || m.name().isBlank() || m.name().length() > 200) {
                errors.add(FieldError.of(field + ".name", "材料名称必填，不超过200字 (material name required)"));
            } else if (m.form() != null && !FORMS.contains(m.form())) {
                errors.add(FieldError.of(field + ".form", "材料形式应为 原件、复印件、原件及复印件 或 电子件 (unknown form): " + m.form()));
            } else if (m.copies() < 0 || m.copies() > 99) {
                errors.add(FieldError.of(field + ".copies", "份数须为0-99 (copies must be 0-99)"));
            } else if ((m.cancelledOn() == null) != (m.cancelledBasis() == null || m.cancelledBasis().isBlank())) {
                errors.add(FieldError.of(field + ".cancelledOn", "取消材料须同时填写取消依据和日期 (a cancellation needs its basis and date)"));
            }
        }
        if (d.steps().size() > 30) {
            errors.add(FieldError.of("steps", "流程步骤不超过30步 (at most 30 steps)"));
        }
        for (int i = 0; i < d.steps().size(); i++) {
            String step = d.steps().get(i);
            if (step == null || step.isBlank() || step.length() > 100) {
                errors.add(FieldError.of("steps[" + i + "]", "流程步骤不能为空，不超过100字 (a step is empty or too long)"));
            }
        }
        text(errors, "place", d.place(), 500);
        text(errors, "consultation", d.consultation(), 500);
        text(errors, "complaint", d.complaint(), 500);
        text(errors, "fees", d.fees(), 500);
        text(errors, "legalBasis", d.legalBasis(), 20_000);
        text(errors, "conditions", d.conditions(), 20_000);
        text(errors, "remarks", d.remarks(), 20_000);
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(FieldError.of(field, field + " 不超过" + max + "字 (at most " + max + " characters)"));
        }
    }
}
