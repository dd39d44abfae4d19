package org.xingfeng.platform.rest.internal;

import java.util.List;

/**
 * The error body every module answers with: {@code {"error": code, "message": text, "details": [...]}}, the
 * message and the details' messages in the caller's language.
 */
public record ErrorBody(String error, String message, List<FieldError> details) {

    /** One field's (or an import row's) problem, as sent. */
    public record FieldError(String field, int row, String message) {
    }
}
