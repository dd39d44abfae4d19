package org.xingfeng.publicity.api.surveys;

import java.util.List;

/**
 * A questionnaire as designed. {@code unitId} must be in the actor's reach (400 naming it otherwise); 1..100 questions
 * (400 naming {@code questions[i].field} for a bad one).
 */
public record SurveyDraft(Long unitId, String title, String intro, SurveyKind kind, List<Question> questions) {
}
