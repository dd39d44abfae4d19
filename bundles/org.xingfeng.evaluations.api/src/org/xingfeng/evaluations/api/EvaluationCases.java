package org.xingfeng.evaluations.api;

import java.time.LocalDate;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;

/** Bad-review cases: 核实, 回访, 整改, 反馈, 办结 with working-day deadlines. Steps need the officer role. */
@Remote
public interface EvaluationCases {

    Page<EvaluationCase> cases(CaseQuery query, PageRequest page);

    Optional<EvaluationCase> evaluationCase(long id);

    Optional<EvaluationCase> caseOfEvaluation(long evaluationId);

    /** Records the next step; a step out of order is refused with a message naming the step that is due. Audited. */
    EvaluationCase act(Actor actor, long caseId, CaseAction action);

    /** Callback rate of real-name bad reviews in a unit (and below) over the days [from, to]. */
    CallbackRate callbackRate(long unitId, LocalDate from, LocalDate to);
}
