package org.xingfeng.training.api.needs;

/** Why a member of staff needs training. */
public enum NeedReason {
    /** 差评: at least the configured number of bad reviews (不满意, 非常不满意) in the period, upheld appeals left out. */
    BAD_REVIEWS("差评偏多"),
    /** 分项评分低: an indicator's mean rating in the period under the configured threshold. */
    LOW_RATING("分项评分偏低"),
    /** 投诉属实: a complaint about the person received in the period and found upheld (属实) on verification. */
    UPHELD_COMPLAINT("投诉属实");

    private final String nameZh;

    NeedReason(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
