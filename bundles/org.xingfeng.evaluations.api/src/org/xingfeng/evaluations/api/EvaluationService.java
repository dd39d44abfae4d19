package org.xingfeng.evaluations.api;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;

/** 好差评: taking citizens' evaluations and listing them. */
@Remote
public interface EvaluationService {

    /** Role of the bureau's 好差评 officers: cases, complaints, reports, scoring, rectification tasks. */
    String OFFICER_ROLE = "evaluations.officer";
    /** Role of those who decide appeals against bad reviews (申诉复核). */
    String REVIEWER_ROLE = "evaluations.reviewer";

    /**
     * Takes one evaluation. Bad input throws a {@code ValidationException} at once and stores nothing. The stage
     * completes only after the evaluation (and, for a bad review, its case) is committed to the database; it
     * completes exceptionally with a {@code ConflictException} when the handling record already has one.
     */
    CompletionStage<Receipt> submit(EvaluationSubmission submission);

    /** The evaluations a member of staff may see: officers, reviewers, auditors and administrators see all. */
    Page<Evaluation> evaluations(Actor actor, EvaluationQuery query, PageRequest page);

    Optional<Evaluation> evaluation(long id);

    /**
     * Counts the satisfaction roll-ups afresh from the stored evaluations (after a restore, a bulk load or units moved
     * in the tree). Administrator only; intake waits meanwhile. Returns the number of evaluations counted. Audited.
     */
    long rebuildRollups(Actor actor);

    /** The indicator set of a channel (window or online), as configured. */
    List<Indicator> indicators(Channel channel);
}
