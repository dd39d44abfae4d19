package org.xingfeng.publicity.api.surveys;

import java.util.List;

/**
 * A questionnaire as designed. {@code unitId} must be in the actor's reach (400 naming it otherwise); 1..100 questions
 * (400 naming {@code questions[i].field} for a bad one); at most 50 quotas (400 naming {@code quotas[i].field}).
 */
public record SurveyDraft(Long unitId, String title, String intro, SurveyKind kind, List<Question> questions,
        List<Quota> quotas) {

    public SurveyDraft {
        quotas = quotas == null ? List.of() : quotas;
    }

    /** A questionnaire without quotas. */
    public SurveyDraft(Long unitId, String title, String intro, SurveyKind kind, List<Question> questions) {
        this(unitId, title, intro, kind, questions, null);
    }
}
