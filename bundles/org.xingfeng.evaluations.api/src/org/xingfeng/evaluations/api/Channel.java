package org.xingfeng.evaluations.api;

import java.util.Locale;

/** Where an evaluation came from (评价渠道). */
public enum Channel {
    /** 窗口评价器 (pad or key pad at the counter) */
    WINDOW_DEVICE("窗口评价器", true),
    /** 网站/二维码 */
    WEB("网站/二维码", false),
    /** 电话/短信 */
    PHONE("电话/短信", false),
    /** 书面评价卡 */
    CARD("书面评价卡", true),
    /** 服务热线 12393 */
    HOTLINE("服务热线", false),
    /** 民生诉求回访: the citizen's satisfaction with a demand's reply, posted by the demands module */
    DEMAND("民生诉求", false);

    private final String nameZh;
    private final boolean atWindow;

    Channel(String nameZh, boolean atWindow) {
        this.nameZh = nameZh;
        this.atWindow = atWindow;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Given at the window (线下), so the window indicator set applies; otherwise the online set. */
    public boolean atWindow() {
        return atWindow;
    }

    public static Channel parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (Channel c : values()) {
            if (c.name().equals(t.toUpperCase(Locale.ROOT)) || c.nameZh.equals(t)) {
                return c;
            }
        }
        return null;
    }
}
