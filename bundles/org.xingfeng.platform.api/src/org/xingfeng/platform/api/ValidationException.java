package org.xingfeng.platform.api;

import java.util.List;

/** Input that breaks a rule (HTTP 400, or 422 for a well-formed file with bad rows). Nothing was changed. */
public class ValidationException extends XingfengException {

    private static final long serialVersionUID = 1L;

    public ValidationException(String message, List<FieldError> details) {
        super(400, "validation_failed", message, details);
    }

    public ValidationException(String field, String message) {
        this(message, List.of(FieldError.of(field, message)));
    }
}
