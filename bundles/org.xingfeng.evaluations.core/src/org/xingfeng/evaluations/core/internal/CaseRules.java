package org.xingfeng.evaluations.core.internal;

import java.time.LocalDate;

import org.xingfeng.evaluations.api.CaseAction;
import org.xingfeng.evaluations.api.CaseState;
import org.xingfeng.evaluations.api.CaseStep;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.ValidationException;

/**
 * The order of a bad-review case: 核实 → 回访 → 整改 → 反馈 → 办结. An anonymous review cannot be called back, so
 * its case goes from 核实 straight to 整改. A callback that did not reach the citizen is recorded but leaves the
 * case where it was.
 */
final class CaseRules {

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
            throw new ValidationException("step", "缺少处理步骤 (step is required: VERIFY, CALLBACK, RECTIFY, FEEDBACK, CLOSE)");
        }
        if (action.note() == null || action.note().isBlank()) {
            throw new ValidationException("note", "请填写处理情况 (note is required: what was found or done)");
        }
        if (action.note().length() > 1000) {
            throw new ValidationException("note", "处理情况最多 1000 字 (note: at most 1000 characters)");
        }
        CaseStep due = due(state, realName);
        if (due == null) {
            throw new ConflictException("case_closed", "案件已办结 (the case is closed)");
        }
        if (action.step() != due) {
            String why = action.step() == CaseStep.CALLBACK && !realName ? "匿名评价无法回访 (an anonymous review cannot be called back); " : "";
            throw new ConflictException("wrong_step", why + "当前应进行「" + due.nameZh() + "」 (the step due is " + due + ")");
        }
        if (due == CaseStep.CALLBACK && action.reached() == null) {
            throw new ValidationException("reached", "回访须说明是否联系上群众 (reached is required for a callback)");
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
