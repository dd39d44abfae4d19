package org.xingfeng.platform.api;

import java.util.Locale;

import org.xingfeng.platform.api.i18n.Text;

/**
 * One problem with input: the field (or column) it concerns, the row for imports (1-based, 0 when not a row),
 * and the message. Services give the message as a {@link Text} so that it can be shown in the reader's
 * language; {@link #message()} is its Chinese form.
 */
public record FieldError(String field, int row, String message, Text text) {

    /** A problem whose message exists in one language only (e.g. as received from a server). */
    public FieldError(String field, int row, String message) {
        this(field, row, message, null);
    }

    public static FieldError of(String field, Text text) {
        return new FieldError(field, 0, text.toString(), text);
    }

    public static FieldError at(String field, int row, Text text) {
        return new FieldError(field, row, text.toString(), text);
    }

    /** The message in {@code locale}'s language. */
    public String message(Locale locale) {
        return text == null ? message : text.in(locale);
    }
}
