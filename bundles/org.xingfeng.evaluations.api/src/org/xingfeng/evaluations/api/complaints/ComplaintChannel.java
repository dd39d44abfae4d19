package org.xingfeng.evaluations.api.complaints;

import java.util.Locale;

/** How a complaint came in (投诉渠道). */
public enum ComplaintChannel {
    /** 窗口 (in person at the counter) */
    WINDOW("窗口"),
    /** 热线 (12393 or the bureau's line) */
    HOTLINE("热线"),
    /** 信函 */
    LETTER("信函"),
    /** 电子邮箱 */
    EMAIL("电子邮箱"),
    /** 意见箱 */
    MAILBOX("意见箱"),
    /** 网上 (website, app, mini program) */
    ONLINE("网上");

    private final String nameZh;

    ComplaintChannel(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The enum name (any case) or the Chinese name; null when neither. */
    public static ComplaintChannel parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (ComplaintChannel c : values()) {
            if (c.name().equals(t.toUpperCase(Locale.ROOT)) || c.nameZh.equals(t)) {
                return c;
            }
        }
        return null;
    }
}
