package org.xingfeng.platform.rest.internal;

import java.util.List;

import org.xingfeng.platform.api.FieldError;

/** The error body every module answers with: {@code {"error": code, "message": text, "details": [...]}}. */
public record ErrorBody(String error, String message, List<FieldError> details) {
}
