package org.xingfeng.matters.api;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 经办方式: how a matter can be handled, one of the six unified elements (六统一). A matter may be handled in several
 * ways: at a window of the hall (窗口办理), online (网上办理), by post (邮寄办理), at a service station in a township or
 * community (基层站点办理) or by phone (电话办理).
 */
public enum HandlingChannel {
    WINDOW("窗口办理", "窗口", "现场", "柜面"),
    ONLINE("网上办理", "网上", "网办", "线上", "在线", "掌上", "网厅"),
    POST("邮寄办理", "邮寄", "邮递"),
    STATION("基层站点办理", "站点", "基层", "服务站", "社区", "乡镇", "代办点"),
    PHONE("电话办理", "电话", "热线");

    private final String nameZh;
    private final String[] words;

    HandlingChannel(String nameZh, String... words) {
        this.nameZh = nameZh;
        this.words = words;
    }

    /** The Chinese name, as the list and the guide write it: 窗口办理, 网上办理, ... */
    public String nameZh() {
        return nameZh;
    }

    /**
     * One channel from its Chinese name, a short form (窗口, 网上, 线上, 邮寄, 站点, 基层, 电话, ...) or the enum
     * name; null when the text is none of them.
     */
    public static HandlingChannel parse(String text) {
        String t = text == null ? "" : text.replaceAll("\\s", "");
        if (t.isEmpty()) {
            return null;
        }
        for (HandlingChannel c : values()) {
            if (c.nameZh.equals(t) || c.name().equalsIgnoreCase(t)) {
                return c;
            }
        }
        String stem = t.endsWith("办理") ? t.substring(0, t.length() - 2)
                : t.endsWith("办") ? t.substring(0, t.length() - 1) : t;
        for (HandlingChannel c : values()) {
            for (String w : c.words) {
                if (w.equals(stem) || w.equals(t)) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * "窗口办理、网上办理", "窗口,邮寄", "WINDOW ONLINE" and the like; IllegalArgumentException naming the part that
     * is no channel.
     */
    public static Set<HandlingChannel> parseAll(String text) {
        Set<HandlingChannel> channels = EnumSet.noneOf(HandlingChannel.class);
        if (text == null) {
            return channels;
        }
        for (String part : text.split("[\\s,，、;；/|｜]+")) {
            if (part.isEmpty()) {
                continue;
            }
            HandlingChannel c = parse(part);
            if (c == null) {
                throw new IllegalArgumentException(
                        "经办方式应为 窗口办理、网上办理、邮寄办理、基层站点办理 或 电话办理 (handling channels are window, online, post, station, phone): "
                                + part);
            }
            channels.add(c);
        }
        return channels;
    }

    /** The channels in their order, by their Chinese names separated by 、 ("" for none). */
    public static String names(Set<HandlingChannel> channels) {
        return channels.stream().sorted().map(HandlingChannel::nameZh).collect(Collectors.joining("、"));
    }
}
