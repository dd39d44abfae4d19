package org.xingfeng.platform.api;

/**
 * One problem with input: the field (or column) it concerns, the row for imports (1-based, 0 when
 * not a row), and a human message.
 */
public record FieldError(String field, int row, String message) {

    public static FieldError of(String field, String message) {
        return new FieldError(field, 0, message);
    }
}
