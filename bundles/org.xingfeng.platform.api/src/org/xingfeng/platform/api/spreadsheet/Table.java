package org.xingfeng.platform.api.spreadsheet;

import java.util.List;

/**
 * A list as a spreadsheet: sheet name, header labels and rows of plain values (String, Number, Boolean,
 * LocalDate, Instant or null). REST resources return it for {@code ?format=xlsx}; the client's table views
 * export it; modules' exports all look alike because they all go through it.
 */
public record Table(String fileName, String sheetName, List<String> headers, List<List<Object>> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
