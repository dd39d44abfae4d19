package org.xingfeng.publicity.api.campaigns;

/** Whom a campaign addresses. */
public enum TargetGroup {
    /** 城乡居民 */
    RESIDENTS,
    /** 职工 */
    EMPLOYEES,
    /** 参保单位 */
    EMPLOYERS,
    /** 学生 */
    STUDENTS,
    /** 老年人 */
    ELDERLY,
    /** 农村群众 */
    RURAL,
    /** 定点医药机构 */
    MEDICAL_INSTITUTIONS
}
