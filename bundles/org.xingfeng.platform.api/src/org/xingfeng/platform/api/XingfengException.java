package org.xingfeng.platform.api;

import java.util.List;

/**
 * Base of the exceptions services throw for expected failures. Each carries a stable error code
 * that the REST layer puts in the {@code error} field, and the HTTP status it maps to.
 */
public class XingfengException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final int status;
    private final List<FieldError> details;

    public XingfengException(int status, String code, String message, List<FieldError> details) {
        super(message);
        this.status = status;
        this.code = code;
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
}
