package org.xingfeng.publicity.api.surveys;

import java.time.Instant;
import java.util.List;

/**
 * A questionnaire of a unit. Its questions are fixed once it is open. {@code responses} counts the answers taken.
 * {@code unitName} is filled in from the org tree; {@code quotas} with how far each is filled.
 */
public record Survey(long id, long unitId, String unitName, String title, String intro, SurveyKind kind,
        SurveyState state, List<Question> questions, long responses, String createdBy, Instant createdAt,
        List<Quota> quotas) {

    public Survey {
        questions = List.copyOf(questions);
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
    }
}
