package org.xingfeng.platform.ui.widgets;

import java.util.function.Function;

/**
 * A column of a {@link DataTable}: its header in both languages and the value of a row. Values may be
 * String, Number, Boolean, LocalDate, Instant (shown and exported as such) or anything else (shown and
 * exported as text); give enums their display name in the value function.
 */
public final class Column<T> {

    private final String zh;
    private final String en;
    private final Function<? super T, ?> value;
    private int width = 120;

    private Column(String zh, String en, Function<? super T, ?> value) {
        this.zh = zh;
        this.en = en;
        this.value = value;
    }

    public static <T> Column<T> of(String zh, String en, Function<? super T, ?> value) {
        return new Column<>(zh, en, value);
    }

    /** The initial width in pixels. */
    public Column<T> width(int pixels) {
        this.width = pixels;
        return this;
    }

    public String header(Texts texts) {
        return texts.t(zh, en);
    }

    public Object value(T row) {
        return value.apply(row);
    }

    int width() {
        return width;
    }
}
