package org.xingfeng.platform.api.org;

/** Levels of the organisation tree, top to bottom. A unit's parent is always of a higher level. */
public enum OrgLevel {
    /** 省 */
    PROVINCE("省级"),
    /** 市 */
    CITY("市级"),
    /** 县（市、区） */
    COUNTY("县级"),
    /** 街道/乡镇 */
    TOWNSHIP("乡镇（街道）"),
    /** 村（社区）服务站 */
    VILLAGE_STATION("村（社区）服务站");

    private final String nameZh;

    OrgLevel(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    public boolean isAbove(OrgLevel other) {
        return ordinal() < other.ordinal();
    }
}
