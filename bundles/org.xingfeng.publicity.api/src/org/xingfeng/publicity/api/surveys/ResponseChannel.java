package org.xingfeng.publicity.api.surveys;

/** How a response came in. */
public enum ResponseChannel {
    /** answered by the respondent on the survey page */
    WEB,
    /** a paper questionnaire entered by staff against its code */
    PAPER
}
