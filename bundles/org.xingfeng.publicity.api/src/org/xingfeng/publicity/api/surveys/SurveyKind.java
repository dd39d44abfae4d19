package org.xingfeng.publicity.api.surveys;

/** What a survey measures. */
public enum SurveyKind {
    /** 政策知晓率调查 */
    AWARENESS,
    /** 满意度调查 */
    SATISFACTION,
    /** 模拟调查 */
    MOCK
}
