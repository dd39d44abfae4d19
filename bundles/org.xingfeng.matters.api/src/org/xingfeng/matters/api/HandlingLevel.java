package org.xingfeng.matters.api;

import java.util.EnumSet;
import java.util.Set;

/** 办理层级: A 省本级 (province), B 市级 (city), C 县级 (county). A matter may be handled at several levels. */
public enum HandlingLevel {
    A("省本级"),
    B("市级"),
    C("县级");

    private final String nameZh;

    HandlingLevel(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Parses "ABC", "A、B", "B,C" and the like; throws IllegalArgumentException on any other letter. */
    public static Set<HandlingLevel> parseAll(String text) {
        Set<HandlingLevel> levels = EnumSet.noneOf(HandlingLevel.class);
        if (text == null) {
            return levels;
        }
        for (char ch : text.toUpperCase().toCharArray()) {
            if (Character.isWhitespace(ch) || ",，、;；/".indexOf(ch) >= 0) {
                continue;
            }
            if (ch < 'A' || ch > 'C') {
                throw new IllegalArgumentException("办理层级只能是 A、B、C (levels are A, B, C): " + text);
            }
            levels.add(valueOf(String.valueOf(ch)));
        }
        return levels;
    }
}
