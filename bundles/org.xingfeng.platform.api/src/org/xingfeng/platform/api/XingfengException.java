package org.xingfeng.platform.api;

import java.util.List;
import java.util.Locale;

import org.xingfeng.platform.api.i18n.Text;

/**
 * Base of the exceptions services throw for expected failures. Each carries a stable error code that the REST
 * layer puts in the {@code error} field, the HTTP status it maps to, and a message as a {@link Text}, rendered in
 * the caller's language ({@link #getMessage()} is the Chinese form, for logs).
 */
public class XingfengException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final int status;
    private final transient Text text;
    private final List<FieldError> details;

    public XingfengException(int status, String code, Text text, List<FieldError> details) {
        super(text.toString());
        this.status = status;
        this.code = code;
        this.text = text;
        this.details = List.copyOf(details);
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public List<FieldError> details() {
        return details;
    }

    /** The message in {@code locale}'s language. */
    public String message(Locale locale) {
        return text == null ? getMessage() : text.in(locale);
    }
}
