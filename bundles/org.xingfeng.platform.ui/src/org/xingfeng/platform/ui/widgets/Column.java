package org.xingfeng.platform.ui.widgets;

import java.util.function.Function;

/**
 * A column of a {@link DataTable}: its header (in the client's language, from the view's messages) and the value of a row. Values may be
 * String, Number, Boolean, LocalDate, Instant (shown and exported as such) or anything else (shown and
 * exported as text); give enums their display name in the value function.
 */
public final class Column<T> {

    private final String header;
    private final Function<? super T, ?> value;
    private int width = 120;

    private Column(String header, Function<? super T, ?> value) {
        this.header = header;
        this.value = value;
    }

    public static <T> Column<T> of(String header, Function<? super T, ?> value) {
        return new Column<>(header, value);
    }

    /** The initial width in pixels. */
    public Column<T> width(int pixels) {
        this.width = pixels;
        return this;
    }

    public String header() {
        return header;
    }

    public Object value(T row) {
        return value.apply(row);
    }

    int width() {
        return width;
    }
}
