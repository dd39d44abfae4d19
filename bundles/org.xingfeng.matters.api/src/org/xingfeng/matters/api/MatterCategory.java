package org.xingfeng.matters.api;

/** 主项类别: the category of a main item. */
public enum MatterCategory {
    PUBLIC_SERVICE("公共服务"),
    CONFIRMATION("确定"),
    PAYMENT("给付");

    private final String nameZh;

    MatterCategory(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Accepts the Chinese name or the enum name; null when it is neither. */
    public static MatterCategory parse(String text) {
        String t = text == null ? "" : text.replaceAll("\\s", "");
        for (MatterCategory c : values()) {
            if (c.nameZh.equals(t) || c.name().equalsIgnoreCase(t)) {
                return c;
            }
        }
        return null;
    }
}
