package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.util.List;

import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.ValidationException;

/** Small checks the rules share: each adds a field error naming the field. */
final class Checks {

    private Checks() {
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ValidationException.of(errors);
        }
    }

    static boolean required(List<FieldError> errors, String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            errors.add(FieldError.of(field, MESSAGES.text("field.required")));
            return false;
        }
        return true;
    }

    static void length(List<FieldError> errors, String field, String value, int min, int max) {
        if (value != null && (value.strip().length() < min || value.strip().length() > max)) {
            errors.add(FieldError.of(field, MESSAGES.text("field.length", min, max)));
        }
    }

    static void range(List<FieldError> errors, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            errors.add(FieldError.of(field, MESSAGES.text("field.range", min, max)));
        }
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
