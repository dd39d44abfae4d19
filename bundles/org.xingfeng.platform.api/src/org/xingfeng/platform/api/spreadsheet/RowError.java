package org.xingfeng.platform.api.spreadsheet;

/** A problem with one row of an imported file: 1-based row number as the spreadsheet shows it, the column, the message. */
public record RowError(int row, String column, String message) {
}
