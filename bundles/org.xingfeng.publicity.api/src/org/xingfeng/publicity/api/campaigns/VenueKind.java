package org.xingfeng.publicity.api.campaigns;

/** Where an activity takes place: the 五进 venues, the designated hospitals and pharmacies, or elsewhere. */
public enum VenueKind {
    /** 进企业 */
    ENTERPRISE,
    /** 进学校 */
    SCHOOL,
    /** 进社区 */
    COMMUNITY,
    /** 进农村 */
    VILLAGE,
    /** 进家庭 */
    FAMILY,
    /** 定点医药机构 (两定机构) */
    MEDICAL_INSTITUTION,
    /** 其他 */
    OTHER
}
