package org.xingfeng.publicity.api.surveys;

/** A survey is designed as a draft, answered while open, and read once closed. */
public enum SurveyState {
    DRAFT, OPEN, CLOSED
}
