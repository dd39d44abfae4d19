package org.xingfeng.platform.api.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.xingfeng.platform.api.i18n.Languages;

/** What every citizens' page does the same way: its language, escaping, JSON for a script, its files. */
public final class Pages {

    private Pages() {
    }

    /**
     * The page's language: {@code ?lang} when given (English for {@code en...}, Chinese for anything else), else the
     * first of the browser's languages the suite speaks ({@code HttpHeaders.getAcceptableLanguages()}); Chinese
     * first.
     */
    public static Locale locale(String lang, List<Locale> acceptable) {
        if (lang != null && !lang.isBlank()) {
            return lang.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Languages.ENGLISH : Languages.CHINESE;
        }
        return Languages.preferred(acceptable == null ? List.of() : acceptable);
    }

    /** The value of the page's {@code <html lang>}: {@code zh-CN} or {@code en}. */
    public static String htmlLang(Locale locale) {
        return Languages.chinese(locale) ? "zh-CN" : "en";
    }

    /** Text for HTML content and quoted attribute values; null is empty. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /**
     * A JSON string that is also safe inside a script element: besides JSON's own escapes, {@code < > &} and the line
     * separators JavaScript does not allow in strings are written as {@code \\u} escapes; null is {@code null}.
     */
    public static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** A text file of the owner's bundle (a page's template, script or style sheet), as UTF-8. */
    public static String read(Class<?> owner, String path) {
        try (InputStream in = owner.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
