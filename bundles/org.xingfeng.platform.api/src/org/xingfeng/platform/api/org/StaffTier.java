package org.xingfeng.platform.api.org;

/** The tier of a staff member, as the section-scoring rules rate them. */
public enum StaffTier {
    UNIT_HEAD("单位负责人"),
    SECTION_MANAGER("科室负责人"),
    WINDOW_STAFF("窗口人员"),
    OTHER("其他人员");

    private final String nameZh;

    StaffTier(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Accepts the enum name or the Chinese name, as spreadsheets write it. */
    public static StaffTier parse(String text) {
        String t = text == null ? "" : text.trim();
        for (StaffTier tier : values()) {
            if (tier.name().equalsIgnoreCase(t) || tier.nameZh.equals(t)) {
                return tier;
            }
        }
        return null;
    }
}
