package org.xingfeng.platform.api.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;

/**
 * Query parameters read as text, so that a bad one answers 400 naming it (a {@link ValidationException}) instead of
 * the bare 404 a typed parameter gets. Blank means absent.
 */
public final class QueryParams {

    private static final Messages MESSAGES = Messages.of(QueryParams.class);

    private QueryParams() {
    }

    public static Long optionalLong(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(name, MESSAGES.text("param.whole_number", name, value));
        }
    }

    public static Integer optionalInt(String name, String value) {
        Long v = optionalLong(name, value);
        if (v != null && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
            throw new ValidationException(name, MESSAGES.text("param.out_of_range", name, value));
        }
        return v == null ? null : v.intValue();
    }

    public static Boolean optionalBoolean(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ValidationException(name, MESSAGES.text("param.boolean", name, value));
    }

    public static int requiredYear(String name, String value) {
        Integer year = optionalInt(name, value);
        if (year == null) {
            throw new ValidationException(name, MESSAGES.text("param.year_required", name));
        }
        if (year < 2000 || year > 2999) {
            throw new ValidationException(name, MESSAGES.text("param.year_invalid", name, value));
        }
        return year;
    }

    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, MESSAGES.text("param.date", field, value));
        }
    }

    public static LocalDate required(String field, String value) {
        LocalDate d = date(field, value);
        if (d == null) {
            throw new ValidationException(field, MESSAGES.text("param.date_required", field));
        }
        return d;
    }

    public static <E extends Enum<E>> E option(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String known = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining("、"));
            throw new ValidationException(field, MESSAGES.text("param.choice", field, known, value));
        }
    }
}
