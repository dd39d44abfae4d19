package org.xingfeng.evaluations.core.internal;

import java.time.LocalDate;

import org.xingfeng.evaluations.api.CaseAction;
import org.xingfeng.evaluations.api.CaseState;
import org.xingfeng.evaluations.api.CaseStep;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;

/**
 * The order of a bad-review case: 核实 → 回访 → 整改 → 反馈 → 办结. An anonymous review cannot be called back, so
 * its case goes from 核实 straight to 整改. A callback that did not reach the citizen is recorded but leaves the
 * case where it was.
 */
final class CaseRules {

    static final Messages MESSAGES = Messages.of(CaseRules.class);

    private CaseRules() {
    }

    /** The step due in a state, or null when the case is closed. */
    static CaseStep due(CaseState state, boolean realName) {
        return switch (state) {
            case OPEN -> CaseStep.VERIFY;
            case VERIFIED -> realName ? CaseStep.CALLBACK : CaseStep.RECTIFY;
            case CALLED_BACK -> CaseStep.RECTIFY;
            case RECTIFIED -> CaseStep.FEEDBACK;
            case FED_BACK -> CaseStep.CLOSE;
            case CLOSED -> null;
        };
    }

    /** The state after the action, or an exception that says which step is due. */
    static CaseState next(CaseState state, boolean realName, CaseAction action) {
        if (action == null || action.step() == null) {
            throw new ValidationException("step", MESSAGES.text("caseRules.step_required_verify_callback_rectify"));
        }
        if (action.note() == null || action.note().isBlank()) {
            throw new ValidationException("note", MESSAGES.text("caseRules.note_required_what_was_found"));
        }
        if (action.note().length() > 1000) {
            throw new ValidationException("note", MESSAGES.text("caseRules.note_at_most_1000_characters"));
        }
        CaseStep due = due(state, realName);
        if (due == null) {
            throw new ConflictException("case_closed", MESSAGES.text("caseRules.case_closed"));
        }
        if (action.step() != due) {
            String key = action.step() == CaseStep.CALLBACK && !realName ? "caseRules.anonymous_step_due"
                    : "caseRules.step_due";
            throw new ConflictException("wrong_step", MESSAGES.text(key, EnumNames.of(due), due));
        }
        if (due == CaseStep.CALLBACK && action.reached() == null) {
            throw new ValidationException("reached", MESSAGES.text("caseRules.reached_required_callback"));
        }
        return switch (due) {
            case VERIFY -> CaseState.VERIFIED;
            case CALLBACK -> action.reached() ? CaseState.CALLED_BACK : state;
            case RECTIFY -> CaseState.RECTIFIED;
            case FEEDBACK -> CaseState.FED_BACK;
            case CLOSE -> CaseState.CLOSED;
        };
    }

    /** Not called back by the end of its due day (real-name reviews only). */
    static boolean callbackOverdue(CaseEntity c, LocalDate today) {
        return c.realName && c.calledBackOn == null && c.closedOn == null && today.isAfter(c.callbackDue);
    }

    /** Not rectified by the end of its due day. */
    static boolean rectifyOverdue(CaseEntity c, LocalDate today) {
        return c.rectifiedOn == null && c.closedOn == null && today.isAfter(c.rectifyDue);
    }
}
