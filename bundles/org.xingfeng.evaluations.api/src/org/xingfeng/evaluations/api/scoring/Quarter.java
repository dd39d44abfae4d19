package org.xingfeng.evaluations.api.scoring;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2026-Q1} (also accepted: {@code 2026Q1}, lower case q). */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-?[Qq]([1-4])");

    public Quarter {
        if (year < 2000 || year > 2999 || quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("no such quarter: " + year + "-Q" + quarter);
        }
    }

    /** The quarter, or null when the text is not one. */
    public static Quarter parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int y = Integer.parseInt(m.group(1));
        return y < 2000 ? null : new Quarter(y, Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
