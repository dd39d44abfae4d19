package org.xingfeng.evaluations.api;

import java.time.LocalDate;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;

/**
 * Bad-review cases: 核实, 回访, 整改, 反馈, 办结 with working-day deadlines. Steps need the officer role. Every method is
 * checked against the actor's reach: a case of another unit is "not found", lists and rates cover the reach only.
 */
@Remote
public interface EvaluationCases {

    /** Without {@code query.unitId}, the cases of the actor's whole reach. */
    Page<EvaluationCase> cases(Actor actor, CaseQuery query, PageRequest page);

    Optional<EvaluationCase> evaluationCase(Actor actor, long id);

    Optional<EvaluationCase> caseOfEvaluation(Actor actor, long evaluationId);

    /** Records the next step; a step out of order is refused with a message naming the step that is due. Audited. */
    EvaluationCase act(Actor actor, long caseId, CaseAction action);

    /** Callback rate of real-name bad reviews in a unit (and below) over the days [from, to]; 404 out of reach. */
    CallbackRate callbackRate(Actor actor, long unitId, LocalDate from, LocalDate to);
}
