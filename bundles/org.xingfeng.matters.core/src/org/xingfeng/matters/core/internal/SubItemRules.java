package org.xingfeng.matters.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.EnglishTexts;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.SubItemDraft;
import org.xingfeng.matters.api.TimeLimit;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.security.Roles;

/** The sub-item rules that need no database: an editor's draft checked field by field, and who may change a list. */
final class SubItemRules {

    static final Messages MESSAGES = Messages.of(SubItemRules.class);

    static final Set<String> FORMS = Set.of("原件", "复印件", "原件及复印件", "电子件");

    private SubItemRules() {
    }

    /** Changes to a list (items, imports, versions) need the editor role or admin. */
    static void requireEditor(Actor actor) {
        if (!actor.hasAnyRole(MatterItemService.EDITOR_ROLE, Roles.ADMIN)) {
            throw new ForbiddenException(MESSAGES.text("subItemRules.requires_role", MatterItemService.EDITOR_ROLE));
        }
    }

    /** Throws a {@code ValidationException} naming every bad field of the draft. */
    static void validate(SubItemDraft draft) {
        List<FieldError> errors = check(draft);
        if (!errors.isEmpty()) {
            throw ValidationException.of(errors);
        }
    }

    /** What is wrong with a draft on its face; every problem is reported with its field. */
    static List<FieldError> check(SubItemDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", MESSAGES.text("subItemRules.empty_request")));
            return errors;
        }
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 300) {
            errors.add(FieldError.of("name", MESSAGES.text("subItemRules.name_required_at_most_300")));
        }
        if (d.basicCode() != null && (d.basicCode().isBlank() || d.basicCode().length() > 64)) {
            errors.add(FieldError.of("basicCode", MESSAGES.text("subItemRules.basic_code_blank_or_too")));
        }
        if (d.implementationCode() != null
                && (d.implementationCode().isBlank() || d.implementationCode().length() > 128)) {
            errors.add(FieldError.of("implementationCode",
                    MESSAGES.text("subItemRules.implementation_code_blank_or_too")));
        }
        TimeLimit t = d.timeLimit();
        if (t != null && (t.onTheSpot() ? t.workingDays() != 0 : t.workingDays() < 1 || t.workingDays() > 365)) {
            errors.add(FieldError.of("timeLimit", MESSAGES.text("subItemRules.time_limit_range")));
        } else if (t != null && t.maxWorkingDays() != null
                && (t.onTheSpot() || t.maxWorkingDays() <= t.workingDays() || t.maxWorkingDays() > 365)) {
            errors.add(FieldError.of("timeLimit.maxWorkingDays", MESSAGES.text("subItemRules.time_limit_upper_end")));
        } else if (t != null && t.legalWorkingDays() != null
                && (t.legalWorkingDays() < 1 || t.legalWorkingDays() > 365 || t.legalWorkingDays() < t.longestDays())) {
            errors.add(FieldError.of("timeLimit.legalWorkingDays", MESSAGES.text("subItemRules.legal_limit")));
        }
        for (int i = 0; i < d.materials().size(); i++) {
            Material m = d.materials().get(i);
            String field = "materials[" + i + "]";
            if (m == null || m.name() == null || m.name().isBlank() || m.name().length() > 200) {
                errors.add(FieldError.of(field + ".name", MESSAGES.text("subItemRules.material_name_required")));
            } else if (!fitsOneLine(m.name())) {
                errors.add(FieldError.of(field + ".name", MESSAGES.text("subItemRules.material_one_line")));
            } else if (m.nameEn() != null && (!fitsOneLine(m.nameEn()) || m.nameEn().length() > 300)) {
                errors.add(FieldError.of(field + ".nameEn", MESSAGES.text("subItemRules.material_one_line")));
            } else if (m.cancelledBasis() != null && !fitsOneLine(m.cancelledBasis())) {
                errors.add(FieldError.of(field + ".cancelledBasis", MESSAGES.text("subItemRules.material_one_line")));
            } else if (m.form() != null && !FORMS.contains(m.form())) {
                errors.add(FieldError.of(field + ".form", MESSAGES.text("subItemRules.unknown_form", m.form())));
            } else if (m.copies() < 0 || m.copies() > 99) {
                errors.add(FieldError.of(field + ".copies", MESSAGES.text("subItemRules.copies_0_99")));
            } else if ((m.cancelledOn() == null) != (m.cancelledBasis() == null || m.cancelledBasis().isBlank())) {
                errors.add(FieldError.of(field + ".cancelledOn",
                        MESSAGES.text("subItemRules.cancellation_needs_basis_and_date")));
            }
        }
        if (d.steps().size() > 30) {
            errors.add(FieldError.of("steps", MESSAGES.text("subItemRules.at_most_30_steps")));
        }
        for (int i = 0; i < d.steps().size(); i++) {
            String step = d.steps().get(i);
            if (step == null || step.isBlank() || step.length() > 100) {
                errors.add(FieldError.of("steps[" + i + "]", MESSAGES.text("subItemRules.step_empty_or_too_long")));
            } else if (step.contains("—") || step.contains("\n") || step.contains("\r")) {
                errors.add(FieldError.of("steps[" + i + "]", MESSAGES.text("subItemRules.step_separator")));
            }
        }
        text(errors, "place", d.place(), 500);
        text(errors, "consultation", d.consultation(), 500);
        text(errors, "complaint", d.complaint(), 500);
        text(errors, "fees", d.fees(), 500);
        text(errors, "legalBasis", d.legalBasis(), 20_000);
        text(errors, "conditions", d.conditions(), 20_000);
        text(errors, "remarks", d.remarks(), 20_000);
        text(errors, "serviceStandard", d.serviceStandard(), 20_000);
        EnglishTexts en = d.english();
        if (en.name() != null && (en.name().length() > 300 || en.name().contains("\n"))) {
            errors.add(FieldError.of("english.name", MESSAGES.text("subItemRules.english_name")));
        }
        text(errors, "english.legalBasis", en.legalBasis(), 20_000);
        text(errors, "english.conditions", en.conditions(), 20_000);
        if (en.steps().size() > 30) {
            errors.add(FieldError.of("english.steps", MESSAGES.text("subItemRules.at_most_30_steps")));
        }
        for (int i = 0; i < en.steps().size(); i++) {
            String step = en.steps().get(i);
            if (step == null || step.isBlank() || step.length() > 300 || step.contains("\n")
                    || step.contains("\r")) {
                errors.add(FieldError.of("english.steps[" + i + "]",
                        MESSAGES.text("subItemRules.english_step")));
            }
        }
        return errors;
    }

    /**
     * Whether a material's name or basis fits one line of the export's materials column: no line break and no
     * field separator ({@code ｜}).
     */
    private static boolean fitsOneLine(String text) {
        return !text.contains(MattersSheet.FIELD) && !text.contains("\n") && !text.contains("\r");
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(FieldError.of(field, MESSAGES.text("subItemRules.at_most_characters", field, max)));
        }
    }
}
