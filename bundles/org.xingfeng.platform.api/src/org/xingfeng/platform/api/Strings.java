package org.xingfeng.platform.api;

/** The few text helpers every layer needs, so that "blank" means the same everywhere: null or only whitespace. */
public final class Strings {

    private Strings() {
    }

    /** True for null, the empty string and whitespace only. */
    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Null for a blank text, otherwise the text without leading and trailing whitespace. */
    public static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    /** The text, or {@code fallback} when it is blank. */
    public static String orElse(String s, String fallback) {
        return blank(s) ? fallback : s;
    }
}
