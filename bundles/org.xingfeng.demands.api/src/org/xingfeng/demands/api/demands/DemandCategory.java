package org.xingfeng.demands.api.demands;

/** What kind of demand it is; the deadline in working days depends on it. */
public enum DemandCategory {
    /** 咨询. */
    CONSULTATION("咨询"),
    /** 求助. */
    HELP("求助"),
    /** 投诉. */
    COMPLAINT("投诉"),
    /** 建议. */
    SUGGESTION("建议"),
    /** 表扬. */
    PRAISE("表扬");

    private final String nameZh;

    DemandCategory(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
