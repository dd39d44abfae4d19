package org.xingfeng.publicity.api.surveys;

import java.util.List;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 调查发现与整改: a survey round's weak results per question and area (a policy question's awareness or a rating
 * question's satisfaction below the configured threshold, with at least the configured number of answers), and a
 * finding turned into a rectification task (整改任务) of the evaluations module for the area. Reading as the survey's
 * results; rectifying needs {@code publicity.editor} (or admin) and reach over the area, is audited (entity type
 * {@value #AUDIT_TYPE}), and the evaluations module checks its own role too. Without the evaluations module a rectify
 * is 409 {@code rectification_unavailable}; a finding rectified already is 409 {@code already_rectified}.
 */
@Remote
public interface FindingService {

    String AUDIT_TYPE = "publicity.finding";

    /** The findings of the areas in reach below {@code areaUnitId} (default: as the survey's results). */
    SurveyFindings findings(Actor actor, long surveyId, Long areaUnitId);

    /** The finding made a rectification task of its area; the finding with the task's id. */
    Finding rectify(Actor actor, long surveyId, long areaUnitId, String questionKey, FindingMeasure measure);

    Table table(Survey survey, List<Finding> findings);
}
