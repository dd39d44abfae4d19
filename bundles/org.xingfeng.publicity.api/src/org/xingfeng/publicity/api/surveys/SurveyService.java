package org.xingfeng.publicity.api.surveys;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 问卷调查: questionnaires, access codes, responses and their statistics. Designing, opening, closing and issuing codes
 * need {@code publicity.editor} (or admin) and are audited (entity type {@code publicity.survey}); reading needs a
 * publicity role, admin or auditor. A survey belongs to its unit and its codes to their area (a unit in the survey's
 * unit's subtree); outside the reach 404, a unit out of reach in a body 400 naming it. Respondents need no login: they
 * answer with an access code, one response each (a second answer, even at the same moment, is a 409
 * {@code already_answered}). Responses are anonymous: only the code's area is kept with them.
 */
@Remote
public interface SurveyService {

    String AUDIT_TYPE = "publicity.survey";

    Survey create(Actor actor, SurveyDraft draft);

    /** A draft only (409 {@code survey_state} once open). */
    Survey update(Actor actor, long id, SurveyDraft draft);

    /** DRAFT to OPEN. */
    Survey open(Actor actor, long id);

    /** OPEN to CLOSED: no more responses. */
    Survey close(Actor actor, long id);

    Optional<Survey> survey(Actor actor, long id);

    Page<Survey> surveys(Actor actor, SurveyQuery query, PageRequest page);

    Table table(List<Survey> surveys);

    /** {@code count} (1..5,000) new codes for respondents of the area (a unit in reach, in the survey's subtree). */
    CodeBatch issueCodes(Actor actor, long surveyId, long areaUnitId, int count);

    /** The codes issued, with their area and whether used, as a sheet for printing slips. */
    Table codesTable(Actor actor, long surveyId, Long areaUnitId);

    /** The questionnaire for a respondent's code (an open survey's); empty for an unknown code. No login. */
    Optional<SurveyForm> form(String code);

    /**
     * One response for the code, checked against the questionnaire (400 naming {@code answers.<key>}); 404 for an
     * unknown code, 409 {@code already_answered} for a used one, 409 {@code survey_state} when the survey is not open.
     */
    void respond(String code, Map<String, Answer> answers);

    /**
     * Figures per question: all the areas in reach below {@code areaUnitId} (default: the survey's unit, or the actor's
     * home unit below it) together, then each area.
     */
    List<AreaStats> results(Actor actor, long surveyId, Long areaUnitId);

    Table resultsTable(Survey survey, List<AreaStats> results);

    /**
     * A paper questionnaire entered by staff against its code (a code of an area in the actor's reach, 404 otherwise):
     * checked like a respondent's answers, the same one-response and quota rules, the channel PAPER recorded and the
     * entry audited (who entered which code, not the answers).
     */
    void enterPaper(Actor actor, long surveyId, String code, Map<String, Answer> answers);

    /**
     * The codes issued per area (in reach, below {@code areaUnitId} when given), only the unused ones when asked: what
     * a printable sheet of QR codes shows.
     */
    List<CodeBatch> codeBatches(Actor actor, long surveyId, Long areaUnitId, boolean unusedOnly);

    /**
     * Two rounds of the same policy questions (matched by key) compared: all the areas in reach below
     * {@code areaUnitId} together, then each area that answered either round. Both surveys must be seen by the actor.
     */
    List<AreaComparison> compare(Actor actor, long beforeId, long afterId, Long areaUnitId);

    Table comparisonTable(Survey before, Survey after, List<AreaComparison> comparison);

    /**
     * The survey's satisfaction beside the evaluations module's per area (all areas first); works without the
     * evaluations module (its figures null then).
     */
    List<SatisfactionBeside> besideEvaluations(Actor actor, long surveyId, Long areaUnitId);

    Table besideTable(Survey survey, List<SatisfactionBeside> rows);
}
