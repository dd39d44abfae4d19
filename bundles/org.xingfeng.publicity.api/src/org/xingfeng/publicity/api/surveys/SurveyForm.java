package org.xingfeng.publicity.api.surveys;

import java.util.List;

/** What a respondent sees for an access code: the questionnaire, and whether the code was already used. */
public record SurveyForm(String title, String intro, String unitName, List<Question> questions, boolean answered) {

    public SurveyForm {
        questions = List.copyOf(questions);
    }
}
