package org.xingfeng.matters.rest.internal;

import java.util.Locale;

import org.xingfeng.matters.api.ServiceGuide;

/** Small helpers for the server-rendered pages: escaping and the page frame the guides share with the client. */
final class Html {

    private Html() {
    }

    static String esc(String s) {
        return ServiceGuide.esc(s);
    }

    static String page(String title, String body, Locale locale) {
        return ServiceGuide.page(title, body, locale);
    }
}
