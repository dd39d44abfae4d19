package org.xingfeng.publicity.api.surveys;

/** Filters of the surveys list; null means any. {@code unitId} takes the unit and every unit below it. */
public record SurveyQuery(Long unitId, SurveyState state, String text) {

    public static final SurveyQuery ALL = new SurveyQuery(null, null, null);
}
