package org.xingfeng.platform.ui.widgets;

import java.util.Locale;

import org.xingfeng.platform.ui.ViewSite;

/**
 * The client's two languages: every label is written in code as a pair, Chinese first, and shown in the
 * client's language ({@code zh}: Chinese, anything else: English).
 */
public final class Texts {

    private final Locale locale;
    private final boolean chinese;

    public Texts(Locale locale) {
        this.locale = locale;
        this.chinese = "zh".equals(locale.getLanguage());
    }

    public static Texts of(ViewSite site) {
        return new Texts(site.locale());
    }

    /** The text in the client's language. */
    public String t(String zh, String en) {
        return chinese ? zh : en;
    }

    public boolean chinese() {
        return chinese;
    }

    public Locale locale() {
        return locale;
    }
}
