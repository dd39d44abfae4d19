package org.xingfeng.publicity.api.surveys;

/** The kinds of question. */
public enum QuestionType {
    /** 单选 */
    SINGLE,
    /** 多选 */
    MULTIPLE,
    /** 评分 (1..scale) */
    RATING,
    /** 是/否 */
    YES_NO,
    /** 填空 */
    TEXT
}
