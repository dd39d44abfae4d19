package org.xingfeng.evaluations.api;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;

/**
 * 好差评: taking citizens' evaluations and listing them. Every read is checked against the actor's reach (its home unit
 * and below): an evaluation of another unit is "not found", a list holds only the reach. Citizens' names and telephone
 * numbers are shown in clear to {@link #OFFICER_ROLE} only, masked ({@code PersonalData}) for everybody else.
 */
@Remote
public interface EvaluationService {

    /** Role of the bureau's 好差评 officers: cases, complaints, reports, scoring, rectification tasks. */
    String OFFICER_ROLE = "evaluations.officer";
    /** Role of those who decide appeals against bad reviews (申诉复核). */
    String REVIEWER_ROLE = "evaluations.reviewer";

    /**
     * Takes one evaluation. Bad input throws a {@code ValidationException} at once and stores nothing. The stage
     * completes only after the evaluation (and, for a bad review, its case) is committed to the database; it
     * completes exceptionally with a {@code ConflictException} when the handling record already has one. A staff
     * number must name a member of staff of the evaluated unit ({@code ValidationException} on {@code staffNumber}).
     */
    CompletionStage<Receipt> submit(EvaluationSubmission submission);

    /**
     * The evaluations a member of staff may see, within the actor's reach (without {@code query.unitId}, the whole
     * reach): officers, reviewers, auditors and administrators see all of it, other staff those of themselves.
     */
    Page<Evaluation> evaluations(Actor actor, EvaluationQuery query, PageRequest page);

    /** One evaluation; empty when there is none in the actor's reach. */
    Optional<Evaluation> evaluation(Actor actor, long id);

    /**
     * Every evaluation of the list as a sheet (Chinese headers) for an XLSX or CSV export. An export that carries
     * citizens' personal data in clear (an officer's) is recorded in the audit log (action {@code export}, entity type
     * {@code evaluations.evaluation}, the query as {@code after}).
     */
    org.xingfeng.platform.api.spreadsheet.Table export(Actor actor, EvaluationQuery query);

    /**
     * Counts the satisfaction roll-ups afresh from the stored evaluations (after a restore, a bulk load or units moved
     * in the tree). An administrator of the whole installation only (403 otherwise); intake waits meanwhile. Returns the number of evaluations counted. Audited.
     */
    long rebuildRollups(Actor actor);

    /** The indicator set of a channel (window or online), as configured. */
    List<Indicator> indicators(Channel channel);
}
