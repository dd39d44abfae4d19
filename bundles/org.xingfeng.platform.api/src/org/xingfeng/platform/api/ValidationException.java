package org.xingfeng.platform.api;

import java.util.List;

import org.xingfeng.platform.api.i18n.Text;

/** Input that breaks a rule (HTTP 400, or 422 for a well-formed file with bad rows). Nothing was changed. */
public class ValidationException extends XingfengException {

    private static final long serialVersionUID = 1L;

    public ValidationException(Text message, List<FieldError> details) {
        super(400, "validation_failed", message, details);
    }

    /** One field's problem; the message is the field's too. */
    public ValidationException(String field, Text message) {
        this(message, List.of(FieldError.of(field, message)));
    }

    /** Several fields' problems, summed up by the first. */
    public static ValidationException of(List<FieldError> details) {
        FieldError first = details.get(0);
        Text summary = first.text() != null ? first.text()
                : PlatformMessages.MESSAGES.text("error.validation", first.message());
        return new ValidationException(summary, details);
    }
}
