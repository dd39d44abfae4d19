package org.xingfeng.training.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.training.api.plans.PlanDraft;
import org.xingfeng.training.api.plans.PlanItemDraft;
import org.xingfeng.training.api.plans.PlanItemState;

/** 年度培训计划 without JPA: what a plan may hold, where a planned course stands, whether a target is met. */
final class PlanRules {

    static final Messages MESSAGES = Messages.of(PlanRules.class);
    static final int ITEMS_MAX = 200;
    static final int NOTE_MAX = 1000;
    static final int YEAR_MIN = 2000;
    static final int YEAR_MAX = 2100;
    static final BigDecimal HOURS_MAX = new BigDecimal("2000");

    private PlanRules() {
    }

    /** What is wrong with a plan; {@code creating} needs the unit and year (an update keeps them). */
    static List<FieldError> check(PlanDraft d, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", MESSAGES.text("rules.body_required")));
            return errors;
        }
        if (creating && d.unitId() == null) {
            errors.add(FieldError.of("unitId", MESSAGES.text("rules.required", "unitId")));
        }
        if (creating && d.year() == null) {
            errors.add(FieldError.of("year", MESSAGES.text("rules.required", "year")));
        } else if (d.year() != null && (d.year() < YEAR_MIN || d.year() > YEAR_MAX)) {
            errors.add(FieldError.of("year", MESSAGES.text("plan.year_range", YEAR_MIN, YEAR_MAX)));
        }
        if (d.targetCoverage() != null && (d.targetCoverage().signum() < 0
                || d.targetCoverage().compareTo(BigDecimal.ONE) > 0 || d.targetCoverage().scale() > 4)) {
            errors.add(FieldError.of("targetCoverage", MESSAGES.text("plan.coverage_range")));
        }
        if (d.targetHoursPerHead() != null && (d.targetHoursPerHead().signum() < 0
                || d.targetHoursPerHead().compareTo(HOURS_MAX) > 0 || d.targetHoursPerHead().scale() > 2)) {
            errors.add(FieldError.of("targetHoursPerHead", MESSAGES.text("rules.hours_range", HOURS_MAX)));
        }
        if (d.note() != null && d.note().strip().length() > NOTE_MAX) {
            errors.add(FieldError.of("note", MESSAGES.text("rules.too_long", NOTE_MAX)));
        }
        List<PlanItemDraft> items = d.items() == null ? List.of() : d.items();
        if (items.size() > ITEMS_MAX) {
            errors.add(FieldError.of("items", MESSAGES.text("plan.items_max", ITEMS_MAX)));
            return errors;
        }
        for (int i = 0; i < items.size(); i++) {
            PlanItemDraft it = items.get(i);
            String at = "items[" + i + "].";
            if (it == null) {
                errors.add(FieldError.of(at + "title", MESSAGES.text("rules.required", "title")));
                continue;
            }
            if (it.title() == null || it.title().isBlank()) {
                errors.add(FieldError.of(at + "title", MESSAGES.text("rules.required", "title")));
            } else if (it.title().strip().length() > TrainingRules.TITLE_MAX) {
                errors.add(FieldError.of(at + "title", MESSAGES.text("rules.too_long", TrainingRules.TITLE_MAX)));
            }
            if (it.kind() == null) {
                errors.add(FieldError.of(at + "kind", MESSAGES.text("rules.required", "kind")));
            }
            if (it.tiers() != null && it.tiers().stream().anyMatch(java.util.Objects::isNull)) {
                errors.add(FieldError.of(at + "tiers", MESSAGES.text("rules.tier_unknown")));
            }
            if (it.month() == null || it.month() < 1 || it.month() > 12) {
                errors.add(FieldError.of(at + "month", MESSAGES.text("plan.month_range")));
            }
            if (it.days() != null && (it.days() < 1 || it.days() > 60)) {
                errors.add(FieldError.of(at + "days", MESSAGES.text("plan.days_range")));
            }
            if (it.participants() != null && (it.participants() < 1 || it.participants() > 10000)) {
                errors.add(FieldError.of(at + "participants", MESSAGES.text("plan.participants_range")));
            }
        }
        return errors;
    }

    /**
     * A planned course with a course is held once the course has begun, scheduled before; without one it is overdue
     * once its month of the plan's year is over.
     */
    static PlanItemState state(int year, int month, LocalDate courseStart, LocalDate asOf) {
        if (courseStart != null) {
            return courseStart.isAfter(asOf) ? PlanItemState.SCHEDULED : PlanItemState.HELD;
        }
        return YearMonth.of(year, month).atEndOfMonth().isBefore(asOf) ? PlanItemState.OVERDUE : PlanItemState.PLANNED;
    }

    /** Whether the figure reaches the target; null without a target, false without a figure. */
    static Boolean met(BigDecimal actual, BigDecimal target) {
        if (target == null) {
            return null;
        }
        return actual != null && actual.compareTo(target) >= 0;
    }
}
