package org.xingfeng.platform.api.i18n;

import java.util.List;
import java.util.Locale;

/** The suite's two languages: Chinese first (the default for anything else), English second. */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> ALL = List.of(CHINESE, ENGLISH);

    private Languages() {
    }

    /** English for an English locale, Chinese for everything else (and for null). */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    /** The first of a caller's preferred languages (as in {@code Accept-Language}) that the suite speaks. */
    public static Locale preferred(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale l : acceptable) {
                if ("zh".equals(l.getLanguage())) {
                    return CHINESE;
                }
                if ("en".equals(l.getLanguage())) {
                    return ENGLISH;
                }
            }
        }
        return CHINESE;
    }

    /**
     * The caller's language from an {@code Accept-Language} header's value (for servlets, whose
     * {@code getLocales()} answers the server's own locale when the header is absent): Chinese when absent or
     * unreadable.
     */
    public static Locale ofHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return CHINESE;
        }
        try {
            return preferred(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(r -> Locale.forLanguageTag(r.getRange())).toList());
        } catch (IllegalArgumentException unreadable) {
            return CHINESE;
        }
    }

    /** Whether a locale reads Chinese. */
    public static boolean chinese(Locale locale) {
        return supported(locale) == CHINESE;
    }
}
