package org.xingfeng.evaluations.rest;

import org.xingfeng.platform.api.ValidationException;

/** Query parameters read as text, so that a bad one answers 400 naming it instead of a bare 404. */
final class QueryParams {

    private QueryParams() {
    }

    static Long optionalLong(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(name, "参数 " + name + " 应为整数 (" + name + " must be a whole number): " + value);
        }
    }

    static Integer optionalInt(String name, String value) {
        Long v = optionalLong(name, value);
        if (v != null && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
            throw new ValidationException(name, "参数 " + name + " 超出范围 (" + name + " is out of range): " + value);
        }
        return v == null ? null : v.intValue();
    }

    static Boolean optionalBoolean(String name, String value) {
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
        throw new ValidationException(name, "参数 " + name + " 应为 true 或 false (" + name + " must be true or false): " + value);
    }

    static int requiredYear(String name, String value) {
        Integer year = optionalInt(name, value);
        if (year == null) {
            throw new ValidationException(name, "年度必填 (" + name + " is required)");
        }
        if (year < 2000 || year > 2999) {
            throw new ValidationException(name, "年度无效 (" + name + " is out of range): " + value);
        }
        return year;
    }
}
