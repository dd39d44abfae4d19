package org.xingfeng.platform.api.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A message by key and arguments, rendered in a language when someone reads it. Arguments that are themselves
 * texts are rendered in the same language (an entity's name inside "{0} {1} 不存在").
 */
public final class Text {

    private final Messages messages;
    private final String key;
    private final Object[] args;

    Text(Messages messages, String key, Object[] args) {
        this.messages = messages;
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return Arrays.asList(args.clone());
    }

    /** The text in {@code locale}'s language. */
    public String in(Locale locale) {
        return fill(messages.pattern(locale, key), locale);
    }

    /** Chinese, the suite's first language. */
    @Override
    public String toString() {
        return in(Languages.CHINESE);
    }

    private String fill(String pattern, Locale locale) {
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(n < args.length ? render(args[n], locale) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return to - from <= 2;
    }

    private static String render(Object arg, Locale locale) {
        if (arg instanceof Text t) {
            return t.in(locale);
        }
        return String.valueOf(arg);
    }
}
