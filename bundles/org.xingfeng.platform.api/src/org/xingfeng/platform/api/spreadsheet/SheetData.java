package org.xingfeng.platform.api.spreadsheet;

import java.util.List;

/**
 * The cells of one sheet as text, row by row ({@code rows.get(0)} is the sheet's first row). Cells of a merged
 * region are all given the value of its top-left cell, as a reader of the printed sheet would see them;
 * {@code merged} still lists the regions for importers that need to know.
 */
public record SheetData(String name, List<List<String>> rows, List<CellRange> merged) {

    public SheetData {
        rows = rows.stream().map(List::copyOf).toList();
        merged = List.copyOf(merged);
    }

    /** A cell's text, "" when the row or column is absent. Rows and columns are 0-based. */
    public String cell(int row, int column) {
        if (row < 0 || row >= rows.size()) {
            return "";
        }
        List<String> r = rows.get(row);
        return column < 0 || column >= r.size() ? "" : r.get(column);
    }

    /** A merged region, 0-based and inclusive. */
    public record CellRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }
}
